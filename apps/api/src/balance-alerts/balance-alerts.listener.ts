import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { getCurrency, minorToNumber } from '@wallet/money';
import type { Db } from '../database/db';
import { ownerNoticePayload } from '../events/owner-notice';
import { Prisma } from '../generated/prisma/client';
import type { LedgerEvents, PostedEntries, StatementPart } from '../transactions/ledger-events.port';
import { announce } from '../webhooks/announce';
import type { OutboxEvent } from '../webhooks/webhook-events';
import { WebhookOutbox } from '../webhooks/webhook-outbox';

/** A ledger row that crossed its wallet's alert, as the posting's statement found it. */
interface Crossing {
  walletId: string;
  transactionId: string;
  balance: string;
  below: string | null;
  above: string | null;
  wentBelow: boolean;
  wentAbove: boolean;
  /** The wallet's mode (live: true): the live event says it. */
  livemode: boolean;
}

/**
 * Balance alerts, on the ledger's port. A posting's rows carry each balance before and after, so a
 * crossing is read from them alone, with no state of its own (and so the same on every process): from
 * >= below to < below raises balance.below, from <= above to > above raises balance.above, once per
 * crossing (staying under or over raises nothing; coming back and crossing again raises it again).
 *
 * Cost: the crossing test rides in the posting's own statement (a CTE joining the rows that moved a
 * balance to balance_alerts by primary key), so a posting on a wallet without an alert pays no round
 * trip, only an index probe. Only a posting that crosses pays one more statement: the webhook events
 * and the live `alert` notifications (events/owner-notice.ts), with the deliveries' jobs.
 */
@Injectable()
export class BalanceAlertsListener implements LedgerEvents {
  constructor(private readonly outbox: WebhookOutbox) {}

  statementPart(posted: PostedEntries): StatementPart | null {
    const moved = posted.entries.filter(
      (entry) =>
        entry.status === 'SUCCESS' &&
        entry.balanceBeforeMinor !== entry.balanceAfterMinor &&
        posted.owners.get(entry.walletId),
    );
    if (moved.length === 0) return null;
    const col = <T>(read: (entry: (typeof moved)[number]) => T) => moved.map(read);
    return {
      ctes: Prisma.sql`balance_alert_crossings AS (
        SELECT e.wallet_id, e.transaction_id, e.after_minor, a.below_minor, a.above_minor,
               COALESCE(e.before_minor >= a.below_minor AND e.after_minor < a.below_minor, false) AS went_below,
               COALESCE(e.before_minor <= a.above_minor AND e.after_minor > a.above_minor, false) AS went_above
        FROM unnest(${col((e) => e.walletId)}::uuid[], ${col((e) => e.id)}::uuid[],
                    ${col((e) => e.balanceBeforeMinor)}::bigint[], ${col((e) => e.balanceAfterMinor)}::bigint[])
             AS e(wallet_id, transaction_id, before_minor, after_minor)
        JOIN balance_alerts a ON a.wallet_id = e.wallet_id
      )`,
      returns: Prisma.sql`(SELECT json_agg(json_build_object(
          'walletId', wallet_id, 'transactionId', transaction_id, 'balance', after_minor::text,
          'below', below_minor::text, 'above', above_minor::text,
          'wentBelow', went_below, 'wentAbove', went_above,
          'livemode', (SELECT w.livemode FROM wallets w WHERE w.id = wallet_id)))
        FROM balance_alert_crossings WHERE went_below OR went_above)`,
    };
  }

  async posted(tx: Db, posted: PostedEntries, fromStatement: unknown): Promise<void> {
    const crossings = (fromStatement as Crossing[] | null) ?? [];
    if (crossings.length === 0) return;
    const events: OutboxEvent[] = [];
    const notices: string[] = [];
    for (const crossing of crossings) {
      const ownerId = posted.owners.get(crossing.walletId);
      const entry = posted.entries.find((e) => e.id === crossing.transactionId);
      if (!ownerId || !entry) continue;
      const currency = getCurrency(entry.currency);
      const shown = (minor: string) => minorToNumber(BigInt(minor), currency);
      const raised = [
        ...(crossing.wentBelow && crossing.below
          ? [{ type: 'balance.below' as const, threshold: crossing.below }]
          : []),
        ...(crossing.wentAbove && crossing.above
          ? [{ type: 'balance.above' as const, threshold: crossing.above }]
          : []),
      ];
      for (const { type, threshold } of raised) {
        const data = {
          walletId: crossing.walletId,
          threshold: shown(threshold),
          balance: shown(crossing.balance),
          currency: entry.currency,
          transactionId: crossing.transactionId,
        };
        const id = randomUUID();
        events.push({ id, ownerId, type, payload: { id, type, createdAt: posted.at.toISOString(), data } });
        const notice = ownerNoticePayload(ownerId, 'alert', { type, ...data }, crossing.livemode);
        if (notice) notices.push(notice);
      }
    }
    await announce(tx, this.outbox, events, notices, posted.at);
  }
}
