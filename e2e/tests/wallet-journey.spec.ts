import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';
import { openSignUp, openWalletAction, PASSWORD } from '../session';

/**
 * The wallet journey a new person takes, at a desktop and a phone width, in both themes: sign up, choose
 * a display name, create wallets, add money, send to one's own wallet and to someone else's (whose
 * display name then shows on both sides). Every step keeps the page free of horizontal scroll; the axe
 * scan runs on the page and with a dialog open.
 *
 * The journey is a list of STEPS, each a named function of the shared `Journey`: a later feature (a
 * payment request, a hold, a schedule) adds its step to the list.
 */

interface Journey {
  /** Ada: the person on the journey. */
  page: Page;
  /** Bob: someone Ada pays, in his own browser. */
  bob: Page;
  /** Bob's wallet id, once he has shared it. */
  bobWalletId: string;
  stamp: string;
  theme: 'light' | 'dark';
}

type Step = { name: string; run: (j: Journey) => Promise<void> };

const VIEWPORTS = [
  { label: 'desktop', width: 1280, height: 900 },
  { label: 'phone', width: 375, height: 812 },
] as const;
const THEMES = ['light', 'dark'] as const;

const SCREENSHOTS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'docs',
  'screenshots',
);

/** The wallet page's pictures in docs/ (wallet-1280-light.png ...), refreshed on request (UPDATE_SCREENSHOTS=1). */
async function picture(page: Page, name: string) {
  // A phone's picture is its screen: a full-page one would draw the pinned action bar mid-page.
  const phone = (page.viewportSize()?.width ?? 0) < 640;
  if (process.env.UPDATE_SCREENSHOTS)
    await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: !phone });
}

const balance = (page: Page) => page.getByTestId('balance');
const bar = (page: Page) => page.getByRole('navigation', { name: 'Wallet actions' });

/** No horizontal scroll: the page is never wider than the screen. */
async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function signUp(page: Page, email: string) {
  await page.goto('/');
  await openSignUp(page);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Create your first wallet' })).toBeVisible();
}

async function setDisplayName(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Settings' }).click();
  const form = page.getByRole('form', { name: 'Display name' });
  await form.getByLabel('Display name').fill(name);
  await form.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText(`People you pay now see “${name}”`)).toBeVisible();
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Wallets' }).click();
}

async function createWallet(page: Page, name: string, first: boolean) {
  if (!first) await page.getByRole('button', { name: 'New wallet' }).click();
  await page.getByLabel('Name (optional)').fill(name);
  await page.getByRole('button', { name: 'Create wallet' }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

async function openWallet(page: Page, name: string) {
  await page
    .getByRole('list', { name: 'Your wallets' })
    .getByRole('link', { name: new RegExp(name) })
    .click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

const STEPS: Step[] = [
  {
    name: 'sign up and choose a display name',
    run: async (j) => {
      await signUp(j.page, `ada-${j.stamp}@example.com`);
      await expectNoHorizontalScroll(j.page);
      await setDisplayName(j.page, 'Ada');
    },
  },
  {
    name: 'create two wallets',
    run: async (j) => {
      await createWallet(j.page, 'Main', true);
      await expect(balance(j.page)).toHaveText('$0.00');
      // The page leads with the money: no form is open before an action is chosen.
      await expect(j.page.getByRole('form', { name: 'Add money' })).toHaveCount(0);
      await expect(j.page.getByRole('form', { name: 'Send money' })).toHaveCount(0);
      await createWallet(j.page, 'Savings', false);
      await openWallet(j.page, 'Main');
      await expectNoHorizontalScroll(j.page);
    },
  },
  {
    name: 'add money from its dialog',
    run: async (j) => {
      const add = await openWalletAction(j.page, 'Add money');
      await expectNoAxeViolations(j.page);
      await expectNoHorizontalScroll(j.page);
      await add.getByLabel('Amount to add (USD)').fill('100.50');
      await add.getByRole('button', { name: 'Add money' }).click();
      await expect(balance(j.page)).toHaveText('$100.50');
      await expect(add).toBeHidden();
      await expect(j.page).not.toHaveURL(/action=/);
    },
  },
  {
    name: 'send to my own wallet',
    run: async (j) => {
      const send = await openWalletAction(j.page, 'Send');
      await send.getByLabel('Amount to send (USD)').fill('25.25');
      await send.getByRole('button', { name: 'Send to Savings' }).click();
      await expect(balance(j.page)).toHaveText('$75.25');
      const first = j.page.getByRole('list', { name: 'History of Main' }).getByTestId('history-row').first();
      await expect(first).toContainText('To Savings');
      await expect(first).toContainText('−$25.25');
    },
  },
  {
    name: "send to someone else's wallet, named by their display name on both sides",
    run: async (j) => {
      // Bob gives Ada his wallet's id (the Receive dialog, opened from a link).
      await j.bob.goto(`/wallets/${j.bobWalletId}?action=receive`);
      await expect(j.bob.getByRole('dialog', { name: 'Receive' }).getByTestId('receive-id')).toHaveText(
        j.bobWalletId,
      );
      const send = await openWalletAction(j.page, 'Send');
      await send.getByLabel('To', { exact: true }).selectOption({ label: "Someone else's wallet…" });
      await send.getByLabel('Amount to send (USD)').fill('6');
      await send.getByLabel('Their wallet ID').fill(j.bobWalletId);
      await send.getByRole('button', { name: 'Review and send' }).click();
      await send.getByRole('button', { name: 'Yes, send $6.00' }).click();
      await expect(balance(j.page)).toHaveText('$69.25');
      const mine = j.page.getByRole('list', { name: 'History of Main' }).getByTestId('history-row').first();
      await expect(mine).toContainText('To Bob');

      await j.bob.goto(`/wallets/${j.bobWalletId}`);
      await expect(j.bob.getByTestId('balance')).toHaveText('$6.00');
      const theirs = j.bob
        .getByRole('list', { name: 'History of Bob main' })
        .getByTestId('history-row')
        .first();
      await expect(theirs).toContainText('From Ada');
      await expect(theirs).toContainText('+$6.00');
      await expect(theirs).not.toContainText('@example.com');
    },
  },
  {
    name: 'the whole page passes WCAG AA, the actions in reach',
    run: async (j) => {
      await expect(j.page.getByRole('heading', { name: 'Today' }).first()).toBeVisible();
      await expectNoHorizontalScroll(j.page);
      await expectNoAxeViolations(j.page);
      // Scrolled to the end, the actions are still on screen (pinned on a phone; at the top otherwise).
      await j.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const button = bar(j.page).getByRole('button', { name: 'Send', exact: true });
      if ((j.page.viewportSize()?.width ?? 0) < 640) await expect(button).toBeInViewport();
      else await expect(button).toBeVisible();
      await j.page.evaluate(() => window.scrollTo(0, 0));
      await picture(j.page, `wallet-${j.page.viewportSize()?.width}-${j.theme}.png`);
      // And with the Send dialog open (a sheet on a phone).
      await openWalletAction(j.page, 'Send');
      await picture(j.page, `wallet-send-${j.page.viewportSize()?.width}-${j.theme}.png`);
      await j.page.getByRole('dialog', { name: 'Send' }).getByRole('button', { name: 'Close' }).click();
    },
  },
];

async function newPerson(browser: Browser, viewport: { width: number; height: number }, theme: string) {
  const context = await browser.newContext({ viewport, colorScheme: theme as 'light' | 'dark' });
  return context.newPage();
}

for (const viewport of VIEWPORTS) {
  for (const theme of THEMES) {
    test(`the wallet journey at ${viewport.width} px in ${theme} mode`, async ({ browser }) => {
      test.setTimeout(180_000);
      const stamp = `${viewport.label}-${theme}-${Date.now()}`;
      const page = await newPerson(browser, viewport, theme);
      const bob = await newPerson(browser, viewport, theme);
      // Bob: signed up, named, with one wallet.
      await signUp(bob, `bob-${stamp}@example.com`);
      await setDisplayName(bob, 'Bob');
      await createWallet(bob, 'Bob main', true);
      const bobWalletId = new URL(bob.url()).pathname.split('/')[2] ?? '';
      const journey: Journey = { page, bob, bobWalletId, stamp, theme };
      for (const step of STEPS) {
        await test.step(step.name, async () => {
          await step.run(journey);
          await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
        });
      }
      await page.context().close();
      await bob.context().close();
    });
  }
}
