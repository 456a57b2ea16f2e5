import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createOpenApiDocument } from './document';

/**
 * Writes the API contract the dashboard builds against: packages/contract/openapi.json (the OpenAPI
 * document) and packages/contract/src/openapi.ts (its types, by openapi-typescript). Both come from
 * the API's DTO classes, so no shape is written twice.
 *
 *   node dist/contract/emit.js --out <contract package dir>           write the files
 *   node dist/contract/emit.js --out <dir> --check  (or CI=true)      only check them; exit 1 if stale
 *
 * In CI the files are checked, never written: a stale contract fails the build instead of being
 * quietly regenerated on the runner.
 */

const HEADER = `/**
 * Generated from the API's OpenAPI document (apps/api/src/contract/emit.ts): do not edit.
 * Regenerate with \`pnpm --filter @wallet/contract generate\`.
 */
`;

/** apps/api, from src/contract or dist/contract: where openapi-typescript is installed. */
const API_DIR = path.join(__dirname, '..', '..');

export const CONTRACT_FILES = ['openapi.json', 'src/openapi.ts'] as const;
export type ContractFiles = Record<(typeof CONTRACT_FILES)[number], string>;

/**
 * openapi-typescript is an ES module, which neither this CommonJS build nor Jest's module system on
 * Node 20 can load in-process; a child node process does, with the document on stdin.
 */
const TO_TYPES = `
import openapiTS, { astToString } from 'openapi-typescript';
let text = '';
for await (const chunk of process.stdin) text += chunk;
const ast = await openapiTS(JSON.parse(text), { enumValues: true, alphabetize: true });
process.stdout.write(astToString(ast));
`;

/** The contract files' contents for a document, in memory. */
export function renderContract(document: OpenAPIObject): ContractFiles {
  const json = `${JSON.stringify(document, null, 2)}\n`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', TO_TYPES], {
    cwd: API_DIR,
    input: json,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`openapi-typescript failed: ${run.stderr}`);
  return { 'openapi.json': json, 'src/openapi.ts': HEADER + run.stdout };
}

/** The contract files that differ from `files` in `dir`. */
export function staleFiles(dir: string, files: ContractFiles): string[] {
  return CONTRACT_FILES.filter((name) => {
    try {
      return readFileSync(path.join(dir, name), 'utf8') !== files[name];
    } catch {
      return true;
    }
  });
}

async function main(argv: string[]): Promise<number> {
  const outIndex = argv.indexOf('--out');
  const dir = path.resolve(outIndex >= 0 ? (argv[outIndex + 1] ?? '.') : '.');
  const check = argv.includes('--check') || process.env.CI === 'true';
  const files = renderContract(await createOpenApiDocument());
  if (check) {
    const stale = staleFiles(dir, files);
    if (stale.length === 0) return 0;
    console.error(
      `The API contract in ${dir} is stale: ${stale.join(', ')} no longer match(es) the API's DTO classes.\n` +
        'Run `pnpm --filter @wallet/contract generate` without CI=true and commit the result.',
    );
    return 1;
  }
  for (const name of CONTRACT_FILES) writeFileSync(path.join(dir, name), files[name]);
  console.log(`Wrote ${CONTRACT_FILES.map((name) => path.join(dir, name)).join(' and ')}`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
