import { Injectable } from '@nestjs/common';
import { type Currency, formatMinor, getCurrency, minorToNumber } from '@wallet/money';
import type { Caller } from '../auth/caller';
import { livemodeOf } from '../auth/mode';
import { ValidationFailedError } from '../common/errors';
import type { Db } from '../database/db';
import { ReadReplica } from '../database/read-replica';
import type { TransactionRow, WalletRow } from '../database/rows';
import { WalletNotFoundError } from '../transactions/transactions.errors';
import { TransactionsService } from '../transactions/transactions.service';
import { WalletsRepository } from '../wallets/wallets.repository';
import type { BalanceAt, StatementFormat } from './dto/statement.dto';
import { balanceLine, CSV_HEADER, csvLine, entryLine } from './statement-csv';
import { type LedgerPoint, StatementsRepository } from './statements.repository';

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;
/** A statement covers at most this many days; ask for several to cover more. */
export const MAX_STATEMENT_DAYS = 366;
/** Rows read per query while a statement streams: what sits in memory at once. */
const PAGE_ROWS = 500;

/** A statement ready to stream: its content type, file name and the text, produced as it is read. */
export interface StatementDownload {
  contentType: string;
  filename: string | null;
  chunks: AsyncIterable<string>;
}

interface Window {
  /** Where the window was read, and where its pages are read (the primary's, if the replica goes away). */
  db: Db;
  wallet: WalletRow;
  currency: Currency;
  from: Date;
  to: Date;
  opening: LedgerPoint;
  closing: LedgerPoint;
  /** Money reserved at `to` (active holds, transfers held for review). */
  closingHeldMinor: bigint;
}

/**
 * What the ledger says about a wallet over time: its balance at a moment, and statements. Both read
 * only the ledger (balance_after of the newest entry at a moment), never the wallet's current balance.
 */
@Injectable()
export class StatementsService {
  constructor(
    private readonly reads: ReadReplica,
    private readonly wallets: WalletsRepository,
    private readonly statements: StatementsRepository,
    private readonly ledger: TransactionsService,
  ) {}

  async balanceAt(caller: Caller, walletId: string, at: Date = new Date()): Promise<BalanceAt> {
    const { wallet, point } = await this.reads.read(caller.userId, async (db) => {
      const wallet = await this.ownedWallet(db, caller, walletId);
      return { wallet, point: await this.statements.pointAt(db, walletId, at) };
    });
    const currency = getCurrency(wallet.currency);
    return {
      walletId,
      currency: wallet.currency,
      at: at.toISOString(),
      balance: minorToNumber(point.balanceMinor, currency),
    };
  }

  /**
   * Checks the request and fixes the window (the entries it covers, up to the newest at `to`) before
   * anything is sent, so a refusal is still a problem answer; then the text is produced page by page.
   */
  async statement(
    caller: Caller,
    walletId: string,
    query: { from?: Date; to?: Date; format: StatementFormat },
  ): Promise<StatementDownload> {
    const to = query.to ?? new Date();
    const from = query.from ?? new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
    if (from.getTime() > to.getTime()) {
      throw new ValidationFailedError('The query is not valid: from must not be after to.', [
        { field: 'from', message: 'must not be after to' },
      ]);
    }
    if (to.getTime() - from.getTime() > MAX_STATEMENT_DAYS * DAY_MS) {
      throw new ValidationFailedError(
        `The query is not valid: a statement covers at most ${MAX_STATEMENT_DAYS} days.`,
        [{ field: 'from', message: `must be at most ${MAX_STATEMENT_DAYS} days before to` }],
      );
    }
    // The window and the pages come from one database (the replica, or the primary), so the pages hold
    // every entry up to the closing point; the primary holds them too, should the replica go away.
    const read = await this.reads.read(caller.userId, async (db) => {
      const wallet = await this.ownedWallet(db, caller, walletId);
      const [opening, closing, closingHeldMinor] = await Promise.all([
        this.statements.pointAt(db, walletId, new Date(from.getTime() - 1)),
        this.statements.pointAt(db, walletId, to),
        this.statements.heldAt(db, walletId, to),
      ]);
      return { db, wallet, opening, closing, closingHeldMinor };
    });
    const window = { ...read, currency: getCurrency(read.wallet.currency), from, to };
    if (query.format === 'csv') {
      const day = (d: Date) => d.toISOString().slice(0, 10);
      return {
        contentType: 'text/csv; charset=utf-8',
        filename: `statement-${walletId}-${day(from)}-${day(to)}.csv`,
        chunks: this.csv(window),
      };
    }
    return {
      contentType: 'application/json; charset=utf-8',
      filename: null,
      chunks: this.json(caller, window),
    };
  }

  private async *csv(w: Window): AsyncIterable<string> {
    yield csvLine(CSV_HEADER);
    yield balanceLine('OPENING_BALANCE', w.from, formatBalance(w.opening, w.currency));
    for await (const rows of this.pages(w, async (_db, rows) => rows)) {
      yield rows.map((row) => entryLine(row, w.currency)).join('');
    }
    yield balanceLine('CLOSING_BALANCE', w.to, formatBalance(w.closing, w.currency));
  }

  private async *json(caller: Caller, w: Window): AsyncIterable<string> {
    const head = {
      walletId: w.wallet.id,
      currency: w.wallet.currency,
      from: w.from.toISOString(),
      to: w.to.toISOString(),
      openingBalance: minorToNumber(w.opening.balanceMinor, w.currency),
      closingBalance: minorToNumber(w.closing.balanceMinor, w.currency),
      closingHeld: minorToNumber(w.closingHeldMinor, w.currency),
      closingAvailableBalance: minorToNumber(w.closing.balanceMinor - w.closingHeldMinor, w.currency),
    };
    yield `${JSON.stringify(head).slice(0, -1)},"transactions":[`;
    let first = true;
    for await (const views of this.pages(w, (db, rows) => this.ledger.viewsFor(db, caller.userId, rows))) {
      yield `${first ? '' : ','}${views.map((view) => JSON.stringify(view)).join(',')}`;
      first = false;
    }
    yield ']}';
  }

  /**
   * The window's entries, oldest first, a page per query, each page made into what is sent by `shape`
   * on the same database. If the replica goes away mid-statement, the rest comes from the primary, which
   * holds every entry up to the closing point too (ledger rows never change).
   */
  private async *pages<T>(
    w: Window,
    shape: (db: Db, rows: TransactionRow[]) => Promise<T>,
  ): AsyncIterable<T> {
    let db = w.db;
    let afterSeq = w.opening.seq;
    while (afterSeq < w.closing.seq) {
      const window = { afterSeq, uptoSeq: w.closing.seq };
      const page = await this.reads.resume(db, async (on) => {
        const rows = await this.statements.page(on, w.wallet.id, window, PAGE_ROWS);
        return { rows, shaped: await shape(on, rows) };
      });
      db = page.db;
      const last = page.value.rows.at(-1);
      if (!last) return;
      yield page.value.shaped;
      afterSeq = last.seq;
    }
  }

  private async ownedWallet(db: Db, caller: Caller, walletId: string): Promise<WalletRow> {
    const wallet = await this.wallets.findOwned(db, walletId, caller.userId, livemodeOf(caller));
    if (!wallet) throw new WalletNotFoundError(walletId);
    return wallet;
  }
}

function formatBalance(point: LedgerPoint, currency: Currency): string {
  return formatMinor(point.balanceMinor, currency);
}
