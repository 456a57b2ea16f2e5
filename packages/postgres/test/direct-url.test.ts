import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { directDatabaseUrl, isPooledUrl } from '../src/direct-url.js';

const POOLED = 'postgresql://u:p@ep-cool-darkness-123456-pooler.us-east-2.aws.neon.tech/db?sslmode=require';
const DIRECT = 'postgresql://u:p@ep-cool-darkness-123456.us-east-2.aws.neon.tech/db?sslmode=require';

describe('the deploy migration picks the direct endpoint', () => {
  it('tells a Neon pooled host from a direct one', () => {
    expect(isPooledUrl(POOLED)).toBe(true);
    expect(isPooledUrl(DIRECT)).toBe(false);
    expect(isPooledUrl('postgresql://u:p@localhost:5432/db')).toBe(false);
  });

  it('prefers the unpooled variables over the pooled DATABASE_URL', () => {
    expect(directDatabaseUrl({ DATABASE_URL: POOLED, DATABASE_URL_UNPOOLED: DIRECT })).toEqual({
      url: DIRECT,
      variable: 'DATABASE_URL_UNPOOLED',
    });
    expect(directDatabaseUrl({ POSTGRES_URL_NON_POOLING: DIRECT, DATABASE_URL: POOLED }).variable).toBe(
      'POSTGRES_URL_NON_POOLING',
    );
  });

  it("prefers the owner's URL, which the runtime role's DATABASE_URL then leaves to the API", () => {
    const owner = 'postgresql://owner:p@ep-cool-darkness-123456.us-east-2.aws.neon.tech/db';
    expect(
      directDatabaseUrl({ DATABASE_OWNER_URL: owner, DATABASE_URL_UNPOOLED: DIRECT, DATABASE_URL: POOLED }),
    ).toEqual({ url: owner, variable: 'DATABASE_OWNER_URL' });
    expect(() => directDatabaseUrl({ DATABASE_OWNER_URL: POOLED })).toThrow(/owner's connection string/);
  });

  it('takes a plain DATABASE_URL when it is not a pooler', () => {
    expect(directDatabaseUrl({ DATABASE_URL: DIRECT }).url).toBe(DIRECT);
  });

  it('refuses a pooled URL and a missing one, naming the variable to set', () => {
    expect(() => directDatabaseUrl({ DATABASE_URL: POOLED })).toThrow(/DATABASE_URL_UNPOOLED/);
    expect(() => directDatabaseUrl({ DATABASE_URL_UNPOOLED: POOLED })).toThrow(/pooled endpoint/);
    expect(() => directDatabaseUrl({})).toThrow(/never starts an embedded database/);
  });

  it('stops the CLI with that message instead of starting a database', () => {
    const cli = path.join(__dirname, '..', 'dist', 'cli', 'migrate-deploy.js');
    const run = spawnSync(process.execPath, [cli], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('No database to migrate: set DATABASE_OWNER_URL, or DATABASE_URL_UNPOOLED');
  });
});
