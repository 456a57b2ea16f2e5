import { Injectable } from '@nestjs/common';
import { JobSweeper, SweeperDeps } from '../jobs/job-sweeper';
import { type OccurrenceJob, SCHEDULE_QUEUE } from './schedule-announcer';
import { ScheduledTransfersRepository } from './scheduled-transfers.repository';

/**
 * A schedule ACTIVE, overdue, with no job (JobSweeper) gets its next occurrence's job again: the run
 * decides under the schedule's lock whether that occurrence is still to run (OccurrenceRunner).
 */
@Injectable()
export class ScheduleSweeper extends JobSweeper<OccurrenceJob> {
  constructor(deps: SweeperDeps, schedules: ScheduledTransfersRepository) {
    super('ScheduleSweeper', deps, {
      queue: SCHEDULE_QUEUE,
      what: 'overdue scheduled transfers',
      stranded: (tx, dueBefore, limit) => schedules.stranded(tx, SCHEDULE_QUEUE, dueBefore, limit),
    });
  }
}
