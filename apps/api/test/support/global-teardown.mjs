import pg from 'pg';

export default async function globalTeardown() {
  const server = globalThis.__walletTestServer;
  if (server && !server.startedHere) {
    // A shared server (DATABASE_URL): drop what the run created, leave the server alone.
    const admin = new pg.Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
    await admin.connect();
    const { rows } = await admin.query(
      "SELECT datname FROM pg_database WHERE datname LIKE 'wallet_test_%' AND datname LIKE $1",
      [`%_${process.pid}%`],
    );
    for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.end();
  }
  await server?.stop();
}
