import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Page,
  test,
} from '@playwright/test';
import { expectNoAxeViolations } from '../axe';

// Addresses: deep links, reload, Back, the transaction detail, many wallets, and the refusal of an
// amount the balance cannot cover. One person, with more wallets than one page of the API holds.
test.describe.configure({ mode: 'serial' });

const EMAIL = `nav-${Date.now()}@example.com`;
const PASSWORD = 'a long enough password';
const BULK = 103;

let everydayId = '';
/** The signed-in session, reused: signing in again and again would meet the per-email rate limit. */
let session: Awaited<ReturnType<BrowserContext['storageState']>> | undefined;
let savingsId = '';

const SCREENSHOTS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'docs',
  'screenshots',
);

/** The pictures in docs/ are refreshed on request (UPDATE_SCREENSHOTS=1), not by every test run. */
async function picture(page: Page, name: string) {
  if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, name) });
}

/** The API as the signed-in browser, with the CSRF token the API set for the page. */
async function api(context: BrowserContext) {
  const csrf = (await context.cookies()).find((c) => c.name === 'wallet_csrf')?.value ?? '';
  const request: APIRequestContext = context.request;
  return async <T>(path: string, data: unknown = {}): Promise<T> => {
    const response = await request.post(`/api/v1${path}`, {
      data,
      headers: { 'X-CSRF-Token': csrf, 'Idempotency-Key': crypto.randomUUID() },
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as T;
  };
}

async function signedIn(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: session });
  return context.newPage();
}

async function logIn(page: Page) {
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
}

test('sets up a person with more wallets than one page', async ({ page, context }) => {
  await page.goto('/signup');
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Create your first wallet' })).toBeVisible();
  const post = await api(context);
  everydayId = (await post<{ id: string }>('/wallets', { currency: 'USD', name: 'Everyday' })).id;
  savingsId = (await post<{ id: string }>('/wallets', { currency: 'USD', name: 'Savings' })).id;
  await post(`/wallets/${everydayId}/fund`, { amount: '950.75' });
  for (let start = 0; start < BULK; start += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, BULK - start) }, (_, i) => {
        const n = start + i + 1;
        return post('/wallets', {
          currency: n % 2 ? 'EUR' : 'USD',
          name: `Bulk ${String(n).padStart(3, '0')}`,
        });
      }),
    );
  }
  session = await context.storageState();
});

test('a wallet has an address that survives reload, and Back returns to the last one', async ({ page }) => {
  await page.goto(`/wallets/${everydayId}`);
  await logIn(page);
  // Signed in, the person lands where the link pointed.
  await expect(page).toHaveURL(`/wallets/${everydayId}`);
  await expect(page.getByTestId('balance')).toHaveText('$950.75');
  await page.reload();
  await expect(page.getByTestId('balance')).toHaveText('$950.75');

  await page
    .getByRole('list', { name: 'Your wallets' })
    .getByRole('link', { name: /Savings/ })
    .click();
  await expect(page).toHaveURL(`/wallets/${savingsId}`);
  await expect(page.getByTestId('balance')).toHaveText('$0.00');
  await page.goBack();
  await expect(page).toHaveURL(`/wallets/${everydayId}`);
  await expect(page.getByTestId('balance')).toHaveText('$950.75');

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'No such page' })).toBeVisible();
  await page.goto(`/wallets/${crypto.randomUUID()}`);
  await expect(page.getByRole('heading', { name: 'No such wallet' })).toBeVisible();
});

test('pages through every wallet: search, currency filter, totals and show more', async ({ browser }) => {
  const page = await signedIn(browser);
  await page.goto('/');
  await expect(page).toHaveURL(`/wallets/${everydayId}`);
  const list = page.getByRole('list', { name: 'Your wallets' });
  // The second page of the API arrives behind the first.
  await expect(page.getByText(`${BULK + 2} wallets`, { exact: true })).toBeVisible();
  await expect(list.getByRole('link')).toHaveCount(50);
  await page.getByRole('button', { name: /Show more wallets/ }).click();
  await expect(list.getByRole('link')).toHaveCount(100);
  await expect(page.getByTestId('currency-totals')).toContainText('$950.75');
  await expect(page.getByTestId('currency-totals')).toContainText('€0.00');

  await page.getByLabel('Search wallets').fill('bulk 103');
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(list.getByRole('link')).toContainText('Bulk 103');
  await page.getByLabel('Search wallets').fill('');
  await page.getByLabel('Currency', { exact: true }).selectOption('EUR');
  await expect(page.getByText(`52 of ${BULK + 2} match`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Currency', { exact: true }).selectOption('');
  await page.getByLabel('Search wallets').fill('bulk 10');
  await picture(page, 'many-wallets.png');
});

test('refuses an amount the balance cannot cover, before sending it', async ({ browser }) => {
  const page = await signedIn(browser);
  await page.goto(`/wallets/${everydayId}?action=send`);
  const send = page.getByRole('form', { name: 'Send money' });
  await send.getByLabel('Find a wallet to send to').fill('Savings');
  await send.getByLabel('Amount to send (USD)').fill('5,000');
  let posted = false;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/transfer')) posted = true;
  });
  await send.getByRole('button', { name: 'Send to Savings' }).click();
  await expect(send.getByRole('alert')).toHaveText('You have $950.75 in Everyday');
  await expect(page.getByTestId('balance')).toHaveText('$950.75');
  await expect(page.getByTestId(`list-balance-${savingsId}`)).toHaveText('$0.00');
  expect(posted).toBe(false);

  // Grouping separators are fine in an amount that is covered.
  await send.getByLabel('Amount to send (USD)').fill('1,00.5');
  await send.getByRole('button', { name: 'Send to Savings' }).click();
  await expect(send.getByRole('alert')).toHaveText('Enter the amount in digits, like 1,000.00');
  await send.getByLabel('Amount to send (USD)').fill('25');
  await send.getByRole('button', { name: 'Send to Savings' }).click();
  await expect(page.getByText('Sent $25.00 to Savings')).toBeVisible();
  // Sent: the dialog closes, and the address forgets the action.
  await expect(send).toBeHidden();
  await expect(page).not.toHaveURL(/action=/);
  await expect(page.getByTestId('balance')).toHaveText('$925.75');
});

test('the history keeps its filter in the address, and a row opens the transaction', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/wallets/${everydayId}/transactions?type=TRANSFER_OUT`);
  await logIn(page);
  await expect(page.getByLabel('Show', { exact: true })).toHaveValue('TRANSFER_OUT');
  const history = page.getByRole('list', { name: 'History of Everyday' });
  await expect(history.getByTestId('history-row')).toHaveCount(1);
  await page.getByLabel('Show', { exact: true }).selectOption('');
  await expect(page).toHaveURL(`/wallets/${everydayId}/transactions`);
  await expect(history.getByTestId('history-row')).toHaveCount(2);
  await page.goBack();
  await expect(page).toHaveURL(`/wallets/${everydayId}/transactions?type=TRANSFER_OUT`);
  await page.reload();
  await expect(history.getByTestId('history-row')).toHaveCount(1);

  await history.getByRole('link', { name: 'To Savings' }).click();
  await expect(page).toHaveURL(/\/transactions\/[0-9a-f-]{36}$/);
  const detail = page.getByTestId('transaction-detail');
  await expect(detail.getByRole('heading', { name: 'Sent $25.00' })).toBeVisible();
  await expect(detail).toContainText('Completed');
  await expect(detail).toContainText('$950.75 → $925.75');
  await expect(detail.getByRole('link', { name: 'Savings' })).toBeVisible();
  // Both legs: the one into Savings too, since both wallets are this person's.
  await expect(detail.getByRole('heading', { name: /The other leg: Received/ })).toBeVisible();
  await expect(detail).toContainText('$0.00 → $25.00');
  await detail.getByRole('button', { name: 'Copy transaction ID' }).click();
  await expect(page.getByText('Copied')).toBeVisible();
  const id = page.url().split('/').pop();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
  await expectNoAxeViolations(page);
  await picture(page, 'transaction.png');

  await page.reload();
  await expect(detail.getByRole('heading', { name: 'Sent $25.00' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(`/wallets/${everydayId}/transactions?type=TRANSFER_OUT`);
  await page.goto(`/transactions/${crypto.randomUUID()}`);
  await expect(page.getByRole('heading', { name: 'No such transaction' })).toBeVisible();
});
