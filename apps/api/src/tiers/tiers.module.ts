import { Global, Module } from '@nestjs/common';
import { AccountLimitsController } from './account-limits.controller';
import { OpsTiersController } from './ops-tiers.controller';
import { OutgoingLimits } from './outgoing-limits';
import { OutgoingLimitsRepository } from './outgoing-limits.repository';
import { TierDirectory } from './tier-directory';
import { TiersRepository } from './tiers.repository';
import { TiersService } from './tiers.service';

/**
 * Tiers: requests a minute (TierDirectory, read by the rate limiter) and money limits (OutgoingLimits,
 * called by the transfer), a user's view of theirs and the admin's routes. Global: the rate limiter and
 * the movements use it without importing it.
 */
@Global()
@Module({
  controllers: [AccountLimitsController, OpsTiersController],
  providers: [TierDirectory, OutgoingLimits, OutgoingLimitsRepository, TiersRepository, TiersService],
  exports: [TierDirectory, OutgoingLimits, TiersService],
})
export class TiersModule {}
