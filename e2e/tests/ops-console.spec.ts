import { readFile } from 'node:fs/promises';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';
import { opsGrant, PASSWORD, signUpInBrowser, totpCode, turnOnTwoFactor } from '../session';

// The operator console: hidden from a plain user; an admin (made by `pnpm ops:grant`, as the first one is)
// finds a user, grants a role, sees it in the audit trail, exports the trail and checks the books.
test.describe.configure({ mode: 'serial' });

const STAMP = Date.now();
const PLAIN = `plain-${STAMP}@example.com`;
const ADMIN = `admin-${STAMP}@example.com`;

let adminPage: Page;
let plainSecret = '';

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Both themes pass WCAG AA as the page is now; the page is left in light mode. */
async function expectAccessibleInBothThemes(page: Page) {
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Switch to light mode' }).click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
}

test('a plain user sees no Operations link, and /ops is the not-found card', async ({ browser }) => {
  const page = await newPage(browser);
  await signUpInBrowser(page, PLAIN);
  const nav = page.getByRole('navigation', { name: 'Pages' });
  await expect(nav.getByRole('link', { name: 'API keys' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Operations' })).toHaveCount(0);
  await page.goto('/ops');
  await expect(page.getByRole('heading', { name: 'No such page' })).toBeVisible();
  await page.goto('/ops/audit');
  await expect(page.getByRole('heading', { name: 'No such page' })).toBeVisible();
  // Only an account with two-factor sign-in may be given a staff role (the next test gives one).
  plainSecret = await turnOnTwoFactor(page);
  await page.context().close();
});

test('an admin made by pnpm ops:grant opens the console', async ({ browser }) => {
  adminPage = await newPage(browser);
  await signUpInBrowser(adminPage, ADMIN);
  // Staff sign in with two-factor: the command refuses an account without it, and says what to do.
  expect(() => opsGrant(ADMIN, 'admin')).toThrow(/has not turned on two-factor sign-in/);
  await turnOnTwoFactor(adminPage);
  expect(opsGrant(ADMIN, 'admin')).toContain(`${ADMIN} is now admin`);
  await adminPage.reload();
  await adminPage
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Operations' })
    .click();
  await expect(adminPage).toHaveURL(/\/ops$/);
  await expect(adminPage.getByRole('heading', { name: 'Operations', level: 1 })).toBeVisible();
  await expect(adminPage.getByTestId('books-check')).toBeVisible();
  await expectAccessibleInBothThemes(adminPage);
});

test('finds a user by email, opens their page and grants them support', async () => {
  const page = adminPage;
  await page.getByLabel('Email, id or reference').fill(PLAIN.slice(0, 12));
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/ops\?q=/);
  await page.getByRole('list', { name: 'Users found' }).getByRole('link', { name: PLAIN }).click();
  await expect(page.getByRole('heading', { name: PLAIN })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Security history' })).toBeVisible();
  await expectAccessibleInBothThemes(page);

  await page.getByLabel('Role', { exact: true }).selectOption('support');
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain(`Make ${PLAIN} support?`);
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Change role' }).click();
  await expect(page.getByText(`${PLAIN} is now support`)).toBeVisible();
  await expect(page.getByTestId('role-badge')).toHaveText('Support');
});

test('sees the role change in the audit trail, and exports it as JSON lines', async () => {
  const page = adminPage;
  await page
    .getByRole('navigation', { name: 'Console sections' })
    .getByRole('link', { name: 'Audit trail' })
    .click();
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  await page.getByLabel('Action', { exact: true }).fill('role.');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/action=role\./);
  const entries = page.getByTestId('audit-entry');
  // Newest first: the grant in the console; the one by pnpm ops:grant is further down (other specs on
  // this run's database grant roles too, so the list holds more than this spec's two).
  const grant = entries.first();
  await expect(grant).toContainText('role.granted');
  await expect(grant).toContainText(`by ${ADMIN} (admin)`);
  await expect(entries.filter({ hasText: 'by pnpm ops:grant' }).first()).toBeVisible();
  await grant.getByText('role.granted').click();
  await expect(grant.getByText('"role": "support"')).toBeVisible();
  await expect(grant.getByText('"role": "user"')).toBeVisible();
  await expectAccessibleInBothThemes(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export JSON lines' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('audit-trail.jsonl');
  const file = await download.path();
  const lines = (await readFile(file, 'utf8')).trim().split('\n');
  const rows = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  // Oldest first, only what the filter matches, each with its hash: the console's grant is the newest.
  for (const row of rows) expect(String(row.action)).toMatch(/^role\./);
  const adminMe = (await (await page.request.get('/api/v1/auth/me')).json()) as { user: { id: string } };
  expect(rows).toContainEqual(
    expect.objectContaining({
      actorLabel: expect.stringContaining('pnpm ops:grant'),
      subjectId: adminMe.user.id,
      after: { role: 'admin' },
    }),
  );
  const newest = rows[rows.length - 1];
  expect(newest).toMatchObject({ actorEmail: ADMIN, actorRole: 'admin', after: { role: 'support' } });
  expect(newest?.hash).toMatch(/^[0-9a-f]{64}$/);
});

test('sees the books check and runs one now', async () => {
  const page = adminPage;
  await page
    .getByRole('navigation', { name: 'Console sections' })
    .getByRole('link', { name: 'Console' })
    .click();
  const card = page.getByTestId('books-check');
  await card.getByRole('button', { name: 'Check now' }).click();
  await expect(page.getByText(/^The books balance \(\d+ new ledger rows? checked\)$/)).toBeVisible();
  await expect(card.getByTestId('books-status')).toHaveText('Books balanced, checked just now');
  await expectAccessibleInBothThemes(page);

  await page.goto('/ops/audit?action=books.checked');
  await expect(page.getByTestId('audit-entry').first()).toContainText(`books.checked`);
});

test("opens any wallet and its entries by id, and the user's own history shows staff opening their account", async ({
  browser,
}) => {
  const page = adminPage;
  const csrf = (await page.context().cookies()).find((c) => c.name === 'wallet_csrf')?.value ?? '';
  const post = async (url: string, data: unknown) => {
    const response = await page.context().request.post(`/api/v1${url}`, {
      data,
      headers: { 'X-CSRF-Token': csrf, 'Idempotency-Key': crypto.randomUUID() },
    });
    expect(response.status()).toBe(201);
    return (await response.json()) as { id: string };
  };
  const wallet = await post('/wallets', { currency: 'EUR', name: 'Float' });
  await post(`/wallets/${wallet.id}/fund`, { amount: '25.50', reference: `ops-e2e-${STAMP}` });

  await page.goto(`/ops?q=${wallet.id}`);
  await page.getByRole('link', { name: 'Float (EUR)' }).click();
  await expect(page.getByTestId('ops-wallet-balance')).toHaveText('€25.50');
  await expectAccessibleInBothThemes(page);
  await page.getByRole('link', { name: 'Funding' }).click();
  await expect(page.getByRole('heading', { name: 'Funding of €25.50' })).toBeVisible();
  await expectAccessibleInBothThemes(page);

  await page.goto(`/ops?q=ops-e2e-${STAMP}`);
  await expect(page.getByRole('list', { name: 'Transactions found' }).getByRole('listitem')).toHaveCount(1);

  // The person whose page the admin opened sees it in their own security history (staff unnamed).
  const plain = await (await browser.newContext()).newPage();
  await plain.goto('/login');
  await plain.getByLabel('Email').fill(PLAIN);
  await plain.getByLabel('Password').fill(PASSWORD);
  await plain.getByRole('button', { name: 'Log in' }).click();
  // The code of the next step: the current one was spent turning two-factor on.
  await plain.getByLabel('Two-factor code').fill(totpCode(plainSecret, 1));
  await plain.getByRole('button', { name: 'Log in' }).click();
  await expect(plain.getByRole('heading', { name: 'Create your first wallet' })).toBeVisible();
  await plain.goto('/settings');
  const history = plain.getByTestId('security-history');
  await expect(history.getByText('Staff opened your account')).toBeVisible();
  await expect(history.getByText('Given a staff role')).toBeVisible();
  await expect(history).not.toContainText(ADMIN);
  await expectAccessibleInBothThemes(plain);
});
