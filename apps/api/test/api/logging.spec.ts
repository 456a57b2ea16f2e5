import request from 'supertest';
import { startTestApp } from '../support/app';

describe('logs', () => {
  it('record every request with its id, and never an email, password, key, session token or CSRF token', async () => {
    const lines: string[] = [];
    const logStream = { write: (line: string) => void lines.push(line) };
    const t = await startTestApp({ LOG_LEVEL: 'info' }, { logStream });
    try {
      const login = await request(t.baseUrl)
        .post('/api/v1/auth/login')
        .send({ email: t.user.email, password: t.user.password });
      const cookies = ([] as string[]).concat(login.headers['set-cookie'] ?? []).join(';');
      const session = /wallet_session=([^;]+)/.exec(cookies)?.[1] ?? 'missing-session';
      await t.http.get('/api/v1/wallets');
      await t.user.browser.post('/api/v1/wallets').send({ name: 'logged' });
      await t.http.post('/api/v1/wallets').set('Content-Type', 'application/json').send('{"broken"');
      await t.anonymous
        .post('/api/v1/auth/login')
        .send({ email: t.user.email, password: 'a wrong password' });

      const all = lines.join('');
      expect(all).toContain('request completed');
      expect(all).toMatch(/"statusCode":400/);
      for (const secret of [
        t.user.email,
        t.user.password,
        t.user.key,
        session,
        t.user.csrfToken,
        'a wrong password',
      ]) {
        expect(all).not.toContain(secret);
      }
    } finally {
      await t.close();
    }
  });
});
