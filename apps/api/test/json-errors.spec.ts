import type { TestApp } from './support/app';
import { expectProblem } from './support/problems';
import { useTestApp } from './support/suite';

/** A body that is not JSON gets a sentence in our words: never the parser's internals. */
const testApp = useTestApp();
let t: TestApp;
beforeAll(() => {
  t = testApp();
});

const send = (text: string) =>
  t.http.post('/api/v1/wallets').set('Content-Type', 'application/json').send(text);

it('names a field sent twice', async () => {
  const res = await send('{"name":"a","name":"b"}');
  expectProblem(res, 400, 'VALIDATION_FAILED');
  expect(res.body.detail).toBe('The body names the field "name" twice; send each field once.');
});

it('refuses a body nested past any request of this API, without the stack overflow', async () => {
  const res = await send(`${'['.repeat(20_000)}${']'.repeat(20_000)}`);
  expectProblem(res, 400, 'VALIDATION_FAILED');
  expect(res.body.detail).toBe('The body is nested too deeply to be a request of this API.');
  expect(res.text).not.toMatch(/call stack|RangeError/i);
});

it('keeps saying where a syntax error is', async () => {
  const res = await send('{"currency":');
  expectProblem(res, 400, 'VALIDATION_FAILED');
  expect(res.body.detail).toMatch(/^The body is not valid JSON: .*position 12\.$/);
});

it('creates nothing on any of them', async () => {
  const { rows } = await t.db.query('SELECT COUNT(*)::int AS n FROM wallets');
  expect(rows[0].n).toBe(0);
});
