import { ApiProperty } from '@nestjs/swagger';

export class Currency {
  @ApiProperty({ example: 'USD' }) code!: string;
  @ApiProperty({ type: 'integer', description: 'Decimal places of the minor unit: USD 2, JPY 0, KWD 3.' })
  exponent!: number;
  @ApiProperty({ description: 'Largest amount of one operation, major units.' }) maxAmount!: number;
  @ApiProperty({ description: 'Largest balance of one wallet, major units.' }) maxBalance!: number;
}
/** The name the dashboard knows a currency's limits by. */
export type CurrencyInfo = Currency;
