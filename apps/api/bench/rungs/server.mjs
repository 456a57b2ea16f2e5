// One rung of the ladder as a server: `node bench/rungs/server.mjs <a-f>`, one process (no node:cluster),
// listening on 127.0.0.1:PORT against DATABASE_URL with a pool of DB_POOL_SIZE (the product's default, 10).
// Tells its parent (IPC) when it listens; SIGTERM closes it.
import pg from 'pg';
import { nestApp } from './nest-rungs.mjs';
import { expressApp, plainHttp } from './plain-rungs.mjs';

const rung = process.argv[2];
const databaseUrl = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
const poolSize = Number(process.env.DB_POOL_SIZE || 10);
/** Rungs a-d record their keys under a scope of their own; e names the caller, f is the product's. */
const scope = `bench:${rung}`;

if (!['a', 'b', 'c', 'd', 'e', 'f'].includes(rung) || !databaseUrl || !port) {
  console.error('usage: DATABASE_URL=... PORT=... node bench/rungs/server.mjs <a|b|c|d|e|f>');
  process.exit(64);
}

let close;
if (rung === 'a' || rung === 'b') {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const server = (rung === 'a' ? plainHttp : expressApp)(pool, scope);
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await pool.end();
  };
} else {
  const nest = await nestApp(rung, { databaseUrl, poolSize, scope });
  await nest.app.listen(port, '127.0.0.1');
  close = async () => {
    nest.app.getHttpServer().closeAllConnections();
    await nest.close();
  };
}
process.send?.({ listening: port });

process.once('SIGTERM', () => {
  const force = setTimeout(() => process.exit(0), 5_000);
  force.unref();
  close()
    .catch((error) => console.error(error))
    .finally(() => process.exit(0));
});
