import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import { Prisma } from '../generated/prisma/client';
import type { StatementPart } from '../transactions/ledger-events.port';
import type { PaymentRequestStatus } from './dto/payment-request.dto';
import type { PaymentRequestRow } from './payment-request.view';

const COLUMNS = Prisma.sql`
  pr.id, pr.seq, pr.requester_id AS "requesterId", pr.wallet_id AS "walletId",
  pr.amount_minor AS "amountMinor", pr.currency, pr.description, pr.status, pr.expires_at AS "expiresAt",
  pr.payer_wallet_id AS "payerWalletId", pr.payer_id AS "payerId", pr.paid_by AS "paidBy",
  pr.source_wallet_id AS "sourceWalletId", pr.transfer_id AS "transferId", pr.review_id AS "reviewId",
  pr.created_at AS "createdAt", pr.updated_at AS "updatedAt",
  ru.display_name AS "requesterName", pu.display_name AS "paidByName",
  (SELECT w.livemode FROM wallets w WHERE w.id = pr.wallet_id) AS "livemode",
  (SELECT t.id FROM transactions t WHERE pr.transfer_id IS NOT NULL AND t.transfer_id = pr.transfer_id
     AND t.type = 'TRANSFER_IN' AND t.refund_of IS NULL LIMIT 1) AS "inTransactionId",
  (SELECT t.id FROM transactions t WHERE pr.transfer_id IS NOT NULL AND t.transfer_id = pr.transfer_id
     AND t.type = 'TRANSFER_OUT' AND t.refund_of IS NULL LIMIT 1) AS "outTransactionId"`;

const FROM = Prisma.sql`
  FROM payment_requests pr JOIN users ru ON ru.id = pr.requester_id LEFT JOIN users pu ON pu.id = pr.paid_by`;

export interface NewPaymentRequest {
  id: string;
  requesterId: string;
  walletId: string;
  amountMinor: bigint;
  currency: string;
  description: string | null;
  expiresAt: Date | null;
  payerWalletId: string | null;
  payerId: string | null;
}

/** A change to an OPEN request: its final state, or a payment held for review. */
export interface RequestChange {
  status: PaymentRequestStatus;
  paidBy?: string | null;
  sourceWalletId?: string | null;
  transferId?: string | null;
  reviewId?: string | null;
  at: Date;
}

/** The payment_requests table's reads and writes (SQL: the row lock and the names are in one statement). */
@Injectable()
export class PaymentRequestsRepository {
  async create(db: Db, request: NewPaymentRequest, at: Date): Promise<PaymentRequestRow> {
    await db.$executeRaw`
      INSERT INTO payment_requests (id, requester_id, wallet_id, amount_minor, currency, description,
                                    expires_at, payer_wallet_id, payer_id, created_at, updated_at)
      VALUES (${request.id}::uuid, ${request.requesterId}::uuid, ${request.walletId}::uuid,
              ${request.amountMinor}, ${request.currency}, ${request.description},
              ${request.expiresAt}::timestamptz, ${request.payerWalletId}::uuid, ${request.payerId}::uuid,
              ${at}::timestamptz, ${at}::timestamptz)`;
    const row = await findPaymentRequest(db, request.id);
    if (!row) throw new Error('a payment request written was not read back');
    return row;
  }

  /** Locks the request until the transaction ends: every change of it queues behind the others. */
  async lock(db: Db, id: string): Promise<PaymentRequestRow | null> {
    const rows = await db.$queryRaw<PaymentRequestRow[]>`
      SELECT ${COLUMNS} ${FROM} WHERE pr.id = ${id}::uuid FOR UPDATE OF pr`;
    return rows[0] ?? null;
  }

  /** Applies `change` to an OPEN request the caller has locked; returns it as it is now. */
  async change(db: Db, id: string, change: RequestChange): Promise<PaymentRequestRow> {
    const set = (value: string | null | undefined, column: string) =>
      value === undefined ? Prisma.empty : Prisma.sql`, ${Prisma.raw(column)} = ${value}::uuid`;
    const updated = await db.$executeRaw`
      UPDATE payment_requests SET status = ${change.status}, updated_at = ${change.at}::timestamptz
        ${set(change.paidBy, 'paid_by')} ${set(change.sourceWalletId, 'source_wallet_id')}
        ${set(change.transferId, 'transfer_id')} ${set(change.reviewId, 'review_id')}
      WHERE id = ${id}::uuid AND status = 'OPEN'`;
    if (updated !== 1) throw new Error('a locked OPEN payment request could not be changed');
    const row = await findPaymentRequest(db, id);
    if (!row) throw new Error('a payment request changed was not read back');
    return row;
  }

  /** The caller's requests, newest first: asked by them, asked of them, or paid by them. */
  list(
    db: Db,
    userId: string,
    filter: {
      role?: 'requester' | 'payer';
      status?: PaymentRequestStatus;
      before?: bigint;
      limit: number;
      /** Only requests into a wallet of this mode (live or test). */
      livemode: boolean;
    },
  ): Promise<PaymentRequestRow[]> {
    const asRequester = Prisma.sql`pr.requester_id = ${userId}::uuid`;
    const asPayer = Prisma.sql`(pr.payer_id = ${userId}::uuid OR pr.paid_by = ${userId}::uuid)`;
    const whose =
      filter.role === 'requester'
        ? asRequester
        : filter.role === 'payer'
          ? asPayer
          : Prisma.sql`(${asRequester} OR ${asPayer})`;
    const lapsed = Prisma.sql`(pr.status = 'OPEN' AND pr.review_id IS NULL AND pr.expires_at <= clock_timestamp())`;
    const status =
      filter.status === undefined
        ? Prisma.empty
        : filter.status === 'EXPIRED'
          ? Prisma.sql`AND (pr.status = 'EXPIRED' OR ${lapsed})`
          : filter.status === 'OPEN'
            ? Prisma.sql`AND pr.status = 'OPEN' AND NOT COALESCE(${lapsed}, false)`
            : Prisma.sql`AND pr.status = ${filter.status}`;
    const before = filter.before === undefined ? Prisma.empty : Prisma.sql`AND pr.seq < ${filter.before}`;
    return db.$queryRaw<PaymentRequestRow[]>`
      SELECT ${COLUMNS} ${FROM} WHERE ${whose} ${status} ${before}
        AND EXISTS (SELECT 1 FROM wallets w WHERE w.id = pr.wallet_id AND w.livemode = ${filter.livemode})
      ORDER BY pr.seq DESC LIMIT ${filter.limit + 1}`;
  }

  /** Writes webhook events (the outbox's statement part) and returns the deliveries it made. */
  async emit(db: Db, part: StatementPart | null): Promise<unknown> {
    if (!part) return null;
    const rows = await db.$queryRaw<{ deliveries: unknown }[]>`
      WITH ${part.ctes} SELECT ${part.returns} AS deliveries`;
    return rows[0]?.deliveries ?? null;
  }
}

/** One request with its names and legs, or null. (Also read by the live events: events.service.ts.) */
export async function findPaymentRequest(db: Db, id: string): Promise<PaymentRequestRow | null> {
  const rows = await db.$queryRaw<PaymentRequestRow[]>`SELECT ${COLUMNS} ${FROM} WHERE pr.id = ${id}::uuid`;
  return rows[0] ?? null;
}
