import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CURRENCIES, minorToNumber } from '@wallet/money';
import { Public } from '../auth/caller';
import { ApiOk, ApiRouteProblems } from '../common/http/openapi-decorators';
import type { Currency } from './dto/currency.dto';

const VIEWS: Currency[] = CURRENCIES.map((c) => ({
  code: c.code,
  exponent: c.exponent,
  maxAmount: minorToNumber(c.maxAmountMinor, c),
  maxBalance: minorToNumber(c.maxBalanceMinor, c),
}));

@ApiTags('Currencies')
@Public()
@Controller('api/v1/currencies')
export class CurrenciesController {
  @Get()
  @ApiOperation({
    operationId: 'listCurrencies',
    summary: 'The supported currencies and their limits',
    security: [],
  })
  @ApiOk(200, 'CurrencyList', 'Every currency a wallet can hold.')
  @ApiRouteProblems('public', 'VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED')
  list(): Currency[] {
    return VIEWS;
  }
}
