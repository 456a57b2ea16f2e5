import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'a long enough password';

/** A new person, signed up in this page's browser context, on the empty state. */
export async function signUpInBrowser(page: Page, email: string) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Create your first wallet' })).toBeVisible();
}
