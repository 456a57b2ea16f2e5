import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app';
import { expectProblem } from '../support/problems';

/**
 * The limits on callers the API does not know yet: sign-up and login per address, per email from one
 * address and per email over an hour; every request without a valid credential per address; and which
 * peers may say, in X-Forwarded-For, what the client's address is.
 */

const WRONG = 'not the password at all';

type Res = request.Response;

function logIn(t: TestApp, email: string, password: string, from?: string): Promise<Res> {
  const call = t.anonymous.post('/api/v1/auth/login');
  if (from) call.set('X-Forwarded-For', from);
  return call.send({ email, password });
}

async function statusesOf(calls: (() => Promise<Res>)[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const call of calls) statuses.push((await call()).status);
  return statuses;
}

describe('login limits per email', () => {
  it('refuses a stranger hammering an email, while its owner elsewhere still logs in', async () => {
    const t = await startTestApp({ TRUST_PROXY: 'loopback', AUTH_RATE_LIMIT_PER_EMAIL: '3' });
    try {
      const owner = await t.newUser();
      const guesses = Array.from({ length: 5 }, () => () => logIn(t, owner.email, WRONG, '203.0.113.7'));
      expect(await statusesOf(guesses)).toEqual([401, 401, 401, 429, 429]);
      const refused = await logIn(t, owner.email, owner.password, '203.0.113.7');
      expectProblem(refused, 429, 'RATE_LIMITED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // The owner, from their own address, is not locked out by the stranger.
      expect((await logIn(t, owner.email, owner.password, '198.51.100.2')).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('bounds guesses spread over many addresses by a per-email hourly limit', async () => {
    const t = await startTestApp({
      TRUST_PROXY: 'loopback',
      AUTH_RATE_LIMIT_PER_EMAIL: '3',
      AUTH_RATE_LIMIT_PER_EMAIL_PER_HOUR: '6',
    });
    try {
      // The owner's sign-up is the first attempt of the hour on this email.
      const owner = await t.newUser();
      // One stranger: 3 guesses count against the email's hour; the 2 refused by the pair limit do not.
      const one = Array.from({ length: 5 }, () => () => logIn(t, owner.email, WRONG, '203.0.113.7'));
      expect(await statusesOf(one)).toEqual([401, 401, 401, 429, 429]);
      expect((await logIn(t, owner.email, owner.password, '198.51.100.2')).status).toBe(200);
      // Two more addresses: the sixth attempt of the hour is the last one let through.
      expect((await logIn(t, owner.email, WRONG, '203.0.113.8')).status).toBe(401);
      const over = await logIn(t, owner.email, WRONG, '203.0.113.9');
      expectProblem(over, 429, 'RATE_LIMITED');
      // The hour's window, not the minute's.
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(60);
      // Now even the right password from a fresh address waits: that is the price of the bound.
      expect((await logIn(t, owner.email, owner.password, '198.51.100.3')).status).toBe(429);
      // Other emails are not affected.
      const other = await t.newUser();
      expect((await logIn(t, other.email, other.password, '198.51.100.3')).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('X-Forwarded-For', () => {
  const emails = (n: number) => Array.from({ length: n }, (_, i) => `nobody-${i}@example.com`);

  it('is ignored by default, even from loopback: a made-up address does not get a fresh allowance', async () => {
    const t = await startTestApp({ AUTH_RATE_LIMIT_PER_ADDRESS: '3' });
    try {
      // Setting the test app up signed one user up: 1 of the 3 is used.
      const attempts = emails(3).map((email, i) => () => logIn(t, email, WRONG, `203.0.113.${i + 1}`));
      expect(await statusesOf(attempts)).toEqual([401, 401, 429]);
    } finally {
      await t.close();
    }
  });

  it('names the client when the peer is a trusted proxy', async () => {
    const t = await startTestApp({ TRUST_PROXY: '127.0.0.1', AUTH_RATE_LIMIT_PER_ADDRESS: '3' });
    try {
      const attempts = emails(4).map((email, i) => () => logIn(t, email, WRONG, `203.0.113.${i + 1}`));
      expect(await statusesOf(attempts)).toEqual([401, 401, 401, 401]);
      // One client behind the proxy is still limited.
      const same = emails(4).map((email) => () => logIn(t, email, WRONG, '198.51.100.9'));
      expect(await statusesOf(same)).toEqual([401, 401, 401, 429]);
    } finally {
      await t.close();
    }
  });

  it('with a hop count, takes the address the last proxy saw, whatever the client wrote before it', async () => {
    const t = await startTestApp({ TRUST_PROXY: '1', AUTH_RATE_LIMIT_PER_ADDRESS: '3' });
    try {
      const spoofed = emails(4).map(
        (email, i) => () => logIn(t, email, WRONG, `10.0.0.${i + 1}, 198.51.100.9`),
      );
      expect(await statusesOf(spoofed)).toEqual([401, 401, 401, 429]);
    } finally {
      await t.close();
    }
  });
});

describe('the per-address limit on requests without a valid credential', () => {
  it('counts public routes and requests refused for their credentials, not health probes or callers', async () => {
    const t = await startTestApp({ ANONYMOUS_RATE_LIMIT_PER_ADDRESS: '5' });
    try {
      // The test user's sign-up was the first; the key it then made was authenticated.
      const under = await statusesOf([
        () => t.anonymous.get('/api/v1/currencies'),
        () => t.anonymous.get('/api/v1/wallets').set('Authorization', 'Bearer wk_made_up_key_123456'),
        () => t.anonymous.get('/api/v1/wallets'),
        () => t.anonymous.post('/api/v1/auth/login').send({ email: t.user.email, password: WRONG }),
      ]);
      expect(under).toEqual([200, 401, 401, 401]);

      const over = await t.anonymous.get('/api/v1/currencies');
      expectProblem(over, 429, 'RATE_LIMITED');
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      const badKey = await t.anonymous
        .get('/api/v1/wallets')
        .set('Authorization', 'Bearer wk_made_up_key_654321');
      expectProblem(badKey, 429, 'RATE_LIMITED');
      const login = await t.anonymous
        .post('/api/v1/auth/login')
        .send({ email: t.user.email, password: t.user.password });
      expect(login.status).toBe(429);

      // Orchestrators' probes and known callers are not counted here.
      for (let i = 0; i < 3; i++) {
        expect((await t.anonymous.get('/api/health/live')).status).toBe(200);
        expect((await t.anonymous.get('/api/health/ready')).status).toBe(200);
      }
      expect((await t.http.get('/api/v1/wallets')).status).toBe(200);
      expect((await t.http.get('/api/v1/currencies')).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('is per address: another client behind a trusted proxy has its own allowance', async () => {
    const t = await startTestApp({ TRUST_PROXY: 'loopback', ANONYMOUS_RATE_LIMIT_PER_ADDRESS: '2' });
    try {
      const from = (address: string) => () =>
        t.anonymous.get('/api/v1/currencies').set('X-Forwarded-For', address);
      expect(await statusesOf([from('203.0.113.1'), from('203.0.113.1'), from('203.0.113.1')])).toEqual([
        200, 200, 429,
      ]);
      expect((await from('203.0.113.2')()).status).toBe(200);
      // Addresses in one IPv6 /64 are one client.
      expect(await statusesOf([from('2001:db8::1'), from('2001:db8::2'), from('2001:db8::3')])).toEqual([
        200, 200, 429,
      ]);
    } finally {
      await t.close();
    }
  });
});

describe('sign-up and the emails it knows', () => {
  it('answers a taken email with 400, and bounds probing for taken emails per address', async () => {
    const t = await startTestApp({ AUTH_RATE_LIMIT_PER_ADDRESS: '4' });
    try {
      // 1 of the 4 went to setting the test app up.
      const taken = await t.anonymous
        .post('/api/v1/auth/signup')
        .send({ email: t.user.email, password: 'another long password' });
      expectProblem(taken, 400, 'VALIDATION_FAILED');
      const probes = ['a', 'b', 'c'].map(
        (name) => () =>
          t.anonymous
            .post('/api/v1/auth/signup')
            .send({ email: `probe-${name}@example.com`, password: 'another long password' }),
      );
      expect(await statusesOf(probes)).toEqual([201, 201, 429]);
    } finally {
      await t.close();
    }
  });
});
