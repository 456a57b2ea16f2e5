import { TransactionsRepository } from '../../src/transactions/transactions.repository';
import type { TestApp } from '../support/app';
import { expectProblem } from '../support/problems';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';
import { newWallet } from '../support/wallets';

/**
 * Display names over real HTTP: setting one (session only), reading it back, and the counterparty of a
 * transfer named by it on both sides, never by an email; one's own other wallet by its name.
 */
const testApp = useTestApp();
let t: TestApp;
let bob: TestUser;
beforeAll(async () => {
  t = testApp();
  bob = await t.newUser();
});

const setName = (user: TestUser, displayName: unknown) =>
  user.browser.patch('/api/v1/auth/me').send({ displayName });

describe('setting a display name', () => {
  it('trims it, shows it in /auth/me, and removes it with null', async () => {
    const set = await setName(t.user, '  Ada Lovelace ');
    expect(set.status).toBe(200);
    expect(set.body.user).toMatchObject({ id: t.user.id, displayName: 'Ada Lovelace' });
    expect((await t.http.get('/api/v1/auth/me')).body.user.displayName).toBe('Ada Lovelace');

    const removed = await setName(t.user, null);
    expect(removed.status).toBe(200);
    expect(removed.body.user.displayName).toBeNull();
    expect((await t.user.browser.get('/api/v1/auth/me')).body.user.displayName).toBeNull();
  });

  it.each([
    ['empty after trimming', '   '],
    ['longer than 60 characters', 'x'.repeat(61)],
    ['a control character', 'Ada\u0007'],
    ['a newline', 'Ada\nLovelace'],
    ['not a string', 42],
    ['missing', undefined],
  ])('refuses %s with 400 and changes nothing', async (_what, displayName) => {
    await setName(t.user, 'Kept');
    const res = await t.user.browser
      .patch('/api/v1/auth/me')
      .send(displayName === undefined ? {} : { displayName });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors[0].field).toBe('displayName');
    expect((await t.http.get('/api/v1/auth/me')).body.user.displayName).toBe('Kept');
  });

  it('accepts 60 characters of any script, and refuses unknown fields', async () => {
    const long = 'é'.repeat(60);
    expect((await setName(t.user, long)).body.user.displayName).toBe(long);
    const extra = await t.user.browser.patch('/api/v1/auth/me').send({ displayName: 'Ada', email: 'x@y.io' });
    expectProblem(extra, 400, 'VALIDATION_FAILED');
  });

  it('is for a signed-in browser only (an API key is 403)', async () => {
    expectProblem(await t.http.patch('/api/v1/auth/me').send({ displayName: 'Key' }), 403, 'FORBIDDEN');
    expectProblem(
      await t.anonymous.patch('/api/v1/auth/me').send({ displayName: 'X' }),
      401,
      'UNAUTHENTICATED',
    );
  });
});

describe('naming the counterparty', () => {
  it('names the other user by display name on both sides, and one’s own wallet by its name', async () => {
    await setName(t.user, 'Ada');
    await setName(bob, null);
    const ada = await newWallet(t, 'USD', 100);
    const adaSavings = (await t.http.post('/api/v1/wallets').send({ name: "Ada's savings" })).body
      .id as string;
    const bobWallet = (await bob.api.post('/api/v1/wallets').send({})).body.id as string;

    const toOwn = await t.http
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: ada.id, destinationWalletId: adaSavings, amount: 10 });
    expect(toOwn.status).toBe(201);
    const toBob = await t.http
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: ada.id, destinationWalletId: bobWallet, amount: 5 });
    expect(toBob.status).toBe(201);

    // Ada's history: newest first (to Bob, to her savings, the funding).
    const history = (await t.http.get(`/api/v1/wallets/${ada.id}/transactions`)).body.data;
    expect(history.map((row: { counterparty: unknown }) => row.counterparty)).toEqual([
      { walletId: bobWallet, name: null, ownWallet: false },
      { walletId: adaSavings, name: "Ada's savings", ownWallet: true },
      null,
    ]);
    // Bob has no display name yet: nobody sees his email instead.
    expect(JSON.stringify(history)).not.toContain(bob.email);

    await setName(bob, 'Bob');
    const outToBob = (await t.http.get(`/api/v1/transactions/${history[0].id}`)).body;
    expect(outToBob.counterparty).toEqual({ walletId: bobWallet, name: 'Bob', ownWallet: false });

    // Bob's side: the payer's wallet id stays hidden; her display name is shown.
    const bobSide = (await bob.api.get(`/api/v1/wallets/${bobWallet}`)).body.transactions;
    expect(bobSide).toHaveLength(1);
    expect(bobSide[0]).toMatchObject({ type: 'TRANSFER_IN', sourceWalletId: null });
    expect(bobSide[0].counterparty).toEqual({ walletId: null, name: 'Ada', ownWallet: false });
    expect(JSON.stringify(bobSide)).not.toContain(t.user.email);

    // The savings wallet's side names the sending wallet by its name (it is Ada's own).
    const savings = (await t.http.get(`/api/v1/wallets/${adaSavings}/transactions`)).body.data;
    expect(savings[0].counterparty).toEqual({ walletId: ada.id, name: ada.name, ownWallet: true });
  });

  it('names a whole page with one counterparty query (no query per row)', async () => {
    const source = await newWallet(t, 'USD', 1000);
    const others = await Promise.all(
      Array.from(
        { length: 5 },
        async () => (await bob.api.post('/api/v1/wallets').send({})).body.id as string,
      ),
    );
    for (const destinationWalletId of others) {
      const sent = await t.http
        .post('/api/v1/wallets/transfer')
        .send({ sourceWalletId: source.id, destinationWalletId, amount: 1 });
      expect(sent.status).toBe(201);
    }
    const lookups = jest.spyOn(t.app.get(TransactionsRepository), 'counterpartyWallets');
    try {
      const page = (await t.http.get(`/api/v1/wallets/${source.id}/transactions`)).body.data;
      expect(page.filter((row: { counterparty: unknown }) => row.counterparty !== null)).toHaveLength(5);
      // One joined lookup of the page's counterparties, whatever their number.
      expect(lookups).toHaveBeenCalledTimes(1);
      expect(lookups.mock.calls[0]?.[1]).toHaveLength(5);
    } finally {
      lookups.mockRestore();
    }
  });
});
