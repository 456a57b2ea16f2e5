import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, expect, type Page } from '@playwright/test';
import { generateSync } from 'otplib';

export const PASSWORD = 'a long enough password';

/**
 * From the login page to the sign-up form, once it is there: the router keeps the login form (whose
 * Email and Password fields have the same labels) on screen while it loads the next view, so a field
 * filled before the heading changes may be the old form's.
 */
export async function openSignUp(page: Page) {
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
}

/** A new person, signed up in this page's browser context, on the empty state. */
export async function signUpInBrowser(page: Page, email: string) {
  await page.goto('/');
  await openSignUp(page);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Create your first wallet' })).toBeVisible();
}

/** The code an authenticator app shows for `secret`, `stepsAhead` 30-second steps from now. */
export function totpCode(secret: string, stepsAhead = 0): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });
}

/**
 * Turns two-factor sign-in on from the Settings page, as a person does with an authenticator app (the
 * code computed from the key the page shows); answers that key. Staff need it to open the console.
 */
export async function turnOnTwoFactor(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const secret = ((await page.getByTestId('two-factor-secret').textContent()) ?? '').trim();
  await page.getByLabel('2. Code from the app').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByTestId('two-factor-status')).toContainText('On');
  return secret;
}

const OPS_GRANT = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'apps',
  'api',
  'dist',
  'cli',
  'ops-grant.js',
);

/**
 * `pnpm ops:grant EMAIL ROLE`, as an operator runs it on the server: on this run's database, which the
 * global setup made this process's own (its DATABASE_URL and the rest, inherited). Throws (with the
 * command's message) when it refuses.
 */
export function opsGrant(email: string, role: string): string {
  return execFileSync(process.execPath, [OPS_GRANT, email, role], { encoding: 'utf8' });
}

/** Opens an action of the wallet page (Add money, Send, Receive, ...) from its action bar; answers its dialog. */
export async function openWalletAction(page: Page, label: string) {
  await page
    .getByRole('navigation', { name: 'Wallet actions' })
    .getByRole('button', { name: label, exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: label });
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * Waits for the toasts to go before a tap on what they may cover: above the action bar on a phone, at
 * the bottom right otherwise. The test's pointer, resting where the last click was, is moved off first:
 * a toast under a pointer stays while hovered (no finger hovers), and would cover the target for good.
 */
export async function toastsGone(page: Page) {
  await page.mouse.move(0, 0);
  await expect(page.locator('[data-sonner-toast]')).toHaveCount(0);
}

/**
 * A state-changing API call (201 expected) as the signed-in browser `context`, with the CSRF token the
 * API set for its page and a fresh Idempotency-Key: setting up what a test starts from.
 */
export async function postAsBrowser<T>(context: BrowserContext, path: string, data: object): Promise<T> {
  const csrf = (await context.cookies()).find((c) => c.name === 'wallet_csrf')?.value ?? '';
  const response = await context.request.post(`/api/v1${path}`, {
    data,
    headers: { 'X-CSRF-Token': csrf, 'Idempotency-Key': crypto.randomUUID() },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as T;
}
