import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';
import { signUpInBrowser } from '../session';

// Rotating a key in the dashboard: the new secret is shown once, the old key keeps working through the
// overlap and says when it stops; both keys answer the API meanwhile.
test('rotates an API key: the new secret once, and when the old one stops', async ({ page, request }) => {
  await signUpInBrowser(page, `rotate-${Date.now()}@example.com`);
  await page.goto('/api-keys');
  await page.getByLabel('Key name').fill('Payroll');
  await page.getByRole('button', { name: 'Create key' }).click();
  const oldKey = (await page.getByTestId('new-key').textContent()) ?? '';
  const row = page.getByTestId('api-key-row').filter({ hasText: 'Payroll' });
  await expect(row.getByTestId('api-key-version')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);

  await row.getByRole('button', { name: 'Rotate Payroll…' }).click();
  const form = page.getByRole('form', { name: 'Rotate Payroll' });
  await expect(form.getByLabel('The old key stops working')).toHaveValue('24');
  await form.getByRole('button', { name: 'Rotate key' }).click();

  const newKey = (await page.getByTestId('rotated-key').textContent()) ?? '';
  expect(newKey).toMatch(/^wk_/);
  expect(newKey).not.toBe(oldKey);
  await expect(page.getByTestId('old-key-end')).toContainText('keeps working until');
  const oldRow = page.getByTestId('api-key-row').filter({ hasText: oldKey.slice(0, 10) });
  await expect(oldRow.getByTestId('api-key-expiry')).toHaveText(
    'Replaced by a new key; stops working in 24 hours',
  );
  await expect(page.getByTestId('api-key-row').filter({ hasText: 'Payroll' })).toHaveCount(2);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expectNoAxeViolations(page);

  for (const key of [oldKey, newKey]) {
    const answer = await request.get('/api/v1/wallets', { headers: { Authorization: `Bearer ${key}` } });
    expect(answer.status()).toBe(200);
  }
});
