import { type APIRequestContext, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';
import { PASSWORD } from '../session';

// A payment request between two people in two browsers: A asks B's wallet for money, B opens the link
// (signed out first: sign in, and back to it), pays with one tap on a phone-sized screen in dark mode,
// and A's open page turns to Paid without a reload.

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

async function walletOf(request: APIRequestContext, csrf: string, fund?: string): Promise<string> {
  const headers = { 'X-CSRF-Token': csrf };
  const created = await request.post('/api/v1/wallets', { data: { currency: 'USD', name: 'Main' }, headers });
  expect(created.status()).toBe(201);
  const id: string = (await created.json()).id;
  if (fund) {
    const funded = await request.post(`/api/v1/wallets/${id}/fund`, { data: { amount: fund }, headers });
    expect(funded.status()).toBe(201);
  }
  return id;
}

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('A asks B for money, B signs in from the link and pays it, A sees it paid live', async ({ browser }) => {
  const contexts: BrowserContext[] = [];
  try {
    const aContext = await browser.newContext();
    const bContext = await browser.newContext();
    const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, colorScheme: 'dark' });
    contexts.push(aContext, bContext, phone);

    const a = aContext.request;
    const aCsrf = await signUp(a, `asker-${Date.now()}@example.com`);
    const aWallet = await walletOf(a, aCsrf);
    const bEmail = `payer-${Date.now()}@example.com`;
    const bCsrf = await signUp(bContext.request, bEmail);
    const bWallet = await walletOf(bContext.request, bCsrf, '50');

    const made = await a.post('/api/v1/payment-requests', {
      data: { walletId: aWallet, amount: '12.50', description: 'Pizza', payerWalletId: bWallet },
      headers: { 'X-CSRF-Token': aCsrf, 'Idempotency-Key': `e2e-${Date.now()}` },
    });
    expect(made.status()).toBe(201);
    const request = await made.json();
    expect(request.payUrl).toMatch(new RegExp(`/pay/${request.id}$`));

    // A keeps the request's page open; its event stream is open before B pays.
    const aPage = await aContext.newPage();
    const streamOpen = aPage.waitForResponse((res) => res.url().endsWith('/api/v1/events') && res.ok());
    await aPage.goto(`/pay/${request.id}`);
    const aCard = aPage.getByTestId('pay-request');
    await expect(aCard).toContainText('Your request');
    await expect(aCard.getByRole('status')).toHaveText('Waiting for payment');
    await streamOpen;

    // B, signed out on a phone, opens the link: sign in first, then back to the request.
    const bPage = await phone.newPage();
    await bPage.goto(`/pay/${request.id}`);
    await expect(bPage.getByRole('heading', { name: 'Log in' })).toBeVisible();
    await bPage.getByLabel('Email').fill(bEmail);
    await bPage.getByLabel('Password').fill(PASSWORD);
    await bPage.getByRole('button', { name: 'Log in' }).click();
    await expect(bPage).toHaveURL(new RegExp(`/pay/${request.id}$`));
    const bCard = bPage.getByTestId('pay-request');
    await expect(bCard).toContainText('asks you for');
    await expect(bCard.getByRole('heading', { name: '$12.50' })).toBeVisible();
    await expect(bCard).toContainText('Pizza');
    await expect(bCard.getByLabel('Pay from')).toHaveValue(bWallet);
    await expect(bCard.getByRole('button', { name: 'Decline' })).toBeVisible();
    await noHorizontalScroll(bPage);
    await expectNoAxeViolations(bPage);

    await bCard.getByRole('button', { name: 'Pay $12.50' }).click();
    await expect(bCard.getByRole('status')).toHaveText('Paid');
    await expect(bPage.getByText('Paid $12.50')).toBeVisible();
    await expect(bCard.getByRole('button', { name: /pay/i })).toHaveCount(0);

    // A's page, untouched: the stream brings the news.
    await expect(aCard.getByRole('status')).toHaveText('Paid');
    await expect(aPage.getByText('paid your request for $12.50')).toBeVisible();
    await expectNoAxeViolations(aPage);
    const wallet = await (await a.get(`/api/v1/wallets/${aWallet}`)).json();
    expect(wallet.balance).toBe(12.5);
  } finally {
    for (const context of contexts) await context.close();
  }
});
