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
 * Reads `<repo>/.env` into process.env when the file exists (Node's own parser); a variable already in
 * the environment wins over the file. Answers the file's path when it was read.
 */
export function loadDotEnv(file = path.join(repoRoot(), '.env')): string | null {
  if (!existsSync(file)) return null;
  process.loadEnvFile(file);
  return file;
}
