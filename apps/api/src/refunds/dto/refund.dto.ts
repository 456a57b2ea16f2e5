import { ApiPropertyOptional } from '@nestjs/swagger';
import { Amount, Optional, Rules } from '../../common/validation';
import { MovementNote, TransferResult } from '../../wallets/dto/wallet.dto';

export class RefundRequest extends MovementNote {
  @ApiPropertyOptional({
    description:
      'How much to send back, in major units (a JSON number or a decimal string). Defaults to all that is left to refund.',
    oneOf: [
      { type: 'number', minimum: 0, exclusiveMinimum: true, example: 5 },
      { type: 'string', pattern: '^\\d+(\\.\\d+)?$', example: '5.00' },
    ],
    example: '5.00',
  })
  @Rules(Optional(), Amount())
  amount?: string;
}

/** A refund is a transfer back: the same answer as a transfer, its legs carrying `refundOf`. */
export class RefundResult extends TransferResult {}
