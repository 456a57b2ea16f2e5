import type { Wallet } from '@wallet/contract';

export interface RecordedCall {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

type Handler = (call: RecordedCall) => Promise<Response> | Response;

export const CURRENCIES = [
  { code: 'USD', exponent: 2, maxAmount: 1000000, maxBalance: 9999999999999.99 },
  { code: 'JPY', exponent: 0, maxAmount: 100000000, maxBalance: 999999999999999 },
];

export function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

export function problem(status: number, code: string, detail: string): Response {
  return json(
    status,
    { type: `urn:wallet:problem:${code}`, title: code, status, code, detail },
    'application/problem+json',
  );
}

export function wallet(overrides: Partial<Wallet> = {}): Wallet {
  return {
    id: crypto.randomUUID(),
    name: 'Main',
    currency: 'USD',
    balance: 0,
    frozen: false,
    mode: 'live',
    createdAt: '2026-11-26T10:00:00.000Z',
    updatedAt: '2026-11-26T10:00:00.000Z',
    ...overrides,
    // What can be spent: all of it, unless a test says some is reserved.
    availableBalance: overrides.availableBalance ?? overrides.balance ?? 0,
  };
}

/**
 * A stand-in for the network in component tests: answers GETs of the wallet list and currencies from
 * the given wallets, and hands every POST to `onPost`; `routes` may answer any call first. Records every call.
 */
export const ME = {
  id: '11111111-1111-4111-8111-111111111111',
  email: 'ada@example.com',
  createdAt: '2026-11-26T09:00:00.000Z',
};

export function fakeApi(
  wallets: Wallet[],
  onPost: Handler,
  options: { signedIn?: boolean; routes?: (call: RecordedCall) => Response | undefined } = {},
) {
  const calls: RecordedCall[] = [];
  // Restored after each test (restoreMocks).
  jest
    .spyOn(globalThis, 'fetch')
    .mockImplementation(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input), 'http://localhost');
      const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>));
      const call: RecordedCall = {
        method: init.method ?? 'GET',
        path: url.pathname + url.search,
        headers,
        body: init.body ? JSON.parse(String(init.body)) : undefined,
      };
      calls.push(call);
      // A test's own routes come first (answering undefined to leave the call to the fake).
      const answer = options.routes?.(call);
      if (answer) return answer;
      if (call.method === 'GET' && url.pathname === '/api/v1/auth/me') {
        return options.signedIn === false
          ? problem(401, 'UNAUTHENTICATED', 'Sign in.')
          : json(200, { user: ME });
      }
      if (call.method === 'GET' && url.pathname === '/api/v1/currencies') return json(200, CURRENCIES);
      if (call.method === 'GET' && url.pathname === '/api/v1/wallets')
        return json(200, { data: wallets, nextCursor: null });
      if (call.method === 'GET' && url.pathname.endsWith('/transactions'))
        return json(200, { data: [], nextCursor: null });
      if (call.method === 'POST') return onPost(call);
      return problem(404, 'NOT_FOUND', 'no such route in the fake');
    });
  return { calls, posts: () => calls.filter((c) => c.method === 'POST') };
}

/** A promise you settle from the test, to hold a request in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
