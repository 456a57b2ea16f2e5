import { drillEnv } from '@wallet/cluster';

/**
 * What the recovery drill hands the product's processes it starts (migrate-deploy, the API, the books
 * check): its own database and nothing else, whatever the operator's shell or .env says. An owner's or a
 * replica's URL left in would send the drill's migrations or reads to a real deployment's database.
 */
describe("the recovery drill's environment for the product", () => {
  const urls = {
    owner: 'postgresql://wallet@127.0.0.1:5999/wallet',
    runtime: 'postgresql://wallet_runtime@127.0.0.1:5999/wallet',
  };
  const operators: NodeJS.ProcessEnv = {
    PATH: '/usr/bin',
    LOG_LEVEL: 'debug',
    DATABASE_URL: 'postgresql://app@prod.example/wallet',
    DATABASE_OWNER_URL: 'postgresql://owner@prod.example/wallet',
    DATABASE_URL_UNPOOLED: 'postgresql://app@prod-direct.example/wallet',
    DATABASE_REPLICA_URL: 'postgresql://app@replica.example/wallet',
    POSTGRES_URL: 'postgresql://app@prod.example/wallet',
    POSTGRES_URL_NON_POOLING: 'postgresql://app@prod-direct.example/wallet',
    DATA_DIR: '/var/lib/wallet',
    WALLET_DOTENV: '/srv/wallet/.env',
    PGHOST: 'prod.example',
    PGUSER: 'owner',
    PGPASSWORD: 'secret',
  };

  it('names only the drill’s database, as owner and runtime role, and reads no env file', () => {
    const env = drillEnv(urls, operators);
    const foreign = Object.entries(env).filter(([, value]) => /example/.test(value));
    expect(foreign).toEqual([]);
    expect(env).toMatchObject({
      DATABASE_URL: urls.runtime,
      DATABASE_URL_UNPOOLED: urls.runtime,
      DATABASE_OWNER_URL: urls.owner,
      WALLET_DOTENV: 'off',
    });
    for (const name of [
      'DATABASE_REPLICA_URL',
      'POSTGRES_URL',
      'POSTGRES_URL_NON_POOLING',
      'DATA_DIR',
      'PGHOST',
      'PGUSER',
      'PGPASSWORD',
    ]) {
      expect({ name, value: env[name] }).toEqual({ name, value: undefined });
    }
  });

  it('keeps the rest of the environment', () => {
    expect(drillEnv(urls, operators)).toMatchObject({ PATH: '/usr/bin', LOG_LEVEL: 'debug' });
  });
});
