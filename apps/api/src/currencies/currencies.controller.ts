import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CURRENCIES, minorToNumber } from '@wallet/money';
import { z } from 'zod';
import { ApiOk } from '../common/http/openapi-decorators';

export const CurrencySchema = z
  .object({
    code: z.string().meta({ example: 'USD' }),
    exponent: z
      .number()
      .int()
      .meta({ description: 'Decimal places of the minor unit: USD 2, JPY 0, KWD 3.' }),
    maxAmount: z.number().meta({ description: 'Largest amount of one operation, major units.' }),
    maxBalance: z.number().meta({ description: 'Largest balance of one wallet, major units.' }),
  })
  .meta({ id: 'Currency' });
export const CurrencyListSchema = z.array(CurrencySchema).meta({ id: 'CurrencyList' });
type CurrencyView = z.infer<typeof CurrencySchema>;

const VIEWS: CurrencyView[] = CURRENCIES.map((c) => ({
  code: c.code,
  exponent: c.exponent,
  maxAmount: minorToNumber(c.maxAmountMinor, c),
  maxBalance: minorToNumber(c.maxBalanceMinor, c),
}));

@ApiTags('Currencies')
@Controller('api/v1/currencies')
export class CurrenciesController {
  @Get()
  @ApiOperation({ summary: 'The supported currencies and their limits' })
  @ApiOk(200, 'CurrencyList', 'Every currency a wallet can hold.')
  list(): CurrencyView[] {
    return VIEWS;
  }
}
