import { expect, type Page } from '@playwright/test';

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
