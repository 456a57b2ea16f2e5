import { startTestApp } from '../support/app';
import { newWallet } from '../support/wallets';

it('writes one compact JSON line per request: id, method, route pattern, status, time, caller, problem', async () => {
  const lines: string[] = [];
  const t = await startTestApp(
    { LOG_LEVEL: 'info' },
    { logStream: { write: (line: string) => void lines.push(line) } },
  );
  try {
    const wallet = await newWallet(t);
    lines.length = 0;
    const ok = await t.http.post(`/api/v1/wallets/${wallet.id}/fund`).send({ amount: 2 });
    const bad = await t.http.post('/api/v1/wallets/transfer').send({ amount: 'x' });
    const done = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'request completed');
    expect(done).toHaveLength(2);
    expect(done[0]).toEqual({
      level: 30,
      time: expect.any(Number),
      pid: process.pid,
      req: { id: ok.headers['x-request-id'], method: 'POST' },
      res: { statusCode: 201 },
      responseTime: expect.any(Number),
      route: '/api/v1/wallets/:id/fund',
      callerId: t.user.id,
      msg: 'request completed',
    });
    expect(done[1]).toMatchObject({
      req: { id: bad.headers['x-request-id'] },
      res: { statusCode: 400 },
      route: '/api/v1/wallets/transfer',
      problem: 'VALIDATION_FAILED',
    });
    for (const line of lines) expect(line.length).toBeLessThan(400);
  } finally {
    await t.close();
  }
});
