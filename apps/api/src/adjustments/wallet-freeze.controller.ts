import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentRequestContext, type RequestContext } from '../audit/request-context';
import { IdParam } from '../common/http/id-param.dto';
import { ApiCsrfToken, ApiOk, ApiRouteProblems } from '../common/http/openapi-decorators';
import { ANY_STAFF, CurrentStaff, MONEY_STAFF, Staff, type StaffMember } from '../ops/staff';
import { FreezeRequest, StaffWallet } from './dto/staff-wallet.dto';
import { WalletFreezeService } from './wallet-freeze.service';

const PROBLEMS = ['FORBIDDEN', 'NOT_FOUND', 'WALLET_NOT_FOUND', 'VALIDATION_FAILED'] as const;

/**
 * Freezing and unfreezing any wallet (finance, admin). A frozen wallet sends nothing; it still receives
 * transfers and funding, and approved adjustments still apply to it.
 */
@ApiTags('Operators')
@ApiCookieAuth()
@Staff(...MONEY_STAFF)
@Controller('api/v1/ops/wallets')
export class WalletFreezeController {
  constructor(private readonly freezes: WalletFreezeService) {}

  @Get(':id/freeze')
  @Staff(...ANY_STAFF)
  @ApiOperation({
    operationId: 'getWalletFreeze',
    summary: 'Whether a wallet is frozen, since when, why and by whom (staff)',
  })
  @ApiOk(200, StaffWallet, 'The wallet as staff see it.')
  @ApiRouteProblems('signed-in', ...PROBLEMS)
  state(@Param() { id }: IdParam): Promise<StaffWallet> {
    return this.freezes.state(id);
  }

  @Post(':id/freeze')
  @HttpCode(200)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'freezeWallet',
    summary: 'Freeze a wallet: it sends nothing until unfrozen, and still receives (finance, admin)',
    description:
      "Its owner's transfers and refunds out are then declined with 422 WALLET_FROZEN (recorded as FAILED entries). Freezing a frozen wallet changes nothing. Recorded in the audit trail (wallet.frozen).",
  })
  @ApiOk(200, StaffWallet, 'The wallet, frozen.')
  @ApiRouteProblems('signed-in', ...PROBLEMS)
  freeze(
    @CurrentStaff() staff: StaffMember,
    @Param() { id }: IdParam,
    @Body() body: FreezeRequest,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<StaffWallet> {
    return this.freezes.freeze(staff, id, body.reason, context);
  }

  @Post(':id/unfreeze')
  @HttpCode(200)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'unfreezeWallet',
    summary: 'Unfreeze a wallet (finance, admin)',
    description:
      'Unfreezing one that is not frozen changes nothing. Recorded in the audit trail (wallet.unfrozen).',
  })
  @ApiOk(200, StaffWallet, 'The wallet, no longer frozen.')
  @ApiRouteProblems('signed-in', ...PROBLEMS)
  unfreeze(
    @CurrentStaff() staff: StaffMember,
    @Param() { id }: IdParam,
    @Body() body: FreezeRequest,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<StaffWallet> {
    return this.freezes.unfreeze(staff, id, body.reason, context);
  }
}
