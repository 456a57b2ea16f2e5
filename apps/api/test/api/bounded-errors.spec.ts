import type { Response } from 'supertest';
import { MAX_FIELD_ERRORS, MAX_FIELDS } from '../../src/common/http/request-validation.pipe';
import type { TestApp } from '../support/app';
import { expectProblem } from '../support/problems';
import { useTestApp } from '../support/suite';
import { newWallet } from '../support/wallets';

/**
 * A refusal costs little and says little, whatever was sent. The attack replayed here: an 89 kB body of
 * 5,000 unknown fields was answered with one field error each (458 kB out, 110-300 ms of CPU per request,
 * on public routes too). Now a VALIDATION_FAILED lists at most 10 fields and its body stays under 2 kB;
 * a body or query string with more fields than any request takes is refused before validation looks at it.
 */
const MAX_ANSWER_BYTES = 2048;

const testApp = useTestApp();
let t: TestApp;
beforeAll(() => {
  t = testApp();
});

/** `n` unknown fields, 18 bytes each as JSON ("field_1234":1234,): 5,000 of them make the attack's 89 kB. */
function unknownFields(n: number, name = (i: number) => `field_${i}`): Record<string, number> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [name(i), i]));
}

function expectSmallRefusal(res: Response) {
  expectProblem(res, 400, 'VALIDATION_FAILED');
  expect(Buffer.byteLength(res.text)).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
  expect(res.body.errors?.length ?? 0).toBeLessThanOrEqual(MAX_FIELD_ERRORS);
}

const attack = unknownFields(5_000);

it('the attack body is the size that was sent', () => {
  const bytes = Buffer.byteLength(JSON.stringify(attack));
  expect(bytes).toBeGreaterThan(80_000);
  expect(bytes).toBeLessThan(100_000);
});

it('refuses 5,000 unknown fields on a public route (sign-up) in one sentence', async () => {
  const res = await t.anonymous.post('/api/v1/auth/signup').send(attack);
  expectSmallRefusal(res);
  expect(res.body.detail).toBe(
    `The body has 5,000 fields, more than any request of this API takes (at most ${MAX_FIELDS}).`,
  );
  expect(res.body.errors).toBeUndefined();
});

it('refuses 5,000 unknown fields on an authenticated route, with an API key and with a session', async () => {
  for (const agent of [t.http, t.user.browser]) {
    const res = await agent.post('/api/v1/wallets/transfer').send(attack);
    expectSmallRefusal(res);
    expect(res.body.detail).toMatch(/^The body has 5,000 fields/);
  }
});

it('lists the first 10 of many field errors and says how many more there were', async () => {
  const wallet = await newWallet(t);
  const res = await t.http.post(`/api/v1/wallets/${wallet.id}/fund`).send({
    amount: 'abc',
    ...unknownFields(MAX_FIELDS - 1),
  });
  expectSmallRefusal(res);
  expect(res.body.errors).toHaveLength(MAX_FIELD_ERRORS);
  expect(res.body.errors[0]).toEqual({ field: 'amount', message: expect.any(String) });
  expect(res.body.detail).toBe(
    `The body is not valid: amount ${res.body.errors[0].message}, and 22 more (errors lists the first 10).`,
  );
});

it('at exactly the field limit, still validates (the limit refuses only what no request has)', async () => {
  const res = await t.anonymous.post('/api/v1/auth/signup').send(unknownFields(MAX_FIELDS));
  expectSmallRefusal(res);
  expect(res.body.detail).toMatch(/^The body is not valid: /);
});

it('shortens long, escaped or multi-byte names of unknown fields', async () => {
  const names = ['\u0000', '"', '😀', 'é', 'x'].map((c) => (i: number) => `${i}${c.repeat(400)}`);
  for (const name of names) {
    const res = await t.anonymous
      .post('/api/v1/auth/signup')
      .send({ email: 'a@example.com', password: 'long enough password', ...unknownFields(20, name) });
    expectSmallRefusal(res);
    expect(res.body.errors).toHaveLength(MAX_FIELD_ERRORS);
    for (const error of res.body.errors) expect(error.field).toMatch(/…$/);
    // The cut never leaves half a surrogate pair (which would not survive as UTF-8).
    expect(res.text).not.toContain('\uFFFD');
  }
});

it('never echoes a value: a long value in a known field keeps the answer small', async () => {
  for (const value of ['x'.repeat(30_000), '\u0000'.repeat(5_000)]) {
    const res = await t.anonymous
      .post('/api/v1/auth/signup')
      .send({ email: value, password: value, name: value });
    expectSmallRefusal(res);
    expect(res.text).not.toContain('x'.repeat(100));
    expect(res.text).not.toContain('\\u0000\\u0000');
  }
});

it('bounds the query string the same way', async () => {
  const many = Array.from({ length: 1_500 }, (_, i) => `q${i}=1`).join('&');
  const refused = await t.http.get(`/api/v1/wallets?${many}`);
  expectSmallRefusal(refused);
  expect(refused.body.detail).toMatch(/^The query has [\d,]+ fields, more than any request/);

  const some = Array.from({ length: 20 }, (_, i) => `${'q'.repeat(500)}${i}=1`).join('&');
  const listed = await t.http.get(`/api/v1/wallets?${some}`);
  expectSmallRefusal(listed);
  expect(listed.body.errors).toHaveLength(MAX_FIELD_ERRORS);
  expect(listed.body.detail).toMatch(/, and 10 more \(errors lists the first 10\)\.$/);
});

it('bounds path parameters and unknown paths', async () => {
  const id = await t.http.get(`/api/v1/wallets/${'x'.repeat(10_000)}`);
  expectSmallRefusal(id);
  expect(id.body.detail).toBe('The path is not valid: id must be a UUID.');

  const unknown = await t.http.get(`/api/v1/${'nowhere/'.repeat(1_500)}`);
  expectProblem(unknown, 404, 'NOT_FOUND');
  expect(Buffer.byteLength(unknown.text)).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
});
