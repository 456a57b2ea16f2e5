import { randomUUID } from 'node:crypto';
import { getCurrency, toMinorUnits } from '@wallet/money';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../support/app';
import { expectLedgerConsistent } from '../support/ledger';
import type { TestUser } from '../support/users';
import { newWallet, type WalletBody } from '../support/wallets';

/**
 * Thousands of generated requests against the real API over HTTP, as a real user with funded wallets:
 * odd amounts, huge numbers, prototype keys, wrong types, unicode, broken JSON, odd headers, paths and
 * ids. Whatever comes in: never a 5xx, every 4xx is problem+json, and money moves only through requests
 * that answered 2xx (every new ledger entry that moved money belongs to one of them). FUZZ_SEED replays
 * a run; the seed is in every failure message.
 */
const RUNS = 2_500;
const IN_FLIGHT = 6;
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

let t: TestApp;
let other: TestUser;
let mine: WalletBody[];
let theirs: WalletBody;
beforeAll(async () => {
  t = await startTestApp();
  other = await t.newUser();
  mine = [
    await newWallet(t, 'USD', '1000'),
    await newWallet(t, 'USD', '500.50'),
    await newWallet(t, 'JPY', 100_000),
    await newWallet(t, 'KWD', '50.125'),
  ];
  const created = await t.asUser(other).post('/api/v1/wallets').send({ currency: 'USD' });
  theirs = created.body;
  expect((await t.asUser(other).post(`/api/v1/wallets/${theirs.id}/fund`).send({ amount: 100 })).status).toBe(
    201,
  );
});
afterAll(async () => {
  await t?.close();
});

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
}

interface Answered extends Sent {
  status: number;
  contentType: string;
  text: string;
  replayed: boolean;
}

it(`answers ${RUNS} generated requests without a 5xx, with problem+json 4xx, moving money only on 2xx`, async () => {
  const before = await ledgerState();
  const requests = fc.sample(request(), { numRuns: RUNS, seed: SEED });
  const answers = await sendAll(requests);
  const where = `(FUZZ_SEED=${SEED})`;

  const serverErrors = answers.filter((a) => a.status >= 500);
  // The seed rides along in the compared value, so a failure names it.
  expect({ where, serverErrors: serverErrors.slice(0, 3).map(show) }).toEqual({ where, serverErrors: [] });
  const badClientErrors = answers.filter((a) => a.status >= 400 && a.status < 500 && !isProblem(a));
  expect({ where, badClientErrors: badClientErrors.slice(0, 3).map(show) }).toEqual({
    where,
    badClientErrors: [],
  });

  // Every money-moving ledger entry written during the run belongs to a request that answered 2xx.
  const succeeded = answers.filter((a) => a.status >= 200 && a.status < 300 && a.method === 'POST');
  const fundIds = new Set<string>();
  const transferIds = new Set<string>();
  const fundedMinor = new Map<string, bigint>();
  for (const answer of succeeded) {
    // A replay answers with the first request's entries: they are counted once, with that request.
    if (answer.replayed) continue;
    const body = JSON.parse(answer.text || '{}') as {
      transaction?: { id: string; amount: number; currency: string };
      transactions?: { transferId: string }[];
    };
    if (answer.path.endsWith('/fund') && body.transaction) {
      const { id, amount, currency } = body.transaction;
      fundIds.add(id);
      const minor = toMinorUnits(amount, getCurrency(currency));
      fundedMinor.set(currency, (fundedMinor.get(currency) ?? 0n) + minor);
    }
    for (const leg of body.transactions ?? []) transferIds.add(leg.transferId);
  }
  const after = await ledgerState();
  const moved = await t.db.query<{ id: string; type: string; transfer_id: string | null }>(
    "SELECT id, type, transfer_id FROM transactions WHERE seq > $1 AND status = 'SUCCESS'",
    [before.lastSeq],
  );
  const unexplained = moved.rows.filter((row) =>
    row.type === 'FUND' ? !fundIds.has(row.id) : !transferIds.has(row.transfer_id ?? ''),
  );
  expect({ where, movedWithout2xx: unexplained }).toEqual({ where, movedWithout2xx: [] });
  // And the totals: what there is now is what there was plus what the 2xx fundings added.
  for (const currency of new Set([...before.totals.keys(), ...after.totals.keys()])) {
    const expected = (before.totals.get(currency) ?? 0n) + (fundedMinor.get(currency) ?? 0n);
    expect({ currency, total: after.totals.get(currency) ?? 0n }).toEqual({ currency, total: expected });
  }
  await expectLedgerConsistent(t.db);

  // The run reached the code that moves money, not only the validation in front of it.
  expect(fundIds.size).toBeGreaterThan(0);
  expect(transferIds.size).toBeGreaterThan(0);
  expect(answers.filter((a) => a.status === 422).length).toBeGreaterThan(0);
  console.info(`fuzz ${where}: ${answers.length} requests, ${summary(answers)}`);
}, 120_000);

async function ledgerState(): Promise<{ lastSeq: string; totals: Map<string, bigint> }> {
  const seq = await t.db.query('SELECT COALESCE(MAX(seq), 0)::text AS s FROM transactions');
  const sums = await t.db.query<{ currency: string; total: string }>(
    'SELECT currency, SUM(balance_minor)::text AS total FROM wallets GROUP BY currency',
  );
  return {
    lastSeq: seq.rows[0].s,
    totals: new Map(sums.rows.map((row) => [row.currency, BigInt(row.total)])),
  };
}

/** Sends every request, IN_FLIGHT at a time (so duplicate keys and hot wallets meet). */
async function sendAll(requests: Sent[]): Promise<Answered[]> {
  const answers: Answered[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const sent = requests[next++] as Sent;
      answers.push(await send(sent));
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return answers;
}

async function send(sent: Sent): Promise<Answered> {
  const res = await fetch(`${t.baseUrl}${sent.path}`, {
    method: sent.method,
    headers: sent.headers,
    body: sent.method === 'GET' ? undefined : sent.body,
  });
  return {
    ...sent,
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    text: await res.text(),
    replayed: res.headers.get('idempotent-replayed') === 'true',
  };
}

function isProblem(answer: Answered): boolean {
  if (!answer.contentType.startsWith('application/problem+json')) return false;
  try {
    const body = JSON.parse(answer.text || '{}') as { status?: unknown; code?: unknown };
    return body.status === answer.status && typeof body.code === 'string';
  } catch {
    return false;
  }
}

function show(answer: Answered): string {
  const body = answer.body === undefined ? '' : ` ${answer.body.slice(0, 300)}`;
  return `${answer.status} ${answer.method} ${answer.path} ${JSON.stringify(answer.headers)}${body} -> ${answer.text.slice(0, 300)}`;
}

function summary(answers: Answered[]): string {
  const counts = new Map<number, number>();
  for (const a of answers) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');
}

// ---- what gets generated -------------------------------------------------------------------------

/** A wallet id: mine, another user's, unknown, or not an id at all. */
function walletId(): fc.Arbitrary<string> {
  return fc.oneof(
    // Mostly the two USD wallets, so transfers between them (and to the other user's) can succeed.
    { weight: 10, arbitrary: fc.constantFrom(...mine.slice(0, 2).map((w) => w.id)) },
    { weight: 3, arbitrary: fc.constantFrom(...mine.map((w) => w.id)) },
    { weight: 2, arbitrary: fc.constant(theirs.id) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom(...mine.map((w) => w.id.toUpperCase())) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constantFrom('', '1', '-1', 'null', 'undefined', '__proto__', 'constructor', '0x10', '1e3'),
        fc.constantFrom('00000000-0000-0000-0000-000000000000', `{${randomUUID()}}`, `${randomUUID()}x`),
        fc.constantFrom('💸', 'ñ', '\u202e', 'a'.repeat(300), '..', '%00', '%2e%2e', "' OR 1=1 --"),
        fc.string({ maxLength: 40 }),
      ),
    },
  );
}

/** An amount as the JSON text that carries it: numbers, decimal strings, and everything else. */
function amount(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: -5, max: 200 }).map(String) },
    { weight: 2, arbitrary: fc.stringMatching(/^\d{1,7}(\.\d{1,4})?$/).map((s) => JSON.stringify(s)) },
    {
      weight: 1,
      arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '1e400',
        '-1e400',
        '1e-400',
        '123456789012345678901234567890',
        '0.0000000000000000000001',
        '9007199254740993',
        '999999999999999.99',
        '1000000',
        '1000000.01',
        '100000000000',
        '-0',
        '0',
        '0.1',
        '1.005',
        '1e3',
        '1E2',
        '0.30000000000000004',
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          ' 10',
          '10 ',
          '10.00',
          '１０',
          '١٢',
          '1,000',
          '1_000',
          '0x10',
          'NaN',
          'Infinity',
          '',
          '.5',
          '5.',
        )
        .map((s) => JSON.stringify(s)),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('true', 'false', 'null', '[]', '{}', '[1]', '{"amount":1}', '"1"'),
    },
  );
}

/** A JSON value of any shape (small), as text. */
function anyJson(): fc.Arbitrary<string> {
  return fc.json({ maxDepth: 3 });
}

/** An object written as text, so keys may repeat and may be __proto__ or constructor for real. */
function object(fields: fc.Arbitrary<[string, string]>[]): fc.Arbitrary<string> {
  const key = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'),
    fc.constantFrom(
      'amount',
      'sourceWalletId',
      'destinationWalletId',
      'currency',
      'name',
      'Amount',
      'amount ',
    ),
    fc.string({ maxLength: 12 }),
  );
  const value = fc.oneof(
    amount(),
    anyJson(),
    walletId().map((id) => JSON.stringify(id)),
  );
  const extras = fc.array(
    fc.tuple(
      key,
      fc.oneof(
        value,
        value.map((v) => `{"amount":${v},"__proto__":{"amount":${v}}}`),
      ),
    ),
    { minLength: 1, maxLength: 3 },
  );
  // Usually none: a body with fields of its own is refused before it reaches the money code.
  const extra = fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: extras });
  return fc.tuple(fc.tuple(...fields), extra, fc.boolean()).map(([given, more, extraFirst]) => {
    const entries = extraFirst ? [...more, ...given] : [...given, ...more];
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
  });
}

const field = (name: string, value: fc.Arbitrary<string>): fc.Arbitrary<[string, string]> =>
  value.map((v) => [name, v] as [string, string]);

function body(kind: 'fund' | 'transfer' | 'wallet' | 'other'): fc.Arbitrary<string | undefined> {
  const structured = {
    fund: object([field('amount', amount())]),
    transfer: object([
      field(
        'sourceWalletId',
        walletId().map((id) => JSON.stringify(id)),
      ),
      field(
        'destinationWalletId',
        walletId().map((id) => JSON.stringify(id)),
      ),
      field('amount', amount()),
    ]),
    wallet: object([
      field(
        'currency',
        fc
          .oneof(fc.constantFrom('USD', 'JPY', 'KWD', 'usd', 'XXX', ''), fc.string())
          .map((c) => JSON.stringify(c)),
      ),
      field(
        'name',
        fc.oneof(fc.string({ maxLength: 70, unit: 'grapheme' }), fc.string()).map((n) => JSON.stringify(n)),
      ),
    ]),
    other: anyJson(),
  }[kind];
  return fc.oneof(
    { weight: 12, arbitrary: structured },
    { weight: 2, arbitrary: anyJson() },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.string({ maxLength: 60, unit: 'binary' }) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.integer({ min: 1, max: 3_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
        fc.integer({ min: 1, max: 3_000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
        fc.constantFrom(
          '{"amount":1,"amount":2}',
          '\ufeff{"amount":1}',
          '{"amount":1',
          '{amount:1}',
          "{'amount':1}",
        ),
        fc.constantFrom(`{"amount":"${'9'.repeat(5_000)}"}`, `{"name":"${'x'.repeat(100_001)}"}`),
      ),
    },
  );
}

/** Stands for "no such header" where a header is always generated. */
const ABSENT = '\u0000absent';

/** Headers a client might send: the right key most of the time, and everything else too. */
function headers(): fc.Arbitrary<Record<string, string>> {
  const auth = fc.oneof(
    { weight: 20, arbitrary: fc.constant(`Bearer ${t.user.key}`) },
    { weight: 1, arbitrary: fc.constant(ABSENT) },
    { weight: 1, arbitrary: fc.constant(`Bearer ${other.key}`) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '',
        'Bearer',
        'Bearer ',
        `bearer ${t.user.key}`,
        `Bearer  ${t.user.key}`,
        t.user.key,
        `Basic ${Buffer.from('a:b').toString('base64')}`,
        `Bearer ${t.user.key}x`,
        `Bearer ${'k'.repeat(5_000)}`,
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((s) => `Bearer ${latin1(s)}`) },
  );
  const odd = fc.constantFrom(
    'application/json; charset=utf-8',
    'application/json; charset=latin1',
    'APPLICATION/JSON',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/problem+json',
    'application/merge-patch+json',
    '*/*',
    ';;;',
  );
  const contentType = fc.oneof(
    { weight: 1, arbitrary: fc.constant(ABSENT) },
    { weight: 8, arbitrary: fc.constant('application/json') },
    { weight: 2, arbitrary: odd },
  );
  const idempotencyKey = fc.oneof(
    { weight: 8, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.constant(ABSENT) },
    { weight: 3, arbitrary: fc.constantFrom('fuzz-key-1', 'fuzz-key-2', 'fuzz-key-3') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        ' ',
        'a'.repeat(255),
        'a'.repeat(256),
        'a'.repeat(2_000),
        'clé',
        '\t',
        'a b',
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 80 }).map(latin1) },
  );
  return fc
    .record(
      {
        authorization: auth,
        'content-type': contentType,
        'idempotency-key': idempotencyKey,
        'x-request-id': fc.string({ maxLength: 200 }).map(latin1),
        accept: fc.constantFrom('*/*', 'application/json', 'text/html', 'application/xml', ''),
        cookie: fc.constantFrom('wallet_session=forged', 'wallet_csrf=x; wallet_session=y', '__proto__=1'),
      },
      { requiredKeys: ['authorization', 'content-type', 'idempotency-key'] },
    )
    .map((h) =>
      Object.fromEntries(
        Object.entries(h).filter(
          (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ABSENT,
        ),
      ),
    );
}

/** What fetch accepts in a header: no control characters, nothing past Latin-1. */
function latin1(text: string): string {
  return text.replace(/[^\x20-\x7e\xa0-\xff]/g, '').trim();
}

function query(): fc.Arbitrary<string> {
  const param = fc.oneof(
    fc.tuple(
      fc.constant('limit'),
      fc.constantFrom('1', '0', '-1', '100', '101', '1e3', 'abc', '', '9'.repeat(30)),
    ),
    fc.tuple(
      fc.constant('cursor'),
      fc.oneof(fc.base64String({ maxLength: 40 }), fc.string({ maxLength: 20 })),
    ),
    fc.tuple(fc.constant('type'), fc.constantFrom('FUND', 'TRANSFER_IN', 'fund', 'BOGUS', '')),
    fc.tuple(fc.constantFrom('__proto__[x]', 'constructor', 'limit[]', 'x'), fc.string({ maxLength: 10 })),
  );
  return fc
    .array(param, { maxLength: 4 })
    .map((pairs) =>
      pairs.length
        ? `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`
        : '',
    );
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** A route and the body that goes with it; one request in twelve uses another method than the route's. */
function request(): fc.Arbitrary<Sent> {
  const id = walletId().map((value) => encodeURIComponent(value));
  const route = fc.oneof(
    {
      weight: 8,
      arbitrary: fc.tuple(
        fc.constant('POST'),
        id.map((w) => `/api/v1/wallets/${w}/fund`),
        body('fund'),
      ),
    },
    {
      weight: 8,
      arbitrary: fc.tuple(fc.constant('POST'), fc.constant('/api/v1/wallets/transfer'), body('transfer')),
    },
    { weight: 2, arbitrary: fc.tuple(fc.constant('POST'), fc.constant('/api/v1/wallets'), body('wallet')) },
    {
      weight: 2,
      arbitrary: fc.tuple(
        fc.constant('GET'),
        query().map((q) => `/api/v1/wallets${q}`),
        body('other'),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(
        fc.constant('GET'),
        id.map((w) => `/api/v1/wallets/${w}`),
        body('other'),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(
        fc.constant('GET'),
        fc.tuple(id, query()).map(([w, q]) => `/api/v1/wallets/${w}/transactions${q}`),
        body('other'),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.constant('GET'),
        id.map((w) => `/api/v1/transactions/${w}`),
        body('other'),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.constantFrom('GET', 'POST', 'DELETE'),
        fc.constantFrom(
          '/api/v1/api-keys',
          `/api/v1/api-keys/${randomUUID()}`,
          '/api/v1/auth/me',
          '/api/v1/auth/logout',
        ),
        body('other'),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.constant('POST'),
        fc.constantFrom('/api/v1/auth/login', '/api/v1/auth/signup'),
        object([
          field(
            'email',
            fc.oneof(fc.emailAddress(), fc.string()).map((e) => JSON.stringify(e)),
          ),
          field(
            'password',
            fc.string({ maxLength: 80 }).map((p) => JSON.stringify(p)),
          ),
        ]),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.constantFrom(...METHODS),
        fc.oneof(
          fc.constantFrom(
            '/api/v1/currencies',
            '/api/health/live',
            '/api/health/ready',
            '/api/v1',
            '/api',
            '/api/v2/wallets',
          ),
          fc.string({ maxLength: 30 }).map((s) => `/api/v1/${encodeURIComponent(s)}`),
          fc.constantFrom(
            '/api/v1/wallets/../wallets',
            '/api/v1//wallets',
            '/api/v1/wallets/%ZZ',
            '/api/v1/wallets/%00/fund',
          ),
        ),
        body('other'),
      ),
    },
  );
  return fc
    .tuple(
      route,
      fc.oneof(
        { weight: 11, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom(...METHODS) },
      ),
      headers(),
    )
    .map(([[method, path, sentBody], otherMethod, sentHeaders]) => ({
      method: otherMethod ?? method,
      path,
      headers: sentHeaders,
      body: sentBody,
    }));
}
