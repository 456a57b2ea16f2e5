import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import { PrismaService } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import type { RequestContext } from './request-context';

/** One privileged or security action, as the audit trail keeps it. */
export interface AuditEntry {
  /** Dotted, lower case: 'auth.login', 'role.granted', 'wallet.frozen', 'adjustment.approved', ... */
  action: string;
  /** The user who did it; null with `actorLabel` when no user did (a command on the server). */
  actorId?: string | null;
  actorLabel?: string;
  /** The actor's staff role when they acted as staff. */
  actorRole?: string | null;
  subjectType?: string;
  subjectId?: string;
  /** The user whose security history shows it (the person it concerns). */
  userId?: string | null;
  before?: unknown;
  after?: unknown;
  context?: RequestContext;
}

const ACTION = /^[a-z_]+(\.[a-z_]+)+$/;

/**
 * Appends to the audit trail. Pass `db`, the transaction of the change being audited, so the record
 * commits (or rolls back) with it; without it the record is written on its own (a login, a failure).
 * The database sets the row's seq, time and hash (trigger audit_events_hash_chain) and refuses to change
 * it afterwards.
 */
@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaService) {}

  async record(entry: AuditEntry, db: Db = this.prisma): Promise<void> {
    if (!ACTION.test(entry.action)) throw new Error(`audit action ${entry.action} is not dotted lower case`);
    await db.auditEvent.createMany({
      data: [
        {
          action: entry.action,
          actorId: entry.actorId ?? null,
          actorLabel: entry.actorLabel?.slice(0, 120) ?? null,
          actorRole: entry.actorRole ?? null,
          subjectType: entry.subjectType ?? null,
          subjectId: entry.subjectId ?? null,
          userId: entry.userId ?? null,
          address: entry.context?.address?.slice(0, 64) ?? null,
          requestId: entry.context?.requestId?.slice(0, 128) ?? null,
          before: json(entry.before),
          after: json(entry.after),
          // Replaced by the database's trigger.
          hashVersion: 0,
          hash: new Uint8Array(0),
        },
      ],
    });
  }
}

function json(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null
    ? undefined
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
