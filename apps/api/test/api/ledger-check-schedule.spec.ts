import { startTestApp } from '../support/app';
import { within } from '../support/poll';
import { newWallet } from '../support/wallets';

// In a file of its own: the logger of the first application a test process starts stays the process's
// out-of-request logger, so this test's application must be the first.
describe('the scheduled ledger check', () => {
  it('runs on its own in the API, records its result and logs a discrepancy as an error', async () => {
    const lines: string[] = [];
    const t = await startTestApp(
      { LEDGER_CHECK_INTERVAL_SECONDS: '1', LOG_LEVEL: 'info' },
      { logStream: { write: (line: string) => void lines.push(line) } },
    );
    const walletsChecked = async () =>
      (await t.db.query('SELECT COALESCE(sum(wallets_checked), 0)::int AS n FROM ledger_checks')).rows[0].n;
    try {
      const w = await newWallet(t, 'USD', '1.00');
      await within(10_000, async () => (await walletsChecked()) >= 1, 'the scheduled check');
      expect(await walletsChecked()).toBe(1);
      const { rows } = await t.db.query('SELECT DISTINCT mode, discrepancies FROM ledger_checks');
      expect(rows).toEqual([{ mode: 'incremental', discrepancies: 0 }]);
      await within(
        10_000,
        () => lines.some((line) => line.includes('ledger check: the books balance')),
        'the check saying the books balance',
      );

      await t.db.query('ALTER TABLE wallets DISABLE TRIGGER USER');
      await t.db.query('UPDATE wallets SET balance_minor = 7 WHERE id = $1', [w.id]);
      await t.db.query('ALTER TABLE wallets ENABLE TRIGGER USER');
      await within(
        10_000,
        () => lines.some((line) => line.includes('ledger check found')),
        'the check logging what it found',
      );
      const logged = JSON.parse(lines.find((line) => line.includes('ledger check found')) ?? '{}');
      expect(logged.level).toBe(50);
      expect(logged.found[0].detail).toBe(`wallet ${w.id} holds 7 but its newest ledger row ends at 100`);
    } finally {
      await t.close();
    }
  });
});
