import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';
import { openWalletAction, signUpInBrowser } from '../session';

// A webhook endpoint set up in the dashboard, receiving the real API's signed deliveries on a receiver
// of the test's own on 127.0.0.1 (the e2e API runs with WEBHOOK_ALLOW_PRIVATE_TARGETS=true).
test.describe.configure({ mode: 'serial' });

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

const received: Received[] = [];
let receiver: Server;
let hookUrl = '';
let page: Page;
let secret = '';

test.beforeAll(async ({ browser }) => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/wallet-hook`;
  page = await (await browser.newContext()).newPage();
});

test.afterAll(async () => {
  await page.context().close();
  await new Promise((resolve) => receiver.close(resolve));
});

const section = () => page.getByRole('region', { name: 'Webhooks' });
const rows = () => section().getByTestId('webhook-row');

/** Standard Webhooks: v1, base64 HMAC-SHA256 of "id.timestamp.body" keyed with the secret's bytes. */
function signatureOf(delivery: Received, key: string): string {
  const signed = `${delivery.headers['webhook-id']}.${delivery.headers['webhook-timestamp']}.${delivery.body}`;
  const bytes = Buffer.from(key.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', bytes).update(signed).digest('base64')}`;
}

test('adds an endpoint, whose signing secret is shown once, and which receives a signed delivery', async () => {
  await signUpInBrowser(page, `hooks-${Date.now()}@example.com`);
  await page.getByLabel('Name (optional)').fill('Main');
  await page.getByRole('button', { name: 'Create wallet' }).click();
  await expect(page.getByTestId('balance')).toHaveText('$0.00');

  await page.getByRole('link', { name: 'API keys' }).click();
  await expect(section().getByText('No endpoints yet.')).toBeVisible();
  const form = section().getByRole('form', { name: 'New webhook endpoint' });
  await form.getByLabel('Endpoint URL').fill(hookUrl);
  await expect(form.getByRole('checkbox', { name: 'transaction.succeeded' })).toBeChecked();
  await form.getByRole('button', { name: 'Add endpoint' }).click();

  const shown = section().getByTestId('webhook-secret');
  await expect(shown).toHaveText(/^whsec_[A-Za-z0-9+/=]+$/);
  secret = (await shown.textContent()) ?? '';
  await expect(section()).toContainText(
    `Copy the signing secret for ${hookUrl} now: you won't see it again.`,
  );
  await expect(section().getByRole('button', { name: 'Copy' })).toBeVisible();
  await expect(rows()).toHaveCount(1);
  await expect(rows().first()).toContainText(hookUrl);
  await expect(rows().first()).toContainText('transaction.succeeded');
  await expectNoAxeViolations(page);

  // Once: opened again, the page lists the endpoint and nowhere shows its secret.
  await page.reload();
  await expect(rows().first()).toContainText(hookUrl);
  await expect(section().getByTestId('webhook-secret')).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);

  // Money moves: the API sends the event to the receiver, signed with that secret.
  await page.getByRole('link', { name: 'Wallets' }).click();
  const add = await openWalletAction(page, 'Add money');
  await add.getByLabel('Amount to add (USD)').fill('12.50');
  await add.getByRole('button', { name: 'Add money' }).click();
  await expect(page.getByTestId('balance')).toHaveText('$12.50');
  await expect.poll(() => received.length, { timeout: 20_000 }).toBe(1);
  const [delivery] = received as [Received];
  expect(delivery.headers['content-type']).toMatch(/^application\/json/);
  expect(String(delivery.headers['webhook-signature']).split(' ')).toContain(signatureOf(delivery, secret));
  const event = JSON.parse(delivery.body);
  expect(event).toMatchObject({ type: 'transaction.succeeded', data: { type: 'FUND', amount: 12.5 } });
  expect(event.id).toBe(delivery.headers['webhook-id']);

  // And the dashboard lists it as delivered, with the receiver's answer.
  await page.getByRole('link', { name: 'API keys' }).click();
  const deliveries = section().getByRole('list', { name: 'Recent deliveries' });
  await expect(async () => {
    await page.reload();
    await rows()
      .first()
      .getByRole('button', { name: `Deliveries to ${hookUrl}` })
      .click();
    await expect(deliveries).toContainText('transaction.succeeded: succeeded, 1 attempt, last answer 204', {
      timeout: 2_000,
    });
  }).toPass({ timeout: 20_000 });
  await expect(deliveries.getByRole('button', { name: /Resend/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Switch to light mode' }).click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test('sends a test event from the endpoint row: signed, received, and listed as delivered', async () => {
  await page.getByRole('link', { name: 'API keys' }).click();
  const before = received.length;
  await rows()
    .first()
    .getByRole('button', { name: `Send a test event to ${hookUrl}` })
    .click();
  await expect(page.getByText('Test event sent: see its delivery below')).toBeVisible();
  await expect.poll(() => received.length, { timeout: 20_000 }).toBe(before + 1);
  const delivery = received[before] as Received;
  expect(String(delivery.headers['webhook-signature']).split(' ')).toContain(signatureOf(delivery, secret));
  expect(JSON.parse(delivery.body)).toMatchObject({
    type: 'webhook.test',
    data: { message: expect.any(String) },
  });
  // The list opened by itself, and turns to succeeded without a reload.
  await expect(section().getByRole('list', { name: 'Recent deliveries' })).toContainText(
    'webhook.test: succeeded, 1 attempt, last answer 204',
    { timeout: 20_000 },
  );
});

test('the add form is reached and used by keyboard alone, every control named', async () => {
  await page.reload();
  await expect(rows()).toHaveCount(1);
  const form = section().getByRole('form', { name: 'New webhook endpoint' });
  const url = form.getByLabel('Endpoint URL');
  for (let i = 0; i < 40 && !(await url.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(url).toBeFocused();
  await page.keyboard.type('https://hooks.example.com/keyboard');
  // The events, each a checkbox named by its event type, in the Events group.
  const events = form.getByRole('group', { name: 'Events' });
  await page.keyboard.press('Tab');
  await expect(events.getByRole('checkbox', { name: 'transaction.succeeded' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(events.getByRole('checkbox', { name: 'transaction.succeeded' })).not.toBeChecked();
  await page.keyboard.press('Tab');
  await expect(events.getByRole('checkbox', { name: 'transaction.failed' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(events.getByRole('checkbox', { name: 'refund.succeeded' })).toBeFocused();
  // Then each of the held-transfer, payment-request, hold, scheduled-transfer and balance-alert events,
  // in order, and the button.
  for (const name of [
    'transfer.held',
    'transfer.released',
    'transfer.rejected',
    'payment_request.created',
    'payment_request.paid',
    'payment_request.declined',
    'payment_request.cancelled',
    'payment_request.expired',
    'hold.created',
    'hold.captured',
    'hold.voided',
    'hold.expired',
    'scheduled_transfer.executed',
    'scheduled_transfer.failed',
    'scheduled_transfer.completed',
    'balance.below',
    'balance.above',
  ]) {
    await page.keyboard.press('Tab');
    await expect(events.getByRole('checkbox', { name })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Add endpoint' })).toBeFocused();
  // No event picked: refused before anything is sent, and said at the events.
  await page.keyboard.press('Enter');
  await expect(form.getByRole('alert')).toHaveText('Pick at least one event');
  await expect(events).toHaveAccessibleDescription('Pick at least one event');
  await expect(url).not.toHaveAttribute('aria-invalid');
  await expect(rows()).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('deletes the endpoint only once the person confirms', async () => {
  await page.reload();
  const remove = rows()
    .first()
    .getByRole('button', { name: `Delete ${hookUrl}` });
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    return dialog.dismiss();
  });
  await remove.click();
  expect(asked).toBe(`Delete the endpoint ${hookUrl}? Nothing more will be sent to it.`);
  await expect(rows()).toHaveCount(1);

  page.once('dialog', (dialog) => dialog.accept());
  await remove.click();
  await expect(page.getByText('Endpoint deleted')).toBeVisible();
  await expect(section().getByText('No endpoints yet.')).toBeVisible();
  await expect(section().getByRole('heading', { name: 'Your endpoints' })).toBeFocused();
  await page.reload();
  await expect(section().getByText('No endpoints yet.')).toBeVisible();
});
