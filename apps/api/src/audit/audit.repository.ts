import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import type { Prisma } from '../generated/prisma/client';
import type { AuditEventView, SecurityEventView } from './audit.dto';

export interface AuditFilter {
  action?: string;
  actorId?: string;
  userId?: string;
  subjectId?: string;
  from?: Date;
  to?: Date;
}

const EVENT_SELECT = {
  seq: true,
  id: true,
  occurredAt: true,
  action: true,
  actorId: true,
  actorLabel: true,
  actorRole: true,
  subjectType: true,
  subjectId: true,
  userId: true,
  address: true,
  requestId: true,
  before: true,
  after: true,
  hash: true,
} as const;

type EventRow = Prisma.AuditEventGetPayload<{ select: typeof EVENT_SELECT }>;

/** Reads of the audit trail (it is written by AuditService only). Newest first. */
@Injectable()
export class AuditRepository {
  async search(
    db: Db,
    filter: AuditFilter,
    page: { before?: bigint; take: number },
  ): Promise<(EventRow & { actorEmail: string | null })[]> {
    const rows = await db.auditEvent.findMany({
      where: {
        ...where(filter),
        ...(page.before !== undefined ? { seq: { lt: page.before } } : {}),
      },
      orderBy: { seq: 'desc' },
      take: page.take,
      select: EVENT_SELECT,
    });
    return this.withEmails(db, rows);
  }

  /** The same, oldest first from after `after`: the export's batches. */
  async searchOldestFirst(
    db: Db,
    filter: AuditFilter,
    page: { after?: bigint; take: number },
  ): Promise<(EventRow & { actorEmail: string | null })[]> {
    const rows = await db.auditEvent.findMany({
      where: { ...where(filter), ...(page.after !== undefined ? { seq: { gt: page.after } } : {}) },
      orderBy: { seq: 'asc' },
      take: page.take,
      select: EVENT_SELECT,
    });
    return this.withEmails(db, rows);
  }

  /** A user's own security history: what concerns them, newest first. */
  securityHistory(db: Db, userId: string, page: { before?: bigint; take: number }) {
    return db.auditEvent.findMany({
      where: { userId, ...(page.before !== undefined ? { seq: { lt: page.before } } : {}) },
      orderBy: { seq: 'desc' },
      take: page.take,
      select: { seq: true, id: true, occurredAt: true, action: true, actorId: true, address: true },
    });
  }

  private async withEmails(db: Db, rows: EventRow[]) {
    const ids = [...new Set(rows.flatMap((row) => (row.actorId ? [row.actorId] : [])))];
    const users = ids.length
      ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } })
      : [];
    const emails = new Map(users.map((user) => [user.id, user.email]));
    return rows.map((row) => ({
      ...row,
      actorEmail: row.actorId ? (emails.get(row.actorId) ?? null) : null,
    }));
  }
}

function where(filter: AuditFilter): Prisma.AuditEventWhereInput {
  const action = filter.action
    ? filter.action.endsWith('.')
      ? { startsWith: filter.action }
      : { equals: filter.action }
    : undefined;
  return {
    ...(action ? { action } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.userId ? { userId: filter.userId } : {}),
    ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
    ...(filter.from || filter.to
      ? {
          occurredAt: {
            ...(filter.from ? { gte: filter.from } : {}),
            ...(filter.to ? { lte: filter.to } : {}),
          },
        }
      : {}),
  };
}

export function toAuditEventView(row: EventRow & { actorEmail: string | null }): AuditEventView {
  return {
    id: row.id,
    seq: row.seq.toString(),
    occurredAt: row.occurredAt.toISOString(),
    action: row.action,
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    actorLabel: row.actorLabel,
    actorRole: row.actorRole,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    userId: row.userId,
    address: row.address,
    requestId: row.requestId,
    before: row.before ?? null,
    after: row.after ?? null,
    hash: Buffer.from(row.hash).toString('hex'),
  };
}

export function toSecurityEventView(
  row: { id: string; occurredAt: Date; action: string; actorId: string | null; address: string | null },
  userId: string,
): SecurityEventView {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    action: row.action,
    // A failed sign-in with the user's email has no actor: it may not have been them.
    by:
      row.actorId === userId
        ? 'you'
        : row.actorId
          ? 'staff'
          : row.action.startsWith('auth.')
            ? 'someone'
            : 'system',
    address: row.address,
  };
}
