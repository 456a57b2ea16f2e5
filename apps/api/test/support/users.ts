import { randomBytes } from 'node:crypto';
import request from 'supertest';

export const ALL_SCOPES = ['wallets:read', 'wallets:write', 'transfers:write', 'webhooks:write'];

export interface TestUser {
  id: string;
  email: string;
  password: string;
  /** A browser: carries the session cookie and sends the CSRF token on changes. */
  browser: ReturnType<typeof request.agent>;
  csrfToken: string;
  /** An integrator: every request carries `Authorization: Bearer <key with all scopes>`. */
  api: ReturnType<typeof request.agent>;
  key: string;
  /** A new key of this user with the given scopes. */
  keyWith(scopes: string[]): Promise<{ id: string; key: string; agent: ReturnType<typeof request.agent> }>;
}

/** Signs a fresh user up over HTTP and gives them a session and an all-scopes API key. */
export async function createUser(baseUrl: string): Promise<TestUser> {
  const email = `user-${randomBytes(6).toString('hex')}@example.com`;
  const password = 'correct horse battery staple';
  const browser = request.agent(baseUrl);
  const signup = await browser.post('/api/v1/auth/signup').send({ email, password });
  if (signup.status !== 201) throw new Error(`signup answered ${signup.status}: ${signup.text}`);
  const cookies = ([] as string[]).concat(signup.headers['set-cookie'] ?? []);
  const csrfToken = /wallet_csrf=([^;]+)/.exec(cookies.join(';'))?.[1];
  if (!csrfToken) throw new Error('signup set no CSRF cookie');
  browser.set('X-CSRF-Token', csrfToken);

  const keyWith = async (scopes: string[]) => {
    const created = await browser
      .post('/api/v1/api-keys')
      .send({ name: `test ${scopes.join(' ')}`.slice(0, 60), scopes });
    if (created.status !== 201) throw new Error(`key creation answered ${created.status}: ${created.text}`);
    const agent = request.agent(baseUrl);
    agent.set('Authorization', `Bearer ${created.body.key}`);
    return { id: created.body.id as string, key: created.body.key as string, agent };
  };
  const all = await keyWith(ALL_SCOPES);
  return {
    id: signup.body.user.id,
    email,
    password,
    browser,
    csrfToken,
    api: all.agent,
    key: all.key,
    keyWith,
  };
}
