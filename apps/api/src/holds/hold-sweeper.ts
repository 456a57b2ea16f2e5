import { Injectable } from '@nestjs/common';
import { JobSweeper, SweeperDeps } from '../jobs/job-sweeper';
import { HoldsRepository } from './holds.repository';
import { HOLD_EXPIRY_QUEUE } from './holds.service';

/**
 * A hold still ACTIVE well past its expiresAt with no expiry job (JobSweeper) gets its job again, so its
 * money is not reserved forever: the expiry decides under the wallet's lock whether it is still to end.
 */
@Injectable()
export class HoldSweeper extends JobSweeper<{ holdId: string }> {
  constructor(deps: SweeperDeps, holds: HoldsRepository) {
    super('HoldSweeper', deps, {
      queue: HOLD_EXPIRY_QUEUE,
      what: 'holds past their expiry',
      stranded: (tx, expiredBefore, limit) => holds.stranded(tx, HOLD_EXPIRY_QUEUE, expiredBefore, limit),
    });
  }
}
