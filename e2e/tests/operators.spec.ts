import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';
import { openWalletAction, opsGrant, PASSWORD, signUpInBrowser, totpCode, turnOnTwoFactor } from '../session';

// Issue 19's journey, end to end: staff made with `pnpm ops:grant` and signed in with two-factor; a
// transfer the review rules hold until finance releases it; a credit adjustment one member of staff
// proposes and another approves, seen in the payer's balance, the audit trail and the books check.
test.describe.configure({ mode: 'serial' });

const STAMP = Date.now();
const ADMIN = `ops-admin-${STAMP}@example.com`;
const SECOND_ADMIN = `ops-admin2-${STAMP}@example.com`;
const FINANCE = `ops-finance-${STAMP}@example.com`;
const PAYER = `payer-${STAMP}@example.com`;
const PAYEE = `payee-${STAMP}@example.com`;
const ADJUSTMENT_REASON = `Goodwill credit for ticket ${STAMP}`;

const secrets = new Map<string, string>();
let adminPage: Page;
let financePage: Page;
let payerPage: Page;
let payerWalletId: string;

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** The API as the page's signed-in person: the session cookie, and the CSRF header a change needs. */
async function api(page: Page, method: 'GET' | 'PUT' | 'POST', url: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'wallet_csrf')?.value ?? '';
  return page.request.fetch(`/api/v1${url}`, {
    method,
    data,
    headers: { 'X-CSRF-Token': csrf, 'Idempotency-Key': crypto.randomUUID() },
  });
}

async function openConsoleSection(page: Page, label: string) {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Operations' }).click();
  await page
    .getByRole('navigation', { name: 'Console sections' })
    .getByRole('link', { name: label, exact: true })
    .click();
}

async function logIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
}

test('two admins and a finance member, made by pnpm ops:grant, turn on two-factor sign-in', async ({
  browser,
}) => {
  for (const [email, role] of [
    [ADMIN, 'admin'],
    [SECOND_ADMIN, 'admin'],
    [FINANCE, 'finance'],
  ] as const) {
    const page = await newPage(browser);
    await signUpInBrowser(page, email);
    // Two-factor first: only such an account may be given a staff role.
    secrets.set(email, await turnOnTwoFactor(page));
    expect(opsGrant(email, role)).toContain(`${email} is now ${role}`);
    await page.reload();
    if (email === ADMIN) adminPage = page;
    else await page.context().close();
  }
  // The console opens for staff with two-factor on.
  await openConsoleSection(adminPage, 'Console');
  await expect(adminPage.getByRole('heading', { name: 'Operations', level: 1 })).toBeVisible();
});

test('a staff login needs the two-factor code: a wrong one signs nothing in, the right one does', async ({
  browser,
}) => {
  const page = await newPage(browser);
  await logIn(page, FINANCE);
  const code = page.getByLabel('Two-factor code');
  await expect(code).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);

  const secret = secrets.get(FINANCE) ?? '';
  // Five minutes old: far outside the accepted window, so certainly wrong.
  await code.fill(totpCode(secret, -10));
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(
    page.getByText('That code is not right, or was used already. Try the current one.'),
  ).toBeVisible();
  expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);

  // The next step's code: the current one may be the one Settings just used, which cannot be replayed.
  await code.fill(totpCode(secret, 1));
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Operations' }),
  ).toBeVisible();
  expect((await page.request.get('/api/v1/auth/me')).status()).toBe(200);
  financePage = page;
});

test('a transfer above the review rule is held until finance releases it', async ({ browser }) => {
  // Rules as the admin sets them (the rules page is its own spec's business): hold any USD transfer above 50.
  const current = await api(adminPage, 'GET', '/ops/review-rules');
  expect(current.status()).toBe(200);
  const { active } = (await current.json()) as { active: { rules: Record<string, unknown> } };
  const saved = await api(adminPage, 'PUT', '/ops/review-rules', {
    rules: { ...active.rules, singleAmountAbove: { USD: 50 } },
    note: 'operators e2e',
  });
  expect(saved.status()).toBe(200);

  const payee = await newPage(browser);
  await signUpInBrowser(payee, PAYEE);
  await payee.getByLabel('Name (optional)').fill('Shop');
  await payee.getByRole('button', { name: 'Create wallet' }).click();
  await openWalletAction(payee, 'Receive');
  const payeeWalletId = ((await payee.getByTestId('receive-id').textContent()) ?? '').trim();
  expect(payeeWalletId).toMatch(/^[0-9a-f-]{36}$/);
  await payee.context().close();

  payerPage = await newPage(browser);
  const page = payerPage;
  await signUpInBrowser(page, PAYER);
  await page.getByLabel('Name (optional)').fill('Main');
  await page.getByRole('button', { name: 'Create wallet' }).click();
  const add = await openWalletAction(page, 'Add money');
  await add.getByLabel('Amount to add (USD)').fill('200');
  await add.getByRole('button', { name: 'Add money' }).click();
  await expect(page.getByTestId('balance')).toHaveText('$200.00');
  const receive = await openWalletAction(page, 'Receive');
  payerWalletId = ((await receive.getByTestId('receive-id').textContent()) ?? '').trim();
  await receive.getByRole('button', { name: 'Done' }).click();

  await openWalletAction(page, 'Send');
  const send = page.getByRole('form', { name: 'Send money' });
  await send.getByLabel('To', { exact: true }).selectOption({ label: "Someone else's wallet…" });
  await send.getByLabel('Amount to send (USD)').fill('75');
  await send.getByLabel('Their wallet ID').fill(payeeWalletId);
  await send.getByRole('button', { name: 'Review and send' }).click();
  await page.getByRole('button', { name: 'Yes, send $75.00' }).click();
  await expect(page.getByText('$75.00 is held for review')).toBeVisible();
  // Set aside, not gone: the balance is whole, the available part is lower.
  await expect(page.getByTestId('balance')).toHaveText('$200.00');
  await expect(page.getByTestId('available-balance')).toContainText('$125.00 available');
  await expect(page.getByTestId('held-transfers')).toContainText('Pending review');

  await openConsoleSection(financePage, 'Review queue');
  await expect(financePage.getByRole('heading', { name: 'Held transfers' })).toBeVisible();
  const held = financePage.getByTestId('review').filter({ hasText: PAYER });
  await expect(held).toContainText('$75.00');
  await expect(held).toContainText(payeeWalletId);
  await expectNoAxeViolations(financePage);
  await held.getByRole('button', { name: 'Release' }).click();
  await expect(held).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId('balance')).toHaveText('$125.00');
  await expect(page.getByTestId('held-transfers')).toHaveCount(0);
  await expect(
    page
      .getByRole('list', { name: 'History of Main' })
      .getByTestId('history-row')
      // The payee chose no display name: their wallet is named by the start of its id.
      .filter({ hasText: `To Wallet ${payeeWalletId.slice(0, 4)}…` }),
  ).toContainText('−$75.00');
});

test('finance proposes a credit, cannot approve it; an admin does, and the payer gets exactly it', async () => {
  await openConsoleSection(financePage, 'Adjustments');
  const form = financePage.getByRole('form', { name: 'Propose an adjustment' });
  await form.getByLabel('Wallet ID').fill(payerWalletId);
  // The wallet's currency, once the form has looked the wallet up, names the amount's field.
  await form.getByLabel('Amount (USD)').fill('12.34');
  await form.getByLabel('Direction').selectOption('CREDIT');
  await form.getByLabel('Reason', { exact: true }).fill(ADJUSTMENT_REASON);
  await form.getByRole('button', { name: 'Propose' }).click();
  const proposed = financePage.getByTestId('adjustment-row').filter({ hasText: ADJUSTMENT_REASON });
  await expect(proposed).toContainText('+$12.34');
  await expect(proposed).toContainText(`Proposed by ${FINANCE}`);
  // Finance is offered no Approve, and the API refuses it too: only another admin approves.
  await expect(proposed.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  const list = await api(financePage, 'GET', '/ops/adjustments?status=PROPOSED');
  const { data } = (await list.json()) as { data: { id: string; reason: string }[] };
  const adjustmentId = data.find((a) => a.reason === ADJUSTMENT_REASON)?.id ?? '';
  expect(adjustmentId).not.toBe('');
  const refused = await api(financePage, 'POST', `/ops/adjustments/${adjustmentId}/approve`);
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN' });
  await expect(payerPage.getByTestId('balance')).toHaveText('$125.00');

  await openConsoleSection(adminPage, 'Adjustments');
  const waiting = adminPage.getByTestId('adjustment-row').filter({ hasText: ADJUSTMENT_REASON });
  await expect(waiting.getByRole('button', { name: 'Approve' })).toBeVisible();
  await expectNoAxeViolations(adminPage);
  await waiting.getByRole('button', { name: 'Approve' }).click();
  await expect(waiting).toHaveCount(0);
  await adminPage.getByRole('button', { name: 'Approved' }).click();
  await expect(adminPage.getByTestId('adjustment-row').filter({ hasText: ADJUSTMENT_REASON })).toContainText(
    `approved by ${ADMIN}`,
  );

  await payerPage.reload();
  await expect(payerPage.getByTestId('balance')).toHaveText('$137.34');
});

test('the audit trail shows the adjustment proposed and approved, and the books balance', async () => {
  const page = adminPage;
  await openConsoleSection(page, 'Audit trail');
  await page.getByLabel('Action', { exact: true }).fill('adjustment.');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/action=adjustment\./);
  // Newest first.
  const entries = page.getByTestId('audit-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('adjustment.approved');
  await expect(entries.first()).toContainText(`by ${ADMIN} (admin)`);
  await expect(entries.nth(1)).toContainText('adjustment.proposed');
  await expect(entries.nth(1)).toContainText(`by ${FINANCE} (finance)`);

  await openConsoleSection(page, 'Console');
  const card = page.getByTestId('books-check');
  await card.getByRole('button', { name: 'Check now' }).click();
  await expect(card.getByTestId('books-status')).toHaveText('Books balanced, checked just now');
});
