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

  it('bounds guesses spread over many addresses without locking the owner out', async () => {
    const t = await startTestApp({
      TRUST_PROXY: 'loopback',
      AUTH_RATE_LIMIT_PER_EMAIL: '3',
      AUTH_RATE_LIMIT_PER_EMAIL_PER_HOUR: '6',
    });
    try {
      const owner = await t.newUser();
      // One stranger: 3 failures count against the email's hour; the 2 refused by the pair limit do not.
      const one = Array.from({ length: 5 }, () => () => logIn(t, owner.email, WRONG, '203.0.113.7'));
      expect(await statusesOf(one)).toEqual([401, 401, 401, 429, 429]);
      expect((await logIn(t, owner.email, owner.password, '198.51.100.2')).status).toBe(200);
      // Three more failures from two addresses use up the email's hour.
      const more = ['203.0.113.8', '203.0.113.8', '203.0.113.9'];
      expect(await statusesOf(more.map((from) => () => logIn(t, owner.email, WRONG, from)))).toEqual([
        401, 401, 401,
      ]);
      // Past it, a wrong password is refused as limited, until the hour's end.
      const over = await logIn(t, owner.email, WRONG, '203.0.113.10');
      expectProblem(over, 429, 'RATE_LIMITED');
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(60);
      // The right password from a fresh address still logs the owner in: the account is not locked.
      expect((await logIn(t, owner.email, owner.password, '198.51.100.3')).status).toBe(200);
      // Other emails are not affected.
      const other = await t.newUser();
      expect((await logIn(t, other.email, WRONG, '198.51.100.3')).status).toBe(401);
    } finally {
      await t.close();
    }
  });
});

describe('the lockout attack: many addresses failing logins for one email', () => {
  const SHORT = 'short';
  const perEmail = 5;
  const perEmailPerHour = 20;

  it('does not lock the owner out, and still refuses the strangers', async () => {
    const t = await startTestApp({
      TRUST_PROXY: 'loopback',
      AUTH_RATE_LIMIT_PER_EMAIL: String(perEmail),
      AUTH_RATE_LIMIT_PER_EMAIL_PER_HOUR: String(perEmailPerHour),
    });
    try {
      const owner = await t.newUser();
      const stranger = (i: number) => `203.0.113.${i + 1}`;
      const signUpAgain = (from: string) =>
        t.anonymous
          .post('/api/v1/auth/signup')
          .set('X-Forwarded-For', from)
          .send({ email: owner.email, password: 'another long password' });

      // Requests validation refuses, and sign-ups of the taken email, from many addresses: far more than
      // the email's hourly budget, and none of them counts against it.
      for (let i = 0; i < 10; i++) {
        expect((await logIn(t, owner.email, SHORT, stranger(i))).status).toBe(400);
        expect((await logIn(t, owner.email, SHORT, stranger(i))).status).toBe(400);
        expect((await signUpAgain(stranger(i))).status).toBe(400);
      }
      // So the wrong passwords that follow still get the whole budget: 4 addresses x 5 failures = 20.
      for (let i = 0; i < 4; i++) {
        const guesses = Array.from(
          { length: perEmail },
          () => () => logIn(t, owner.email, WRONG, stranger(i)),
        );
        expect(await statusesOf(guesses)).toEqual(Array(perEmail).fill(401));
      }

      // The attack goes on from more addresses: every guess is refused now.
      for (let i = 4; i < 10; i++) {
        const guesses = Array.from(
          { length: perEmail + 1 },
          () => () => logIn(t, owner.email, WRONG, stranger(i)),
        );
        expect(await statusesOf(guesses)).toEqual(Array(perEmail + 1).fill(429));
      }
      // An address that has used up its allowance on this email is refused before any check, even with
      // the right password.
      expect((await logIn(t, owner.email, owner.password, stranger(4))).status).toBe(429);

      // The owner, from a fresh address, with the right password: in.
      const fresh = await logIn(t, owner.email, owner.password, '198.51.100.20');
      expect(fresh.status).toBe(200);
      expect(fresh.body.user.id).toBe(owner.id);
      // From an address that itself failed twice (a typo or two, under its own limit): still in.
      const typos = [WRONG, `${WRONG}!`].map(
        (password) => () => logIn(t, owner.email, password, '198.51.100.21'),
      );
      expect(await statusesOf(typos)).toEqual([429, 429]);
      expect((await logIn(t, owner.email, owner.password, '198.51.100.21')).status).toBe(200);
      // Signing up the taken email still answers 400, not 429.
      expect((await signUpAgain('198.51.100.22')).status).toBe(400);
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
