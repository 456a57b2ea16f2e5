import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * A stand-in build of the dashboard (index.html and the given files under assets/): what the tests
 * check is how the API serves whatever is built. Returns its folder.
 */
export async function standInDashboard(
  assets: Record<string, string | Buffer>,
  indexHtml = '<!doctype html><div id="root"></div>',
): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wallet-web-dist-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), indexHtml);
  for (const [name, content] of Object.entries(assets))
    await writeFile(path.join(dir, 'assets', name), content);
  return dir;
}
