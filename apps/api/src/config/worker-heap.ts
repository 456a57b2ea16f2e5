/**
 * V8 heap sizes for the API's workers (docs/performance.md, "Memory"). Without them V8 sizes the heap
 * for the machine (on 24 GiB, an old space of 4 GiB): with nothing to make it collect, a worker under load
 * grows to 350-430 MB though fewer than 60 MB of it is live. The caps keep a worker near what it uses:
 * - the old space (long-lived objects) at OLD_SPACE_MB: several times the live heap under load, so a burst
 *   of large answers (a 10,000-row statement) still fits; past it V8 collects harder, and fails only
 *   when live objects alone exceed it;
 * - the young generation's semi-space at SEMI_SPACE_MB: requests' short-lived objects die there, cheaply.
 * A flag given in NODE_OPTIONS or on the command line wins over these.
 */
export const OLD_SPACE_MB = 160;
export const SEMI_SPACE_MB = 8;

export function workerHeapFlags(execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const given = `${execArgv.join(' ')} ${env.NODE_OPTIONS ?? ''}`;
  const flags: string[] = [];
  if (!/--max-old-space-size\b/.test(given)) flags.push(`--max-old-space-size=${OLD_SPACE_MB}`);
  if (!/--max-semi-space-size\b/.test(given)) flags.push(`--max-semi-space-size=${SEMI_SPACE_MB}`);
  return flags;
}
