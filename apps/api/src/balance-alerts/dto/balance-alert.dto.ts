import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';
import { DateTime, UuidProperty } from '../../common/http/openapi-decorators';
import { Amount, Rules } from '../../common/validation';

const THRESHOLD_DOC: ApiPropertyOptions = {
  type: String,
  nullable: true,
  pattern: '^\\d+(\\.\\d+)?$',
  example: '50.00',
};

/** Absent and null alike are skipped here: both clear the threshold. */
const Clearable = () => ValidateIf((_object, value) => value !== undefined && value !== null);

export class SetBalanceAlertRequest {
  @ApiPropertyOptional({
    ...THRESHOLD_DOC,
    description:
      'Alert when a movement takes the balance from at least this to under it (balance.below). Major units, a decimal string or a JSON number, like an amount; null or absent: no such alert.',
  })
  @Rules(Clearable(), Amount())
  below?: string | null;

  @ApiPropertyOptional({
    ...THRESHOLD_DOC,
    description:
      'Alert when a movement takes the balance from at most this to over it (balance.above). Greater than below when both are set.',
  })
  @Rules(Clearable(), Amount())
  above?: string | null;
}

export class BalanceAlert {
  @UuidProperty() walletId!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ type: Number, nullable: true, example: 50 }) below!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 1000 }) above!: number | null;
  @DateTime(true) updatedAt!: string | null;
}
