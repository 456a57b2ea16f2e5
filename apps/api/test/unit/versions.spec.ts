import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  API_VERSIONS,
  CURRENT_API_VERSION,
  FIRST_API_VERSION,
  versionHas,
  versionProblem,
} from '../../src/versions/versions';

const root = path.join(__dirname, '..', '..', '..', '..');

/** docs/versions.md as [version, its bullets], in the order written (newest first). */
function documented(): [string, string[]][] {
  const text = readFileSync(path.join(root, 'docs', 'versions.md'), 'utf8');
  const sections = text.split(/^## /m).slice(1);
  return sections.map((section) => {
    const [heading = '', ...lines] = section.split('\n');
    return [heading.trim(), lines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2))];
  });
}

describe('API versions', () => {
  it('are listed in docs/versions.md, newest first, each with the changes the code makes', () => {
    const inCode = [...API_VERSIONS]
      .reverse()
      .map((entry): [string, string[]] => [entry.version, entry.changes.map((change) => change.summary)]);
    expect(documented()).toEqual(inCode);
  });

  it('are dated, strictly increasing, and the current one is the newest', () => {
    const versions = API_VERSIONS.map((entry) => entry.version);
    for (const version of versions) expect(versionProblem(version)).toBeNull();
    expect([...versions].sort()).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    expect(CURRENT_API_VERSION).toBe(versions[versions.length - 1]);
    expect(FIRST_API_VERSION).toBe(versions[0]);
  });

  it('give a change to its version and later ones, never to earlier ones', () => {
    expect(versionHas('2026-12-08', 'api-key-expired-code')).toBe(true);
    expect(versionHas('2026-11-26', 'api-key-expired-code')).toBe(false);
  });

  it('say why a requested version is refused', () => {
    expect(versionProblem('2026-01-01')).toContain('There is no API version 2026-01-01');
    expect(versionProblem('latest')).toContain('must be a date as YYYY-MM-DD');
  });
});
