/**
 * Before anything reads a setting: the env file (`<repo>/.env`, or WALLET_DOTENV's) fills in what the
 * environment does not say (the environment wins). main.ts imports this first, ahead of tracing and the
 * boot logger; each cluster worker runs it again as it starts.
 */
import cluster from 'node:cluster';
import { loadDotEnv } from '@wallet/postgres';

loadDotEnv();
// Only the primary migrates, and it removes the owner's URL before it forks: a worker must not get it
// back from the file.
if (cluster.isWorker) delete process.env.DATABASE_OWNER_URL;
