import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';
import { signUpInBrowser } from '../session';

// The request log on the API keys page: a key's requests (made here with the key, as an integrator's
// software would), filtered by status, in both themes.
test("a key's requests show under it, newest first, filtered by status", async ({ page, request }) => {
  await signUpInBrowser(page, `request-log-${Date.now()}@example.com`);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'API keys' }).click();
  await page.getByLabel('Key name').fill('Reporting');
  await page.getByRole('button', { name: 'Create key' }).click();
  const key = (await page.getByTestId('new-key').textContent()) ?? '';
  expect(key).toMatch(/^wk_/);
  const withKey = { headers: { Authorization: `Bearer ${key}` } };
  expect((await request.get('/api/v1/wallets', withKey)).status()).toBe(200);
  const missing = await request.get('/api/v1/wallets/00000000-0000-4000-8000-000000000000', withKey);
  expect(missing.status()).toBe(404);

  const row = page.getByTestId('api-key-row').filter({ hasText: 'Reporting' });
  await row.getByRole('button', { name: 'Requests of Reporting' }).click();
  const log = row.getByTestId('key-requests');
  const entries = log.getByTestId('request-log-row');
  // Written about a second after each answer: Refresh until both are there.
  await expect(async () => {
    await log.getByRole('button', { name: 'Refresh' }).click();
    await expect(entries).toHaveCount(2, { timeout: 1_000 });
  }).toPass();
  await expect(entries.first()).toContainText('GET /api/v1/wallets/:id');
  await expect(entries.first()).toContainText('WALLET_NOT_FOUND');

  await log.getByLabel('Status').selectOption('4xx');
  await log.getByRole('button', { name: 'Filter' }).click();
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('404');
  await expect(entries.first()).toContainText(missing.headers()['x-request-id'] ?? 'missing request id');
  await expect(log.getByRole('table', { name: /Requests made with Reporting/ })).toBeVisible();
  // The key's row with its panel, in both themes (the rest of the page has its own scans).
  const panel = '[data-testid="api-key-row"]';
  await expectNoAxeViolations(page, panel);
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expectNoAxeViolations(page, panel);
});
