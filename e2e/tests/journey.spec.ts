import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';
import { openSignUp, openWalletAction, PASSWORD, toastsGone } from '../session';

const SCREENSHOTS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'docs',
  'screenshots',
);

/** The pictures in docs/ are refreshed on request (UPDATE_SCREENSHOTS=1), not by every test run. */
async function picture(page: Page, name: string) {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  // A picture without the toasts of the steps before it.
  await toastsGone(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
}

const balance = (page: Page) => page.getByTestId('balance');

// One person's first session, start to finish, against the real API and database.
test.describe.configure({ mode: 'serial' });

const EMAIL = `ada-${Date.now()}@example.com`;

test('from sign-up to funded wallets, a transfer, its history and a refused transfer', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expectNoAxeViolations(page);
  await picture(page, 'login.png');
  await openSignUp(page);
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Create your first wallet' })).toBeVisible();
  await expectNoAxeViolations(page);
  await picture(page, 'empty-state.png');

  // The first wallet: its balance and funding come first, no transfers yet.
  await page.getByLabel('Name (optional)').fill('Main');
  await page.getByRole('button', { name: 'Create wallet' }).click();
  await expect(balance(page)).toHaveText('$0.00');
  await expect(page.getByRole('form', { name: 'Send money' })).toHaveCount(0);

  const add = await openWalletAction(page, 'Add money');
  await add.getByLabel('Amount to add (USD)').fill('100.50');
  await add.getByRole('button', { name: 'Add money' }).click();
  await expect(balance(page)).toHaveText('$100.50');
  await expect(page.getByText('Added $100.50')).toBeVisible();

  // A second wallet brings transfers.
  await page.getByRole('button', { name: 'New wallet' }).click();
  await page.getByLabel('Name (optional)').fill('Savings');
  await page.getByRole('button', { name: 'Create wallet' }).click();
  await expect(page.getByText('Savings is ready')).toBeVisible();
  await page.getByRole('list', { name: 'Your wallets' }).getByRole('link', { name: /Main/ }).click();
  await expect(balance(page)).toHaveText('$100.50');

  const send = page.getByRole('form', { name: 'Send money' });
  await openWalletAction(page, 'Send');
  await send.getByLabel('Amount to send (USD)').fill('25.25');
  await send.getByRole('button', { name: 'Send to Savings' }).click();
  await expect(balance(page)).toHaveText('$75.25');
  await expect(page.getByText('Sent $25.25 to Savings')).toBeVisible();

  // The activity shows the transfer's legs with their balances.
  const mainHistory = page.getByRole('list', { name: 'History of Main' });
  await expect(mainHistory.getByTestId('history-row')).toHaveCount(2);
  await expect(mainHistory.getByTestId('history-row').first()).toContainText('To Savings');
  await expect(mainHistory.getByTestId('history-row').first()).toContainText('Balance $100.50 → $75.25');
  await expect(mainHistory.getByTestId('history-row').nth(1)).toContainText('Balance $0.00 → $100.50');
  await picture(page, 'history.png');

  await page
    .getByRole('list', { name: 'Your wallets' })
    .getByRole('link', { name: /Savings/ })
    .click();
  const savingsHistory = page.getByRole('list', { name: 'History of Savings' });
  await expect(savingsHistory.getByTestId('history-row').first()).toContainText('From Main');
  await expect(savingsHistory.getByTestId('history-row').first()).toContainText('Balance $0.00 → $25.25');

  // More than the balance: refused in plain words before anything is sent; nothing moves on screen.
  await page.getByRole('list', { name: 'Your wallets' }).getByRole('link', { name: /Main/ }).click();
  // Main's own view, not Savings' (whose send form has the same fields) while the route changes.
  await expect(balance(page)).toHaveText('$75.25');
  await openWalletAction(page, 'Send');
  await send.getByLabel('Amount to send (USD)').fill('500');
  await send.getByRole('button', { name: 'Send to Savings' }).click();
  await expect(send.getByRole('alert')).toHaveText('You have $75.25 in Main');
  await expect(balance(page)).toHaveText('$75.25');
  await expectNoAxeViolations(page);
  await page.getByRole('dialog', { name: 'Send' }).getByRole('button', { name: 'Close' }).click();
  await expect(mainHistory.getByTestId('history-row')).toHaveCount(2);
  await expectNoAxeViolations(page);
});

async function logIn(page: Page, email = EMAIL) {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
}

test('dark mode is remembered and passes WCAG AA', async ({ page }) => {
  await logIn(page);
  await expect(balance(page)).toBeVisible();
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(balance(page)).toHaveText('$75.25');
  await expect(page.getByRole('list', { name: 'History of Main' }).getByTestId('history-row')).toHaveCount(2);
  await expectNoAxeViolations(page);
  await picture(page, 'dark-mode.png');
  await page.getByRole('button', { name: 'Switch to light mode' }).click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test('works on a 375 px phone, by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await logIn(page);
  await expect(balance(page)).toHaveText('$75.25');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The actions are pinned to the bottom of the screen. Keyboard only: open Add money, type, Enter.
  await expect(page.getByRole('navigation', { name: 'Wallet actions' })).toBeInViewport();
  const opener = page
    .getByRole('navigation', { name: 'Wallet actions' })
    .getByRole('button', { name: 'Add money' });
  for (let i = 0; i < 40 && !(await opener.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(opener).toBeFocused();
  await page.keyboard.press('Enter');
  const amount = page.getByLabel('Amount to add (USD)');
  for (let i = 0; i < 30 && !(await amount.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(amount).toBeFocused();
  await page.keyboard.type('0.75');
  await page.keyboard.press('Enter');
  await expect(balance(page)).toHaveText('$76.00');
  await expectNoAxeViolations(page);
  await picture(page, 'phone.png');
});

test('an API key works for integrators until it is revoked', async ({ page, request }) => {
  await logIn(page);
  await page.getByRole('link', { name: 'API keys' }).click();
  await page.getByLabel('Key name').fill('Accounting');
  await page.getByRole('button', { name: 'Create key' }).click();
  const key = (await page.getByTestId('new-key').textContent()) ?? '';
  expect(key).toMatch(/^wk_/);
  await expectNoAxeViolations(page);
  await picture(page, 'api-keys.png');
  const withKey = { headers: { Authorization: `Bearer ${key}` } };
  const wallets = await request.get('/api/v1/wallets', withKey);
  expect(wallets.status()).toBe(200);
  expect((await wallets.json()).data.map((w: { name: string }) => w.name)).toEqual(['Main', 'Savings']);
  // Read-only: it cannot move money.
  expect((await request.post('/api/v1/wallets', { ...withKey, data: {} })).status()).toBe(403);
  page.once('dialog', (dialog) => dialog.accept());
  await page
    .getByTestId('api-key-row')
    .filter({ hasText: 'Accounting' })
    .getByRole('button', { name: 'Revoke Accounting' })
    .click();
  await expect(page.getByTestId('api-key-row').filter({ hasText: 'Accounting' })).toContainText('Revoked');
  // Every API process forgets the key as the revocation's notification reaches it (milliseconds).
  await expect.poll(async () => (await request.get('/api/v1/wallets', withKey)).status()).toBe(401);
});

test("pays another person's wallet by its id, after confirming, and sees nothing of it", async ({
  page,
  browser,
}) => {
  // Another person signs up in their own browser and shares a wallet id.
  const other = await browser.newContext();
  const theirs = await other.newPage();
  await theirs.goto('/');
  await openSignUp(theirs);
  await theirs.getByLabel('Email').fill(`bo-${Date.now()}@example.com`);
  await theirs.getByLabel('Password').fill(PASSWORD);
  await theirs.getByRole('button', { name: 'Create account' }).click();
  await theirs.getByLabel('Name (optional)').fill('Bo');
  await theirs.getByRole('button', { name: 'Create wallet' }).click();
  await expect(theirs.getByTestId('balance')).toHaveText('$0.00');
  // "Receive money" shows the wallet's id and copies it, to hand to the payer.
  await other.grantPermissions(['clipboard-read', 'clipboard-write']);
  await theirs
    .getByRole('navigation', { name: 'Wallet actions' })
    .getByRole('button', { name: 'Receive' })
    .click();
  const shown = (await theirs.getByTestId('receive-id').textContent()) ?? '';
  await theirs.getByRole('button', { name: 'Copy wallet ID' }).click();
  await expect(theirs.getByText('Copied')).toBeVisible();
  const theirId = await theirs.evaluate(() => navigator.clipboard.readText());
  expect(theirId).toBe(shown);
  const listed = await theirs.evaluate(async () => {
    const response = await fetch('/api/v1/wallets');
    return (await response.json()).data[0].id as string;
  });
  expect(theirId).toBe(listed);

  await logIn(page);
  const send = page.getByRole('form', { name: 'Send money' });
  await openWalletAction(page, 'Send');
  await send.getByLabel('To', { exact: true }).selectOption({ label: "Someone else's wallet…" });
  await send.getByLabel('Amount to send (USD)').fill('6');
  await send.getByLabel('Their wallet ID').fill(theirId);
  await send.getByRole('button', { name: 'Review and send' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText(theirId);
  await expect(confirm).toContainText('cannot be undone');
  await confirm.getByRole('button', { name: 'Yes, send $6.00' }).click();
  await expect(page.getByText('Sent $6.00 to the other wallet')).toBeVisible();
  await expect(balance(page)).toHaveText('$70.00');

  await theirs.reload();
  await expect(theirs.getByTestId('balance')).toHaveText('$6.00');
  await expect(theirs.getByTestId('history-row').first()).toContainText('From Someone');
  await other.close();
});
