// A Jest global setup and teardown for packages whose tests make temp folders: the run gets a folder of
// its own as TMPDIR (test workers, and whatever they start, inherit it), removed when the run ends, so
// a run leaves no temp folder behind, failed ones included.
const { mkdtempSync, rmSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

async function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), `wallet-test-run-${process.pid}-`));
  globalThis.walletRunTmpdir = dir;
  process.env.TMPDIR = dir;
}

async function teardown() {
  const dir = globalThis.walletRunTmpdir;
  if (dir) rmSync(dir, { recursive: true, force: true });
}

module.exports = { setup, teardown };
