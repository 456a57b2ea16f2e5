// The dashboard's JavaScript budget: 250 kB gzipped in all. Run after `vite build`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1000;
const dir = path.join(import.meta.dirname, '..', 'dist', 'assets');
const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
let total = 0;
for (const file of files) {
  const gz = gzipSync(readFileSync(path.join(dir, file))).length;
  total += gz;
  console.log(`${file}: ${(gz / 1000).toFixed(1)} kB gzipped`);
}
console.log(
  `dashboard JavaScript: ${(total / 1000).toFixed(1)} kB gzipped (budget ${BUDGET_BYTES / 1000} kB)`,
);
if (files.length === 0 || total > BUDGET_BYTES) {
  console.error(files.length === 0 ? 'no build output: run vite build first' : 'over budget');
  process.exit(1);
}
