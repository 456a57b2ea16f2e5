import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { JobQueueName } from '@wallet/postgres';
import type { Db } from '../database/db';
import { ownerNoticePayload } from '../events/owner-notice';
import { announce } from '../webhooks/announce';
import type { OutboxEvent, WebhookEventType } from '../webhooks/webhook-events';
import { WebhookOutbox } from '../webhooks/webhook-outbox';
import { toOccurrenceView, toScheduledTransferView } from './scheduled-transfer.view';
import type { OccurrenceRow, ScheduleRow } from './scheduled-transfers.repository';

/** The durable queue the occurrences run from. */
export const SCHEDULE_QUEUE: JobQueueName = 'scheduled-transfer';

/** A job: run occurrence `occurrence` (1-based) of schedule `scheduleId`. */
export interface OccurrenceJob {
  scheduleId: string;
  occurrence: number;
}

type ScheduleEventType = Extract<WebhookEventType, `scheduled_transfer.${string}`>;

/**
 * Tells a schedule's owner what happened to it, in the transaction that made it happen: a webhook
 * (scheduled_transfer.executed, .failed, .completed) and a live `scheduled_transfer` event, both with
 * `{ type, scheduledTransfer, occurrence }` (occurrence null on completed). An occurrence held for
 * review raises no scheduled_transfer webhook of its own: transfer.held tells it.
 */
@Injectable()
export class ScheduleAnnouncer {
  constructor(private readonly outbox: WebhookOutbox) {}

  ran(tx: Db, schedule: ScheduleRow, occurrence: OccurrenceRow, at: Date): Promise<void> {
    const told: { type: ScheduleEventType | null; occurrence: OccurrenceRow | null }[] = [
      {
        type:
          occurrence.status === 'SUCCEEDED'
            ? 'scheduled_transfer.executed'
            : occurrence.status === 'DECLINED'
              ? 'scheduled_transfer.failed'
              : null,
        occurrence,
      },
    ];
    if (schedule.status === 'COMPLETED')
      told.push({ type: 'scheduled_transfer.completed', occurrence: null });
    return this.tell(tx, schedule, told, at);
  }

  completed(tx: Db, schedule: ScheduleRow, at: Date): Promise<void> {
    return this.tell(tx, schedule, [{ type: 'scheduled_transfer.completed', occurrence: null }], at);
  }

  private async tell(
    tx: Db,
    schedule: ScheduleRow,
    told: { type: ScheduleEventType | null; occurrence: OccurrenceRow | null }[],
    at: Date,
  ): Promise<void> {
    // The live event says its source wallet's mode: an API key's stream gets only its own mode's.
    const source = await tx.wallet.findUnique({
      where: { id: schedule.sourceWalletId },
      select: { livemode: true },
    });
    const livemode = source?.livemode ?? true;
    const scheduledTransfer = toScheduledTransferView(schedule);
    const events: OutboxEvent[] = [];
    const notices: string[] = [];
    for (const { type, occurrence } of told) {
      const data = {
        type: type ?? 'scheduled_transfer.held',
        scheduledTransfer,
        occurrence: occurrence ? toOccurrenceView(occurrence) : null,
      };
      const notice = ownerNoticePayload(schedule.ownerId, 'scheduled_transfer', data, livemode);
      if (notice) notices.push(notice);
      if (!type) continue;
      const id = randomUUID();
      events.push({
        id,
        ownerId: schedule.ownerId,
        type,
        payload: {
          id,
          type,
          createdAt: at.toISOString(),
          data: { scheduledTransfer, occurrence: data.occurrence },
        },
      });
    }
    return announce(tx, this.outbox, events, notices, at);
  }
}
