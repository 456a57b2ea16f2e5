import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';
import { openWalletAction, signUpInBrowser } from '../session';

// A transfer the review rules hold, as its payer sees it: the default rules (version 1) hold any transfer
// above 100,000.00 USD. Nothing moves, the money is set aside, and the wallet says "Pending review".
// (Staff release it from the console, whose sign-in is tested with the operators' pages.)

test('a transfer above the single-amount rule is held: pending review, its money set aside', async ({
  page,
}) => {
  await signUpInBrowser(page, `held-${Date.now()}@example.com`);
  await page.getByLabel('Name (optional)').fill('Main');
  await page.getByRole('button', { name: 'Create wallet' }).click();
  const add = await openWalletAction(page, 'Add money');
  await add.getByLabel('Amount to add (USD)').fill('100000.01');
  await add.getByRole('button', { name: 'Add money' }).click();
  await expect(page.getByTestId('balance')).toHaveText('$100,000.01');

  await page.getByRole('button', { name: 'New wallet' }).click();
  await page.getByLabel('Name (optional)').fill('Savings');
  await page.getByRole('button', { name: 'Create wallet' }).click();
  await expect(page.getByText('Savings is ready')).toBeVisible();
  await page.getByRole('list', { name: 'Your wallets' }).getByRole('link', { name: /Main/ }).click();

  const send = page.getByRole('form', { name: 'Send money' });
  await openWalletAction(page, 'Send');
  await send.getByLabel('Amount to send (USD)').fill('100000.01');
  await send.getByRole('button', { name: 'Send to Savings' }).click();
  await expect(page.getByText('$100,000.01 is held for review')).toBeVisible();
  // Held, not sent: the balance is all there, none of it available.
  await expect(page.getByTestId('balance')).toHaveText('$100,000.01');
  await expect(page.getByTestId('available-balance')).toContainText('$0.00 available');
  await expect(page.getByTestId('available-balance')).toContainText('$100,000.01 pending');

  // Pending first in the activity.
  const held = page.getByTestId('held-transfers');
  await expect(held).toContainText('Pending review');
  await expect(held).toContainText('$100,000.01');
  await expectNoAxeViolations(page);

  // Nothing reached Savings, and what is set aside cannot be sent again.
  await page
    .getByRole('list', { name: 'Your wallets' })
    .getByRole('link', { name: /Savings/ })
    .click();
  await expect(page.getByTestId('balance')).toHaveText('$0.00');
  await page.getByRole('list', { name: 'Your wallets' }).getByRole('link', { name: /Main/ }).click();
  await openWalletAction(page, 'Send');
  await send.getByLabel('Amount to send (USD)').fill('1');
  await send.getByRole('button', { name: 'Send to Savings' }).click();
  await expect(send.getByRole('alert')).toHaveText('You have $0.00 in Main');
});
