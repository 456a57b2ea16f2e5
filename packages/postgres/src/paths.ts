import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The workspace root: the nearest folder above this package that holds pnpm-workspace.yaml. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('pnpm-workspace.yaml not found above @wallet/postgres');
    dir = parent;
  }
  return dir;
}

export function migrationsDir(): string {
  return path.join(repoRoot(), 'prisma', 'migrations');
}

/** Where the embedded PostgreSQL keeps its data unless DATA_DIR says otherwise. Git ignores it. */
export function defaultDataDir(): string {
  return process.env.DATA_DIR
    ? path.resolve(process.env.DATA_DIR)
    : path.join(repoRoot(), '.data', 'postgres');
}

/**
 * Which env file loadDotEnv reads: `<repo>/.env` by default; WALLET_DOTENV names another file, or `off`
 * reads none (what a tool that hands a child process its own database does, so that the repository's
 * .env cannot fill in a URL it left out on purpose).
 */
export function dotEnvFile(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.WALLET_DOTENV?.trim();
  if (chosen === 'off') return null;
  return chosen ? path.resolve(chosen) : path.join(repoRoot(), '.env');
}

/**
 * Reads the env file (see dotEnvFile) into process.env when it exists (Node's own parser); a variable
 * already in the environment wins over the file. Answers the file's path when it was read.
 */
export function loadDotEnv(file = dotEnvFile()): string | null {
  if (file === null || !existsSync(file)) return null;
  process.loadEnvFile(file);
  return file;
}
