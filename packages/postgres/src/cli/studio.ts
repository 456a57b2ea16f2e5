/**
 * `pnpm db:studio`: Prisma Studio on the product's database (DATABASE_URL, or the embedded one, started
 * for the occasion when no API is running and stopped when Studio exits).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureDatabase } from '../embedded.js';
import { migrate } from '../migrate.js';
import { loadDotEnv, repoRoot } from '../paths.js';

const log = (message: string) => console.log(`[db] ${message}`);
loadDotEnv();
const database = await ensureDatabase({ log });
await migrate(database.url, { log });
const port = process.env.STUDIO_PORT ?? '5555';
const studio = spawn(
  'prisma',
  ['studio', '--config', path.join(repoRoot(), 'prisma.config.ts'), '--port', port, '--browser', 'none'],
  { stdio: 'inherit', env: { ...process.env, DATABASE_URL: database.url, CHECKPOINT_DISABLE: '1' } },
);
log(`Prisma Studio: http://localhost:${port}`);
const shutdown = (signal: NodeJS.Signals) => studio.kill(signal);
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
studio.on('exit', async (code) => {
  await database.stop();
  process.exit(code ?? 0);
});
