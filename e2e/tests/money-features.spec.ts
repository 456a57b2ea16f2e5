import { readFile } from 'node:fs/promises';
import { type APIRequestContext, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';
import { openWalletAction, signUpInBrowser } from '../session';

// Memos, refunds and statements, as two people use them: each in a browser context of their own.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now();

/** A session's state-changing call, with the CSRF token the API set in a cookie. */
async function csrfPost(context: BrowserContext, request: APIRequestContext, url: string, data: object) {
  const csrf = (await context.cookies()).find((c) => c.name === 'wallet_csrf')?.value ?? '';
  const res = await request.post(url, { data, headers: { 'X-CSRF-Token': csrf } });
  expect(res.status()).toBe(201);
  return res.json();
}

let alice: { context: BrowserContext; page: Page };
let bob: { context: BrowserContext; page: Page; walletId: string };

test.beforeAll(async ({ browser }) => {
  const aliceContext = await browser.newContext();
  alice = { context: aliceContext, page: await aliceContext.newPage() };
  const bobContext = await browser.newContext();
  bob = { context: bobContext, page: await bobContext.newPage(), walletId: '' };
});

test.afterAll(async () => {
  await alice.context.close();
  await bob.context.close();
});

test('a fund and a transfer with a description and reference show them in the history', async () => {
  const { page } = alice;
  await signUpInBrowser(page, `alice-${stamp}@example.com`);
  await page.getByLabel('Name (optional)').fill('Main');
  await page.getByRole('button', { name: 'Create wallet' }).click();

  const add = await openWalletAction(page, 'Add money');
  await add.getByLabel('Amount to add (USD)').fill('100');
  await add.getByLabel('Description (optional)').fill('  Salary for November ');
  await add.getByLabel('Reference (optional)').fill('pay-2026-11');
  await add.getByRole('button', { name: 'Add money' }).click();
  await expect(page.getByTestId('balance')).toHaveText('$100.00');
  // Done: the dialog closes (a new one starts empty).
  await expect(add).toBeHidden();

  // Bob, in a browser of his own, signs up and makes a wallet (through the API with his session).
  await signUpInBrowser(bob.page, `bob-${stamp}@example.com`);
  const wallet = await csrfPost(bob.context, bob.page.request, '/api/v1/wallets', { name: 'Bob pot' });
  bob.walletId = wallet.id;

  await openWalletAction(page, 'Send');
  const send = page.getByRole('form', { name: 'Send money' });
  await send.getByLabel('To', { exact: true }).selectOption({ label: "Someone else's wallet…" });
  await send.getByLabel('Their wallet ID').fill(bob.walletId);
  await send.getByLabel('Amount to send (USD)').fill('30');
  await send.getByLabel('Description (optional)').fill('Dinner at Luigi’s');
  await send.getByLabel('Reference (optional)').fill('split:42');
  await send.getByRole('button', { name: 'Review and send' }).click();
  await page.getByRole('button', { name: /Yes, send/ }).click();
  await expect(page.getByTestId('balance')).toHaveText('$70.00');

  const history = page.getByRole('list', { name: 'History of Main' });
  await expect(history.getByTestId('history-row').first()).toContainText('Dinner at Luigi’s');
  await expect(history.getByTestId('history-row').first()).toContainText('Ref split:42');
  await expect(history.getByTestId('history-row').nth(1)).toContainText('Salary for November');
  await expect(history.getByTestId('history-row').nth(1)).toContainText('Ref pay-2026-11');
  await expectNoAxeViolations(page);

  // Searching by description or reference narrows the history; the address keeps the search.
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('salary');
  await expect(page).toHaveURL(/[?&]q=salary/);
  await expect(history.getByTestId('history-row')).toHaveCount(1);
  await expect(history.getByTestId('history-row')).toContainText('Salary for November');
  await search.fill('split:42');
  await expect(history.getByTestId('history-row')).toHaveCount(1);
  await expect(history.getByTestId('history-row')).toContainText('Dinner at Luigi’s');
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('split:42');
  await expect(history.getByTestId('history-row')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search' }).fill('no such memo');
  await expect(
    page.getByText('No movement with “no such memo” in its description or reference in this period.'),
  ).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await expect(history.getByTestId('history-row')).toHaveCount(2);
  await expect(page).not.toHaveURL(/[?&]q=/);
});

test('the receiver refunds part of it in their browser, and both sides see the refund', async () => {
  const { page } = bob;
  await page.reload();
  const history = page.getByRole('list', { name: 'History of Bob pot' });
  const received = history.getByTestId('history-row').first();
  await expect(received).toContainText('Dinner at Luigi’s');
  // Alice's reference is hers alone.
  await expect(received).not.toContainText('split:42');

  await received.getByRole('button', { name: 'Refund $30.00 received' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send money back' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByLabel('Part of it').check();
  await dialog.getByLabel('Amount to refund (USD)').fill('12.50');
  await dialog.getByLabel('Description (optional)').fill('My share was less');
  await dialog.getByRole('button', { name: 'Confirm refund' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Refunded $12.50')).toBeVisible();
  await expect(page.getByTestId('balance')).toHaveText('$17.50');

  const refundRow = history.getByTestId('history-row').first();
  await expect(refundRow).toContainText('Refund: My share was less');
  await expect(refundRow).toContainText('$12.50');
  await expect(history.getByTestId('history-row').nth(1)).toContainText('$12.50 refunded');
  // What is left can still be refunded; the refund itself cannot.
  await expect(history.getByRole('button', { name: 'Refund $30.00 received' })).toHaveCount(1);

  // The original's own page says the same, and offers the refund of what is left.
  await history.getByTestId('history-row').nth(1).getByRole('link').first().click();
  const detail = page.getByTestId('transaction-detail');
  await expect(detail).toContainText('Dinner at Luigi’s');
  await expect(detail).toContainText('$12.50 refunded');
  await expect(detail.getByRole('button', { name: 'Refund $30.00 received' })).toBeVisible();
  await page.goBack();

  // Alice sees the money come back on her open page, without reloading it: the live stream brings it.
  await expect(alice.page.getByTestId('balance')).toHaveText('$82.50');
  await expect(alice.page.getByText('$12.50 refunded to you')).toBeVisible();
  // Her history, still open, shows the refund and what is left of her payment.
  const aliceHistory = alice.page.getByRole('list', { name: 'History of Main' });
  await expect(aliceHistory.getByTestId('history-row').first()).toContainText('Refund: My share was less');
  await expect(aliceHistory.getByTestId('history-row').nth(1)).toContainText('$12.50 refunded');
  // And after a reload, the same.
  await alice.page.reload();
  await expect(aliceHistory.getByTestId('history-row').first()).toContainText('Refund: My share was less');
});

test('a statement downloads as CSV with every movement and the balances', async () => {
  const { page } = alice;
  // The statement covers the page's period (the last 30 days unless another is picked).
  const form = page.getByRole('form', { name: 'Download a statement of Main' });
  await expect(page.getByLabel('Period')).toHaveValue('30');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    form.getByRole('button', { name: 'Download statement' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^statement-[0-9a-f-]{36}-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const text = await readFile(await download.path(), 'utf8');
  const lines = text.trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'date,type,status,description,reference,amount,balance_after,transaction_id,refund_of',
  );
  expect(lines[1]).toMatch(/,OPENING_BALANCE,,,,,0\.00,,$/);
  expect(lines.slice(2, -1).map((line) => line.split(',').slice(1, 7).join(','))).toEqual([
    'FUND,SUCCESS,Salary for November,pay-2026-11,100.00,100.00',
    'TRANSFER_OUT,SUCCESS,Dinner at Luigi’s,split:42,-30.00,70.00',
    'TRANSFER_IN,SUCCESS,My share was less,,12.50,82.50',
  ]);
  expect(lines.at(-1)).toMatch(/,CLOSING_BALANCE,,,,,82\.50,,$/);
  // The dashboard is still there: the download did not navigate away.
  await expect(page.getByTestId('balance')).toHaveText('$82.50');
});
