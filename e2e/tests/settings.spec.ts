import { expect, test } from '@playwright/test';
import { generateSync } from 'otplib';
import { expectNoAxeViolations } from '../axe';
import { PASSWORD, signUpInBrowser } from '../session';

// The settings page, in a real browser on the real stack: two-factor sign-in turned on from it with a
// code computed from the key it shows (as an authenticator app would), then a login that needs the code.

/** The code an authenticator app shows `stepsAhead` 30-second steps from now. */
const codeOf = (secret: string, stepsAhead = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });

test('two-factor sign-in from the settings page: a login then needs the code', async ({ page }) => {
  const email = `settings-${Date.now()}@example.com`;
  await signUpInBrowser(page, email);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  await expect(page.getByTestId('two-factor-status')).toContainText('Off');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(page.getByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeVisible();
  const secret = ((await page.getByTestId('two-factor-secret').textContent()) ?? '').trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const code = page.getByLabel('2. Code from the app');
  await expect(code).toBeFocused();
  await expectNoAxeViolations(page);
  await code.fill(codeOf(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();

  // The recovery codes, once, with the focus on them; the section now says it is on.
  await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  await expect(page.getByRole('heading', { name: /Save your recovery codes now/ })).toBeFocused();
  await expect(page.getByTestId('two-factor-status')).toContainText('On');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Switch to light mode' }).click();

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();

  // Refused without the code: the form asks for it, and nobody is signed in.
  const otp = page.getByLabel('Two-factor code');
  await expect(otp).toBeFocused();
  await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A wrong code is refused too, and said at the field.
  const valid = new Set([codeOf(secret, -1), codeOf(secret), codeOf(secret, 1), codeOf(secret, 2)]);
  await otp.fill(valid.has('000000') ? '111111' : '000000');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByText('That code is not right, or was used already.')).toBeVisible();
  await expect(page.getByTestId('signed-in-as')).toHaveCount(0);

  // The next step's code (the step of the code that turned it on is used up) signs in.
  await otp.fill(codeOf(secret, 1));
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(email);
});
