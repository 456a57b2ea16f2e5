/**
 * Polls `check` every 20 ms until it is true, and says how many milliseconds that took; fails past
 * `withinMs`, naming `what` was awaited. The bound only decides when a test gives up.
 */
export async function within(
  withinMs: number,
  check: () => boolean | Promise<boolean>,
  what = 'the condition',
): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > withinMs) throw new Error(`${what}: still not true after ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}
