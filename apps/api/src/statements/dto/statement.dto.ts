import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateTime, Money, UuidProperty } from '../../common/http/openapi-decorators';
import { QueryChoice, QueryInstant } from '../../common/validation';
import { Transaction } from '../../transactions/dto/transaction.dto';

export const STATEMENT_FORMATS = ['csv', 'json'] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];

const INSTANT_DOC =
  'An ISO 8601 date (2026-11-27) or date-time (2026-11-27T10:00:00Z; without an offset, UTC).';

export class BalanceAtQuery {
  @ApiPropertyOptional({
    type: String,
    example: '2026-11-27T10:00:00Z',
    description: `${INSTANT_DOC} A date alone means the end of that day. Defaults to now.`,
  })
  @QueryInstant('end')
  at?: Date;
}

export class BalanceAt {
  @UuidProperty() walletId!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @DateTime() at!: string;
  @Money(74.5, 'The balance after the newest ledger entry at or before `at`; 0 before the first.')
  balance!: number;
}

export class StatementQuery {
  @ApiPropertyOptional({
    type: String,
    example: '2026-11-01',
    description: `${INSTANT_DOC} A date alone is the start of that day. Defaults to 30 days before \`to\`.`,
  })
  @QueryInstant('start')
  from?: Date;

  @ApiPropertyOptional({
    type: String,
    example: '2026-11-30',
    description: `${INSTANT_DOC} A date alone is the end of that day. Defaults to now.`,
  })
  @QueryInstant('end')
  to?: Date;

  @ApiPropertyOptional({
    enum: STATEMENT_FORMATS,
    description: 'Wins over the Accept header; without either, JSON.',
  })
  @QueryChoice(STATEMENT_FORMATS)
  format?: StatementFormat;
}

export class Statement {
  @UuidProperty() walletId!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @DateTime() from!: string;
  @DateTime() to!: string;
  @Money(100, 'The balance just before `from`.') openingBalance!: number;
  @Money(74.5, 'The balance at `to`: the opening balance plus the SUCCESS entries listed.')
  closingBalance!: number;
  @Money(
    20,
    'Money reserved at `to`: holds active then and transfers held for review then (not in the entries: nothing moved).',
  )
  closingHeld!: number;
  @Money(54.5, 'closingBalance less closingHeld: what could be spent at `to`.')
  closingAvailableBalance!: number;
  @ApiProperty({ type: [Transaction], description: 'Every entry from `from` to `to`, oldest first.' })
  transactions!: Transaction[];
}
