import { type APIRequestContext, expect, test } from '@playwright/test';
import { openSignUp, PASSWORD } from '../session';

// One user's open dashboard follows money that another user sends, without a reload.

/** Signs up over the API in this context (its cookies) and returns the CSRF token for changes. */
async function signUp(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post('/api/v1/auth/signup', { data: { email, password: PASSWORD } });
  expect(res.status()).toBe(201);
  const csrf = /wallet_csrf=([^;]+)/.exec(
    res
      .headersArray()
      .filter((h) => h.name.toLowerCase() === 'set-cookie')
      .map((h) => h.value)
      .join(';'),
  )?.[1];
  expect(csrf).toBeTruthy();
  return csrf ?? '';
}

test('a payment from another user shows up on the open dashboard: balance, history and a toast', async ({
  browser,
}) => {
  const aliceContext = await browser.newContext();
  const bobContext = await browser.newContext();
  try {
    const alice = await aliceContext.newPage();
    await alice.goto('/');
    await openSignUp(alice);
    await alice.getByLabel('Email').fill(`alice-${Date.now()}@example.com`);
    await alice.getByLabel('Password').fill(PASSWORD);
    // The dashboard opens its event stream once she is signed in; Bob pays only after it is open.
    const streamOpen = alice.waitForResponse((res) => res.url().endsWith('/api/v1/events') && res.ok());
    await alice.getByRole('button', { name: 'Create account' }).click();
    await alice.getByLabel('Name (optional)').fill('Main');
    await alice.getByRole('button', { name: 'Create wallet' }).click();
    const balance = alice.getByTestId('balance');
    await expect(balance).toHaveText('$0.00');
    const history = alice.getByRole('list', { name: 'History of Main' });
    const wallets = await (await alice.request.get('/api/v1/wallets')).json();
    const aliceWalletId: string = wallets.data[0].id;
    await streamOpen;

    // Bob, in a browser of his own, pays Alice's wallet.
    const bob = bobContext.request;
    const csrf = await signUp(bob, `bob-${Date.now()}@example.com`);
    const headers = { 'X-CSRF-Token': csrf };
    const created = await bob.post('/api/v1/wallets', { data: { currency: 'USD' }, headers });
    const bobWalletId: string = (await created.json()).id;
    expect(
      (await bob.post(`/api/v1/wallets/${bobWalletId}/fund`, { data: { amount: '20' }, headers })).status(),
    ).toBe(201);
    const paid = await bob.post('/api/v1/wallets/transfer', {
      data: { sourceWalletId: bobWalletId, destinationWalletId: aliceWalletId, amount: '12.50' },
      headers,
    });
    expect(paid.status()).toBe(201);

    // No reload, no click: the stream brings it.
    await expect(balance).toHaveText('$12.50');
    await expect(alice.getByText('Received $12.50 from another user')).toBeVisible();
    await expect(history.getByTestId('history-row')).toHaveCount(1);
    await expect(history.getByTestId('history-row').first()).toContainText('Balance $0.00 → $12.50');
    // Bob chose no display name: he is "Someone" (never his email).
    await expect(history.getByTestId('history-row').first()).toContainText('From Someone');
  } finally {
    await aliceContext.close();
    await bobContext.close();
  }
});
