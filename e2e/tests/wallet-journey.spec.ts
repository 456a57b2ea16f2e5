import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';
import { openSignUp, openWalletAction, PASSWORD, toastsGone } from '../session';

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
  /** The payment link of Ada's request to Bob, once she has made it. */
  requestLink: string;
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

/** Opens an action under the bar's "More" menu (Hold money, Schedule, Balance alert); answers its dialog. */
async function openMoreAction(page: Page, label: string) {
  await bar(page).getByRole('button', { name: 'More', exact: true }).click();
  return openWalletAction(page, label);
}

/** A day `days` from today, as a date field takes it (the browser runs in UTC, as this does). */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

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
  if (!first) {
    // On a phone the list (and its button) comes after the wallet, at the foot of the page.
    await toastsGone(page);
    await page.getByRole('button', { name: 'New wallet' }).click();
  }
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
    name: "request money from Bob's wallet, and get its link",
    run: async (j) => {
      const request = await openWalletAction(j.page, 'Request');
      await request.getByLabel('Amount (USD)').fill('4.50');
      await request.getByLabel('What it is for (optional)').fill('Coffee');
      await request.getByLabel('Ask a wallet (optional)').fill(j.bobWalletId);
      await request.getByRole('button', { name: 'Make request' }).click();
      const share = request.getByTestId('request-share');
      await expect(share).toContainText('You asked for $4.50 for “Coffee”');
      const link = share.getByRole('status', { name: 'Payment link' });
      await expect(link).toHaveText(/\/pay\/[0-9a-f-]{36}$/);
      j.requestLink = (await link.textContent()) ?? '';
      // WCAG AA with a new dialog open: the link and its QR code (a sheet on a phone).
      await expectNoHorizontalScroll(j.page);
      await expectNoAxeViolations(j.page);
      await share.getByRole('button', { name: 'Done' }).click();
      await expect(request).toBeHidden();
      const asked = j.page.getByRole('region', { name: 'Requests', exact: true });
      await expect(asked.getByRole('region', { name: 'Your open requests' })).toContainText('$4.50');
    },
  },
  {
    name: 'Bob pays the request with one tap; Ada sees it paid, live',
    run: async (j) => {
      await j.bob.goto(`/wallets/${j.bobWalletId}`);
      const toPay = j.bob.getByRole('region', { name: 'Requests to pay' });
      await expect(toPay).toContainText('Ada asks · Coffee');
      await toPay.getByRole('button', { name: 'Pay Ada' }).click();
      await expect(j.bob.getByTestId('balance')).toHaveText('$1.50');
      await expect(j.bob.getByRole('region', { name: 'Requests', exact: true })).toBeHidden();

      // Ada's page, untouched: the live stream brings the news, the money and the request's end.
      await expect(j.page.getByText('Bob paid your request for $4.50')).toBeVisible();
      await expect(balance(j.page)).toHaveText('$73.75');
      await expect(j.page.getByRole('region', { name: 'Requests', exact: true })).toBeHidden();
      const first = j.page.getByRole('list', { name: 'History of Main' }).getByTestId('history-row').first();
      await expect(first).toContainText('From Bob');
      await expect(first).toContainText('+$4.50');
      // Its link says the same: paid, and by whom.
      await j.page.goto(j.requestLink);
      const card = j.page.getByTestId('pay-request');
      await expect(card).toContainText('Your request');
      await expect(card.getByRole('status')).toHaveText('Paid');
      await expect(card).toContainText(/Paid by\s*Bob/);
      await expectNoHorizontalScroll(j.page);
      await j.page.goBack();
      await expect(balance(j.page)).toHaveText('$73.75');
    },
  },
  {
    name: 'hold money twice, then pay part of one hold to Bob; the rest is released',
    run: async (j) => {
      const held = j.page.getByRole('region', { name: 'Held money' });
      const hold = async (amount: string, description: string) => {
        await toastsGone(j.page);
        const dialog = await openMoreAction(j.page, 'Hold money');
        await dialog.getByLabel('Amount to hold (USD)').fill(amount);
        await dialog.getByLabel('Description (optional)').fill(description);
        await dialog.getByRole('button', { name: 'Hold money' }).click();
        await expect(dialog).toBeHidden();
      };
      await hold('10', 'Bike rental');
      await expect(held.getByTestId('holds-summary')).toHaveText('$63.75 available · $10.00 held');
      await hold('40', 'Hotel deposit');
      await expect(held.getByTestId('holds-summary')).toHaveText('$23.75 available · $50.00 held');
      // The balance is all of it; what is held is said under it.
      await expect(balance(j.page)).toHaveText('$73.75');
      await expect(j.page.getByTestId('available-balance')).toHaveText('$23.75 available · $50.00 pending');
      await expectNoHorizontalScroll(j.page);

      await toastsGone(j.page);
      await held.getByRole('button', { name: 'Pay $40.00 held' }).click();
      const pay = held.getByRole('form', { name: 'Pay $40.00 held' });
      await pay.getByLabel('Pay to').selectOption({ label: 'Another wallet, by its id' });
      await pay.getByLabel('Wallet id').fill(j.bobWalletId);
      await pay.getByLabel('Amount (USD, optional: all of it if empty)').fill('30');
      await pay.getByRole('button', { name: 'Pay', exact: true }).click();
      await expect(j.page.getByText('Paid $30.00; $10.00 released')).toBeVisible();
      await expect(held.getByTestId('holds-summary')).toHaveText('$33.75 available · $10.00 held');
      await expect(held).not.toContainText('Hotel deposit');
      await expect(balance(j.page)).toHaveText('$43.75');
      const first = j.page.getByRole('list', { name: 'History of Main' }).getByTestId('history-row').first();
      await expect(first).toContainText('To Bob');
      await expect(first).toContainText('−$30.00');
      // Bob's open page: the money arrived.
      await expect(j.bob.getByTestId('balance')).toHaveText('$31.50');
    },
  },
  {
    name: 'schedule a weekly transfer; it is coming up; pause and resume it',
    run: async (j) => {
      await toastsGone(j.page);
      const schedule = await openMoreAction(j.page, 'Schedule');
      await schedule.getByLabel('To', { exact: true }).selectOption({ label: 'Savings' });
      await schedule.getByLabel('Amount (USD)').fill('5');
      // A week from now: far from midnight, whatever the hour the journey runs at.
      await schedule.getByLabel('First on').fill(dayFromNow(7));
      await schedule.getByLabel('Repeat').selectOption({ label: 'Every week' });
      await schedule.getByLabel('Ends').selectOption({ label: 'When I cancel it' });
      await schedule.getByLabel('Description (optional)').fill('Savings top-up');
      await expectNoAxeViolations(j.page);
      await expectNoHorizontalScroll(j.page);
      await schedule.getByRole('button', { name: 'Schedule', exact: true }).click();
      await expect(schedule).toBeHidden();

      const comingUp = j.page.getByRole('region', { name: 'Coming up' });
      await expect(comingUp).toContainText('$5.00 To Savings');
      await expect(comingUp).toContainText('Every week on');
      await expect(comingUp).toContainText('Savings top-up');
      // Nothing ran yet: the money stays.
      await expect(balance(j.page)).toHaveText('$43.75');
      await toastsGone(j.page);
      await comingUp.getByRole('button', { name: 'Pause $5.00 To Savings' }).click();
      await expect(comingUp).toContainText('Paused');
      await expect(comingUp).toContainText('Was next');
      await toastsGone(j.page);
      await comingUp.getByRole('button', { name: 'Resume $5.00 To Savings' }).click();
      await expect(comingUp).not.toContainText('Paused');
      await expect(comingUp.getByRole('button', { name: 'Pause $5.00 To Savings' })).toBeVisible();
      await expectNoHorizontalScroll(j.page);
    },
  },
  {
    name: 'the whole page passes WCAG AA, the actions in reach',
    run: async (j) => {
      // The activity grouped by day: 'Today', or 'Yesterday' for a journey that ran across midnight (UTC).
      await expect(j.page.getByRole('heading', { name: /^(Today|Yesterday)$/ }).first()).toBeVisible();
      await expectNoHorizontalScroll(j.page);
      await expectNoAxeViolations(j.page);
      // Scrolled to the end, the actions are still on screen (pinned on a phone; at the top otherwise).
      await j.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const button = bar(j.page).getByRole('button', { name: 'Send', exact: true });
      if ((j.page.viewportSize()?.width ?? 0) < 640) await expect(button).toBeInViewport();
      else await expect(button).toBeVisible();
      await j.page.evaluate(() => window.scrollTo(0, 0));
      // The pictures show the page, not the last confirmation.
      await toastsGone(j.page);
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
      const journey: Journey = { page, bob, bobWalletId, requestLink: '', stamp, theme };
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
