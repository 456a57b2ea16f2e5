import { type BooksReport, checkBooks } from '../../src/transactions/books-check/books-check';
import type { TestApp } from '../support/app';
import { newStaff } from '../support/staff';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';

// This file breaks the audit trail's chain on purpose, so the ledger's after-each check (which checks
// the trail too) is off; the tests below run the check themselves.
const testApp = useTestApp({ checkLedger: false });
let t: TestApp;
let support: TestUser;
beforeAll(async () => {
  t = testApp();
  support = await newStaff(t, 'support');
});

async function booksCheck(): Promise<BooksReport> {
  const report = await checkBooks(t.db, { mode: 'incremental', whenBusy: 'wait' });
  if (!report) throw new Error('the books check did not run');
  return report;
}

describe('the audit trail under attack', () => {
  it('chains entries written at the same time, and the books check finds an entry changed behind the trigger', async () => {
    const someone = await t.newUser();
    const views = await Promise.all(
      Array.from({ length: 12 }, () => support.browser.get(`/api/v1/ops/users/${someone.id}`)),
    );
    expect(views.map((v) => v.status)).toEqual(Array(12).fill(200));
    const clean = await booksCheck();
    expect(clean.found.filter((f) => f.kind === 'AUDIT_HASH_MISMATCH')).toEqual([]);

    const { rows } = await t.db.query(
      "SELECT seq FROM audit_events WHERE action = 'ops.user_viewed' AND subject_id = $1 ORDER BY seq LIMIT 1",
      [someone.id],
    );
    const seq = rows[0].seq;
    // The owner, who can switch the trigger off, edits who did it.
    await t.db.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
    try {
      await t.db.query('UPDATE audit_events SET actor_id = NULL WHERE seq = $1', [seq]);
    } finally {
      await t.db.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
    }
    const report = await booksCheck();
    expect(report.ok).toBe(false);
    expect(report.found.filter((f) => f.kind === 'AUDIT_HASH_MISMATCH')).toEqual([
      expect.objectContaining({ detail: expect.stringContaining(`audit entry ${seq} (ops.user_viewed`) }),
    ]);
    // Deleting it instead breaks the entry after it.
    await t.db.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
    try {
      await t.db.query('DELETE FROM audit_events WHERE seq = $1', [seq]);
    } finally {
      await t.db.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
    }
    const after = await booksCheck();
    const broken = after.found.filter((f) => f.kind === 'AUDIT_HASH_MISMATCH');
    expect(broken).toHaveLength(1);
    expect(broken[0]?.detail).not.toContain(`audit entry ${seq} `);
  });
});
