/**
 * V8 heap sizes for the API's workers (docs/performance.md, "Workers and memory"). Without them V8 sizes
 * the heap for the machine (on 24 GiB, an old space of 4 GiB) and grows it lazily: a worker under load
 * reaches 300-430 MB of RSS though about 45 MB of it is live. With a small maximum V8 grows the heap in
 * smaller steps and collects sooner; measured under the benchmark's load, a worker stays near 185 MB with
 * no measurable cost in CPU per transfer:
 * - the old space (long-lived objects) at OLD_SPACE_MB: five times the live heap, so a burst of large
 *   answers still fits; V8 fails only when live objects alone exceed it (the primary then starts
 *   another worker);
 * - the young generation's semi-space at SEMI_SPACE_MB: requests' short-lived objects die there.
 * A flag given in NODE_OPTIONS or on the command line wins over these.
 */
export const OLD_SPACE_MB = 256;
export const SEMI_SPACE_MB = 8;

export function workerHeapFlags(execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const given = `${execArgv.join(' ')} ${env.NODE_OPTIONS ?? ''}`;
  const flags: string[] = [];
  if (!/--max-old-space-size\b/.test(given)) flags.push(`--max-old-space-size=${OLD_SPACE_MB}`);
  if (!/--max-semi-space-size\b/.test(given)) flags.push(`--max-semi-space-size=${SEMI_SPACE_MB}`);
  return flags;
}
