import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../audit/request-context';
import { DomainError } from '../common/errors';
import { BooksCheckService } from '../transactions/books-check/books-check.service';
import type { BooksCheckRecord, BooksCheckSummary } from './ops-books-check.dto';
import type { StaffMember } from './staff';

/** How many problems an answer lists; the rest are in the logs and `pnpm books:check`. */
const LISTED = 20;

/** The books check in the console: its latest record, and a check now (recorded in the audit trail). */
@Injectable()
export class OpsBooksCheckService {
  constructor(
    private readonly books: BooksCheckService,
    private readonly audit: AuditService,
  ) {}

  async latest(): Promise<BooksCheckRecord | null> {
    const latest = await this.books.latest();
    if (!latest) return null;
    return {
      finishedAt: latest.finishedAt.toISOString(),
      mode: latest.mode,
      walletsChecked: latest.walletsChecked,
      rowsChecked: latest.rowsChecked,
      discrepancies: latest.discrepancies,
      ok: latest.discrepancies === 0,
      digest: latest.digest,
    };
  }

  /**
   * An incremental check now. Another check running is a 503 to retry (nothing was checked, so nothing
   * is recorded); the check commits its own record, then the audit trail says who asked for it and what
   * it found.
   */
  async checkNow(staff: StaffMember, context: RequestContext): Promise<BooksCheckSummary> {
    const report = await this.books.runNow();
    if (!report) {
      throw new DomainError(
        'SERVICE_UNAVAILABLE',
        'Another check of the books is running; nothing was checked. Try again when it has finished.',
        { retryAfterSeconds: 10 },
      );
    }
    const summary: BooksCheckSummary = {
      mode: report.mode,
      startedAt: report.startedAt.toISOString(),
      durationMs: report.durationMs,
      walletsChecked: report.walletsChecked,
      rowsChecked: report.rowsChecked,
      rowsHashed: report.rowsHashed,
      discrepancies: report.discrepancies,
      truncated: report.truncated,
      ok: report.ok,
      digest: report.digest,
      found: report.found.slice(0, LISTED).map((d) => ({
        kind: d.kind,
        walletId: d.walletId ?? null,
        transactionId: d.transactionId ?? null,
        transferId: d.transferId ?? null,
        detail: d.detail,
      })),
    };
    await this.audit.record({
      action: 'books.checked',
      actorId: staff.userId,
      actorRole: staff.role,
      after: {
        mode: summary.mode,
        ok: summary.ok,
        discrepancies: summary.discrepancies,
        walletsChecked: summary.walletsChecked,
        rowsChecked: summary.rowsChecked,
        digest: summary.digest,
      },
      context,
    });
    return summary;
  }
}
