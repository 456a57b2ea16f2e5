import { getCurrency, minorToNumber } from '@wallet/money';
import type {
  Occurrence,
  OccurrenceStatus,
  RepeatEvery,
  ScheduledTransfer,
  ScheduleStatus,
} from './dto/scheduled-transfer.dto';
import type { Series } from './schedule-dates';
import type { OccurrenceRow, ScheduleRow } from './scheduled-transfers.repository';

export function seriesOf(row: ScheduleRow): Series {
  return {
    startAt: row.startAt,
    every: (row.repeatEvery as RepeatEvery | null) ?? null,
    until: row.repeatUntil,
    count: row.repeatCount,
  };
}

export function toScheduledTransferView(row: ScheduleRow): ScheduledTransfer {
  return {
    id: row.id,
    sourceWalletId: row.sourceWalletId,
    destinationWalletId: row.destinationWalletId,
    amount: minorToNumber(row.amountMinor, getCurrency(row.currency)),
    currency: row.currency,
    description: row.description,
    reference: row.reference,
    startAt: row.startAt.toISOString(),
    repeat: row.repeatEvery
      ? {
          every: row.repeatEvery as RepeatEvery,
          until: row.repeatUntil?.toISOString() ?? null,
          count: row.repeatCount,
        }
      : null,
    status: row.status as ScheduleStatus,
    nextRunAt: row.nextRunAt?.toISOString() ?? null,
    occurrencesRun: row.occurrencesRun,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toOccurrenceView(row: OccurrenceRow): Occurrence {
  return {
    occurrence: row.occurrence,
    dueAt: row.dueAt.toISOString(),
    ranAt: row.ranAt.toISOString(),
    status: row.status as OccurrenceStatus,
    transactionId: row.transactionId,
    transferId: row.transferId,
    failureCode: row.failureCode,
  };
}
