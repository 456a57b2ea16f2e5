import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller, RequireScope } from '../auth/caller';
import { livemodeOf } from '../auth/mode';
import { ApiOk, ApiProblems } from '../common/http/openapi-decorators';
import { AccountLimits } from './dto/tier.dto';
import { TiersService } from './tiers.service';

@ApiTags('Account')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/v1/account')
export class AccountLimitsController {
  constructor(private readonly tiers: TiersService) {}

  @Get('limits')
  @RequireScope('wallets:read')
  @ApiOperation({
    operationId: 'getAccountLimits',
    summary: 'Your tier, its limits and what is left of them',
    description:
      'Requests a minute (all your keys and sessions together), and per currency with a limit, what you may send to other users per UTC day and month: the limit, what you sent and what is left. Transfers between your own wallets, funding and refunds do not count. In test mode no money limit applies: `limits` is empty.',
  })
  @ApiOk(200, AccountLimits, 'Your tier and limits.')
  @ApiProblems()
  get(@CurrentCaller() caller: Caller): Promise<AccountLimits> {
    return this.tiers.accountLimits(caller.userId, new Date(), livemodeOf(caller));
  }
}
