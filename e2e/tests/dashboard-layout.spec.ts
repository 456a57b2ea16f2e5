import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';
import { openWalletAction, postAsBrowser, signUpInBrowser } from '../session';

// The dashboard on a laptop screen (1280 x 800): who is signed in, counts in words, the new-wallet form
// beside a wallet, the history brought into view, and the balance chart over the period picked.
test.describe.configure({ mode: 'serial' });

const EMAIL = `layout-${Date.now()}@example.com`;
const VIEWPORT = { width: 1280, height: 800 };
const DAY_MS = 86_400_000;

let context: BrowserContext;
let page: Page;
let mainId = '';

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ viewport: VIEWPORT });
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
});

/** A state-changing call as the signed-in browser (e2e/session.ts). */
const post = <T>(path: string, data: object) => postAsBrowser<T>(context, path, data);

/** Both themes pass WCAG AA as the page is now; the page is left in light mode. */
async function expectAccessibleInBothThemes() {
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Switch to light mode' }).click();
}

test('the header names the signed-in account, and one wallet is "1 wallet"', async () => {
  await signUpInBrowser(page, EMAIL);
  const account = page.getByTestId('signed-in-as');
  await expect(account).toBeVisible();
  await expect(account).toHaveText(`Signed in as ${EMAIL}`);
  await expect(page.getByText(EMAIL, { exact: true })).toBeVisible();

  await page.getByLabel('Name (optional)').fill('Main');
  await page.getByRole('button', { name: 'Create wallet' }).click();
  await expect(page.getByTestId('balance')).toHaveText('$0.00');
  mainId = page.url().split('/').pop() ?? '';
  await expect(page.getByText('1 wallet', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Total · 1 wallet' })).toBeVisible();
  await expect(page.getByText(/\b1 wallets\b/)).toHaveCount(0);
  // Still in the header on every page.
  await page.getByRole('link', { name: 'API keys' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(`Signed in as ${EMAIL}`);
});

test('the New wallet form fits in the list beside the wallet, its Create button whole', async () => {
  await page.goto(`/wallets/${mainId}`);
  await page.getByRole('button', { name: 'New wallet' }).click();
  const form = page.getByRole('form', { name: 'New wallet' });
  const panel = form.locator('xpath=ancestor::section[1]');
  const create = form.getByRole('button', { name: 'Create wallet' });
  const name = form.getByLabel('Name (optional)');
  await expect(create).toBeInViewport({ ratio: 1 });

  const [panelBox, createBox, nameBox, mainBox] = await Promise.all([
    panel.boundingBox(),
    create.boundingBox(),
    name.boundingBox(),
    page.getByRole('region', { name: 'Balance of Main' }).boundingBox(),
  ]);
  if (!panelBox || !createBox || !nameBox || !mainBox) throw new Error('the form is not laid out');
  for (const box of [createBox, nameBox]) {
    expect(box.x).toBeGreaterThanOrEqual(panelBox.x);
    expect(box.x + box.width).toBeLessThanOrEqual(panelBox.x + panelBox.width);
  }
  // Nothing of the form reaches under the wallet's own panel.
  expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(mainBox.x);
  expect(createBox.x + createBox.width).toBeLessThanOrEqual(VIEWPORT.width);
  // The name field is wide enough for its example, not "e.g. H".
  expect(nameBox.width).toBeGreaterThan(200);
  expect(await name.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)).toBe(true);
  await expectAccessibleInBothThemes();
});

test("the history's address brings the activity into view; an action opens over the page", async () => {
  await post('/wallets', { currency: 'USD', name: 'Savings' });
  for (const amount of ['10', '20', '12.5']) await post(`/wallets/${mainId}/fund`, { amount });
  await page.goto(`/wallets/${mainId}`);
  await expect(page.getByTestId('balance')).toHaveText('$42.50');
  // No form is open before an action is chosen; Send opens its dialog over the page, which stays put.
  await expect(page.getByRole('form', { name: 'Send money' })).toHaveCount(0);
  const send = await openWalletAction(page, 'Send');
  await expect(send.getByRole('form', { name: 'Send money' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]action=send/);
  await expectNoAxeViolations(page);
  await send.getByRole('button', { name: 'Close' }).click();
  await expect(page).not.toHaveURL(/action=/);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await page.goto(`/wallets/${mainId}/transactions`);
  const history = page.getByRole('list', { name: 'History of Main' });
  await expect(history.getByTestId('history-row')).toHaveCount(3);
  await expect(history).toBeInViewport();
});

/** The dates drawn under the chart, as the chart reports them, in epoch milliseconds. */
async function chartDates(): Promise<number[]> {
  const plot = page.getByTestId('balance-plot');
  await expect(plot).toHaveAttribute('data-date-labels', /\d/);
  const labels = JSON.parse((await plot.getAttribute('data-date-labels')) ?? '[]') as string[];
  return labels.map((label) => Date.parse(`${label} UTC`));
}

test('the balance chart spans the period picked, from its start to today, with dates along it', async () => {
  const figure = page.getByRole('img', { name: /^Balance over 3 movements/ });
  await expect(figure).toBeVisible();
  const now = Date.now();

  // Last 30 days, as the chart opens: about a month of dates, not one day of minutes.
  let dates = await chartDates();
  expect(dates.length).toBeGreaterThanOrEqual(3);
  expect(dates.every((d) => Number.isFinite(d))).toBe(true);
  expect(dates[0]).toBeGreaterThanOrEqual(now - 31 * DAY_MS);
  expect(dates[0]).toBeLessThanOrEqual(now - 23 * DAY_MS);
  expect(dates.at(-1)).toBeGreaterThanOrEqual(now - 8 * DAY_MS);
  expect(dates.at(-1)).toBeLessThanOrEqual(now);

  await page.getByLabel('Period').selectOption('7');
  await expect.poll(async () => (await chartDates())[0] ?? 0).toBeGreaterThanOrEqual(now - 8 * DAY_MS);
  dates = await chartDates();
  expect(dates.length).toBeGreaterThanOrEqual(3);
  expect(dates.at(-1)).toBeGreaterThanOrEqual(now - 2 * DAY_MS);
  await expectAccessibleInBothThemes();
});
