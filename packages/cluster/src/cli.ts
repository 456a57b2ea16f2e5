#!/usr/bin/env node
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Cluster } from './cluster.js';
import { ensurePrograms, MissingPackagesError } from './system.js';

const DEFAULT_NODES = '3';
const DEFAULT_PORT = '8080';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const USAGE = `usage:
  pnpm cluster [-- --nodes 3 --port 8080 --dir .cluster]   start nginx, the API nodes, PgBouncer, a primary and a replica
  pnpm cluster:down [-- --purge]                           stop them all (--purge: delete the data too)
  node packages/cluster/dist/cli.js status                 what runs, and the replica's lag`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    // pnpm passes the `--` of `pnpm cluster:down -- --purge` on to the script: it separates pnpm's
    // options from ours, not our options from positionals, so it is dropped.
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    allowPositionals: true,
    options: {
      nodes: { type: 'string' },
      port: { type: 'string' },
      dir: { type: 'string', default: path.join(root, '.cluster') },
      purge: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0] ?? 'up';
  const log = (line: string) => console.log(`[cluster] ${line}`);
  if (values.help || !['up', 'down', 'status'].includes(command)) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const nodes = Number(values.nodes ?? DEFAULT_NODES);
  const port = Number(values.port ?? DEFAULT_PORT);
  if (
    !Number.isInteger(nodes) ||
    nodes < 1 ||
    nodes > 9 ||
    !Number.isInteger(port) ||
    port < 1024 ||
    port > 65_000
  ) {
    console.error('--nodes must be 1 to 9 and --port 1024 to 65000');
    return 2;
  }
  const existing = Cluster.attach(values.dir, log);
  if (command === 'down') {
    if (!existing) {
      log(`nothing to stop in ${values.dir}`);
      return 0;
    }
    await existing.down({ purge: values.purge });
    return 0;
  }
  if (command === 'status') {
    if (!existing) {
      log(`no cluster in ${values.dir}`);
      return 1;
    }
    console.log(JSON.stringify(await existing.status(), null, 2));
    return 0;
  }

  if (
    existing &&
    ((values.nodes !== undefined && nodes !== existing.ports.nodes.length) ||
      (values.port !== undefined && port !== existing.ports.balancer))
  ) {
    console.error(
      `A cluster of ${existing.ports.nodes.length} nodes on port ${existing.ports.balancer} is set up in ${values.dir}; ` +
        'to change its size or port, remove it first: pnpm cluster:down -- --purge',
    );
    return 2;
  }

  ensurePrograms();
  const apiEntry = path.join(root, 'apps', 'api', 'dist', 'main.js');
  if (!existsSync(apiEntry)) {
    console.error('The API is not built: run pnpm build first (pnpm cluster does).');
    return 1;
  }
  const cluster = await Cluster.up({
    dir: values.dir,
    basePort: existing?.ports.balancer ?? port,
    nodes: existing?.ports.nodes.length ?? nodes,
    apiEntry,
    log,
  });
  const urls = cluster.databaseUrls;
  console.log(`
The wallet runs on ${cluster.ports.nodes.length} API nodes behind nginx:

  dashboard   ${cluster.url}
  API         ${cluster.url}/api/v1      docs: ${cluster.url}/api/docs
  nodes       ${cluster.ports.nodes.map((p) => `127.0.0.1:${p}`).join(', ')}   metrics: ${cluster.ports.metrics.map((p) => `:${p}`).join(', ')}
  PgBouncer   ${urls.pooled}   (transaction pooling; the replica as ${urls.replica})
  primary     ${urls.direct}   (LISTEN, advisory locks)
  owner       ${urls.owner}   (migrations only; the nodes run as wallet_runtime)
  replica     postgresql://wallet@127.0.0.1:${cluster.ports.replica}/wallet   (streaming, read-only)
  logs        ${path.relative(process.cwd(), cluster.dir) || '.'}/{nodes,pg,pgbouncer,nginx}

Prisma Studio on the primary: DATABASE_URL=${urls.owner} pnpm db:studio
Stop it all: pnpm cluster:down`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof MissingPackagesError ? error.message : error);
    process.exit(1);
  },
);
