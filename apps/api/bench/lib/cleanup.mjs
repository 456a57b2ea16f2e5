// What a benchmark started, undone on every way out: a normal end, a thrown error, Ctrl-C or SIGTERM.
// Steps run newest first. An async step runs on a normal or signalled end; its sync fallback (when given)
// runs on an abrupt process exit, so no server, database or temp folder outlives the benchmark.
const steps = [];
let running;

/** Registers an undo step; returns a function that runs it now (once) and forgets it. */
export function onCleanup(undo, undoSync = undefined) {
  const step = { undo, undoSync, done: false };
  steps.push(step);
  return async () => {
    if (step.done) return;
    step.done = true;
    steps.splice(steps.indexOf(step), 1);
    await undo();
  };
}

/** Runs every registered step, newest first, each once; failures are reported and do not stop the rest. */
export function cleanUp() {
  running ??= (async () => {
    while (steps.length > 0) {
      const step = steps.pop();
      if (step.done) continue;
      step.done = true;
      try {
        await step.undo();
      } catch (error) {
        console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return running;
}

/** Runs `main`, then cleans up; a signal or a failure cleans up too, and sets the exit code. */
export async function withCleanup(main) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping what the benchmark started`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  process.once('exit', () => {
    for (const step of steps.reverse()) {
      if (!step.done) {
        try {
          step.undoSync?.();
        } catch {}
      }
    }
  });
  try {
    await main();
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}
