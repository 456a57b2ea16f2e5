import type { Db } from '../database/db';
import { Prisma } from '../generated/prisma/client';
import type { OutboxEvent } from './webhook-events';
import type { WebhookOutbox } from './webhook-outbox';

/**
 * Tells owners of something that is no posting's ledger row, on the caller's transaction: the webhook
 * events (and their deliveries) and the live-event notifications (events/owner-notice.ts) in one
 * statement, then the deliveries' jobs. A rollback takes all of it back; a commit sends all of it.
 */
export async function announce(
  tx: Db,
  outbox: WebhookOutbox,
  events: OutboxEvent[],
  notices: string[],
  at: Date,
): Promise<void> {
  if (events.length === 0 && notices.length === 0) return;
  const part = outbox.partFor(events, at);
  const rows = await tx.$queryRaw<{ deliveries: unknown }[]>`
    WITH ${part ? Prisma.sql`${part.ctes},` : Prisma.empty}
    notified AS (SELECT pg_notify('wallet_ledger', n) FROM unnest(${notices}::text[]) AS n)
    SELECT (SELECT count(*) FROM notified) AS notified,
           ${part ? part.returns : Prisma.sql`NULL::text[]`} AS deliveries`;
  await outbox.enqueue(tx, rows[0]?.deliveries ?? null);
}
