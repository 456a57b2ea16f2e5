import { BODY_MAX_DEPTH, nestingDepth } from '../../src/common/http/json-body.middleware';
import type { TestApp } from '../support/app';
import { expectProblem } from '../support/problems';
import { useTestApp } from '../support/suite';

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

it('refuses a body the parser can read but that is nested deeper than any request (it was a 500)', async () => {
  // Found by the HTTP fuzz test: 1,500 levels parse, then overflowed the stack in class-transformer.
  const deep = `${'['.repeat(1_500)}${']'.repeat(1_500)}`;
  for (const body of [`{"name":"a","x":${deep}}`, `${'{"a":'.repeat(1_500)}1${'}'.repeat(1_500)}`]) {
    const res = await send(body);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.detail).toBe('The body is nested too deeply to be a request of this API.');
  }
});

it('counts nesting outside strings only', () => {
  expect(nestingDepth('{"a":[1,{"b":2}]}')).toBe(3);
  expect(nestingDepth(`{"name":"${'['.repeat(100)}\\"{"}`)).toBe(1);
  expect(nestingDepth('"plain"')).toBe(0);
  expect(nestingDepth(`${'['.repeat(BODY_MAX_DEPTH)}${']'.repeat(BODY_MAX_DEPTH)}`)).toBe(BODY_MAX_DEPTH);
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
