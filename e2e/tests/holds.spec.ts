import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';
import { postAsBrowser, signUpInBrowser } from '../session';

/**
 * Holding money in the browser: a hold made from the wallet page's "Hold money" action, shown in the
 * Held money card (available against held), paid in part to another wallet of the person's (the rest
 * released), and a second one released; both themes pass WCAG AA with the card and the dialog open.
 */
let context: BrowserContext;
let page: Page;
let mainId = '';
let savingsId = '';

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await signUpInBrowser(page, `holds-${Date.now()}@example.com`);
  mainId = (await post<{ id: string }>('/wallets', { name: 'Main' })).id;
  savingsId = (await post<{ id: string }>('/wallets', { name: 'Savings' })).id;
  await post(`/wallets/${mainId}/fund`, { amount: '100' });
});

test.afterAll(async () => {
  await context.close();
});

/** A state-changing call as the signed-in browser (e2e/session.ts). */
const post = <T>(path: string, data: object) => postAsBrowser<T>(context, path, data);

async function walletNow(id: string): Promise<{ balance: number; availableBalance: number }> {
  return (await context.request.get(`/api/v1/wallets/${id}`)).json();
}

async function expectAccessibleInBothThemes() {
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Switch to light mode' }).click();
}

test('holds money from its dialog, then pays part of it to another wallet; the rest is released', async () => {
  const dialog = page.getByRole('dialog', { name: 'Hold money' });
  // The dialog in both themes (the theme is switched from the page, with no dialog over it).
  await page.goto(`/wallets/${mainId}`);
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await page.goto(`/wallets/${mainId}?action=hold`);
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Switch to light mode' }).click();
  await page.goto(`/wallets/${mainId}?action=hold`);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Available now: $100.00');
  await expectNoAxeViolations(page);
  await dialog.getByLabel('Amount to hold (USD)').fill('40');
  await dialog.getByLabel('Description (optional)').fill('Hotel deposit');
  await dialog.getByRole('button', { name: 'Hold money' }).click();
  await expect(page.getByText('$40.00 is held')).toBeVisible();
  await expect(dialog).toBeHidden();

  const card = page.getByRole('region', { name: 'Held money' });
  await expect(card.getByTestId('holds-summary')).toHaveText('$60.00 available · $40.00 held');
  await expect(card).toContainText('Hotel deposit');
  await expectAccessibleInBothThemes();

  await card.getByRole('button', { name: 'Pay $40.00 held' }).click();
  const pay = card.getByRole('form', { name: 'Pay $40.00 held' });
  await expect(pay.getByLabel('Pay to')).toHaveValue(savingsId);
  await pay.getByLabel('Amount (USD, optional: all of it if empty)').fill('30');
  await expectNoAxeViolations(page);
  await pay.getByRole('button', { name: 'Pay', exact: true }).click();
  await expect(page.getByText('Paid $30.00; $10.00 released')).toBeVisible();
  await expect(card).toBeHidden();
  expect(await walletNow(mainId)).toMatchObject({ balance: 70, availableBalance: 70 });
  expect(await walletNow(savingsId)).toMatchObject({ balance: 30, availableBalance: 30 });
});

test('releases a hold: its money is available again at once', async () => {
  await post(`/wallets/${mainId}/holds`, { amount: '25', description: 'Taxi' });
  await page.goto(`/wallets/${mainId}`);
  const card = page.getByRole('region', { name: 'Held money' });
  await expect(card.getByTestId('holds-summary')).toHaveText('$45.00 available · $25.00 held');
  await card.getByRole('button', { name: 'Release $25.00 held' }).click();
  await expect(page.getByText('$25.00 released')).toBeVisible();
  await expect(card).toBeHidden();
  expect(await walletNow(mainId)).toMatchObject({ balance: 70, availableBalance: 70 });
});
