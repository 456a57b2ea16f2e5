import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';
import { postAsBrowser, signUpInBrowser, toastsGone } from '../session';

/**
 * "Send to many" on a phone-sized screen: two lines to the person's other wallet, previewed, sent as
 * one batch, both Sent and the balance down by their total; the dialog passes WCAG AA (light, and dark
 * with a line's errors showing) and does not scroll sideways at 375 px.
 */
let context: BrowserContext;
let page: Page;
let mainId = '';
let savingsId = '';

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  page = await context.newPage();
  await signUpInBrowser(page, `batch-${Date.now()}@example.com`);
  mainId = (await post<{ id: string }>('/wallets', { name: 'Main' })).id;
  savingsId = (await post<{ id: string }>('/wallets', { name: 'Savings' })).id;
  await post(`/wallets/${mainId}/fund`, { amount: '100' });
});

test.afterAll(async () => {
  await context.close();
});

/** A state-changing call as the signed-in browser (e2e/session.ts). */
const post = <T>(path: string, data: object) => postAsBrowser<T>(context, path, data);

test('sends two payments to another wallet in one batch; both are Sent and the balance drops', async () => {
  await page.goto(`/wallets/${mainId}`);
  await expect(page.getByTestId('balance')).toHaveText('$100.00');
  await toastsGone(page);
  await page.goto(`/wallets/${mainId}?action=send-to-many`);
  const dialog = page.getByRole('dialog', { name: 'Send to many' });
  await expect(dialog).toBeVisible();
  await dialog
    .getByLabel('Payments, one per line')
    .fill(`${savingsId}, 12.50, Rent share\n${savingsId}, 7.50, Groceries`);
  const preview = dialog.getByRole('table', { name: '2 payments' });
  await expect(preview).toContainText('Savings');
  await expect(preview.getByRole('row', { name: /Total/ })).toContainText('$20.00');
  await expect(dialog.getByRole('radio', { name: /All or nothing/ })).toBeChecked();
  // No sideways scroll on a phone, and AA with the dialog open.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page, 'dialog');

  await dialog.getByRole('button', { name: 'Send 2 payments ($20.00)' }).click();
  const results = dialog.getByRole('list', { name: 'What happened to each payment' });
  await expect(results.getByRole('listitem')).toHaveCount(2);
  await expect(results.getByText('Sent', { exact: true })).toHaveCount(2);
  await expect(page.getByText('Payments: 2 sent')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('balance')).toHaveText('$80.00');

  // Dark mode, with a line's errors showing (nothing sent): still AA, still no sideways scroll.
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await page.goto(`/wallets/${mainId}?action=send-to-many`);
  await dialog.getByLabel('Payments, one per line').fill(`${mainId}, 5\n${savingsId}, 1.234`);
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Line 1: This is the wallet you send from');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page, 'dialog');
});
