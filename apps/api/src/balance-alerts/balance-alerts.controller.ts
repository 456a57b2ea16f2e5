import { Body, Controller, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller, RequireScope } from '../auth/caller';
import { IdParam } from '../common/http/id-param.dto';
import { ApiCsrfToken, ApiOk, ApiProblems } from '../common/http/openapi-decorators';
import { BalanceAlertsService } from './balance-alerts.service';
import { BalanceAlert, SetBalanceAlertRequest } from './dto/balance-alert.dto';

@ApiTags('Wallets')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/v1/wallets')
export class BalanceAlertsController {
  constructor(private readonly alerts: BalanceAlertsService) {}

  @Put(':id/alert')
  @RequireScope('wallets:write')
  @HttpCode(200)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'setBalanceAlert',
    summary: "Set a wallet's balance alert (below and/or above)",
    description:
      'Replaces the alert: a threshold absent or null is cleared (both cleared: no alert). A movement that takes the balance from at least `below` to under it raises balance.below; from at most `above` to over it, balance.above (a live `alert` event and a webhook), once per crossing.',
  })
  @ApiOk(200, BalanceAlert, 'The alert as it now is.')
  @ApiProblems('VALIDATION_FAILED', 'WALLET_NOT_FOUND', 'PAYLOAD_TOO_LARGE')
  set(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @Body() body: SetBalanceAlertRequest,
  ): Promise<BalanceAlert> {
    return this.alerts.set(caller, id, body);
  }

  @Get(':id/alert')
  @RequireScope('wallets:read')
  @ApiOperation({ operationId: 'getBalanceAlert', summary: "A wallet's balance alert" })
  @ApiOk(200, BalanceAlert, 'The alert (below and above null, updatedAt null: none set).')
  @ApiProblems('VALIDATION_FAILED', 'WALLET_NOT_FOUND')
  get(@CurrentCaller() caller: Caller, @Param() { id }: IdParam): Promise<BalanceAlert> {
    return this.alerts.get(caller, id);
  }
}
