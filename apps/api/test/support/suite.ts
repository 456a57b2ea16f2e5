import { startTestApp, type TestApp } from './app';
import { expectLedgerConsistent } from './ledger';

/**
 * The usual frame of an API test file: one app on its own database for the file, the ledger's
 * promises checked after every test, everything closed at the end. Returns a getter for the app.
 */
export function useTestApp(
  options: { checkLedger?: boolean; env?: Record<string, string> } = {},
): () => TestApp {
  let t: TestApp | undefined;
  beforeAll(async () => {
    t = await startTestApp(options.env);
  });
  if (options.checkLedger !== false) {
    afterEach(async () => {
      if (t) await expectLedgerConsistent(t.db);
    });
  }
  afterAll(async () => {
    await t?.close();
  });
  return () => {
    if (!t) throw new Error('the test app is not started yet');
    return t;
  };
}
