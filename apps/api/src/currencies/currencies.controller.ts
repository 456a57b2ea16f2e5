import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CurrencyInfo } from '@wallet/contract';
import { CURRENCIES, minorToNumber } from '@wallet/money';
import { Public } from '../auth/caller';
import { ApiOk } from '../common/http/openapi-decorators';

const VIEWS: CurrencyInfo[] = CURRENCIES.map((c) => ({
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
  @ApiOperation({ summary: 'The supported currencies and their limits' })
  @ApiOk(200, 'CurrencyList', 'Every currency a wallet can hold.')
  list(): CurrencyInfo[] {
    return VIEWS;
  }
}
