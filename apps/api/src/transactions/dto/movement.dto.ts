import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  type ApiPropertyOptions,
  getSchemaPath,
} from '@nestjs/swagger';
import {
  Amount,
  DisplayName,
  NO_CONTROL_CHARACTERS,
  Optional,
  REFERENCE,
  Reference,
  Required,
  Rules,
  Uuid,
} from '../../common/validation';
import { Transaction } from './transaction.dto';
import { ForeignWallet, Wallet } from './wallet-view.dto';

/* The bodies and answers of the money movements: fund, transfer, refund. */

const AMOUNT_DOC: ApiPropertyOptions = {
  description:
    'Amount in major units, as a JSON number or a decimal string. Must be > 0, have no more decimals than the currency allows (USD 2, JPY 0, KWD 3) and not exceed its maxAmount. Never rounded.',
  oneOf: [
    { type: 'number', minimum: 0, exclusiveMinimum: true, example: 100.5 },
    { type: 'string', pattern: '^\\d+(\\.\\d+)?$', example: '100.50' },
  ],
  example: '100.50',
};

/** The optional memo and reference a money movement may carry. */
export class MovementNote {
  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 140,
    pattern: NO_CONTROL_CHARACTERS.source,
    example: 'Dinner on Friday',
    description:
      'A memo, shown on both legs of a transfer. Trimmed; 1-140 characters; no control characters.',
  })
  @Rules(Optional(), DisplayName(140))
  description?: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 64,
    pattern: REFERENCE.source,
    example: 'order-1042',
    description: "Your own id for this movement, stored as sent on your side's entry; searchable with ?q=.",
  })
  @Rules(Optional(), Reference())
  reference?: string;
}

export class FundRequest extends MovementNote {
  @ApiProperty(AMOUNT_DOC)
  @Amount()
  amount!: string;
}

export class TransferRequest extends MovementNote {
  @ApiProperty({ type: String, format: 'uuid' })
  @Rules(Required(), Uuid())
  sourceWalletId!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  @Rules(Required(), Uuid())
  destinationWalletId!: string;

  @ApiProperty(AMOUNT_DOC)
  @Amount()
  amount!: string;
}

/** The validated bodies as the services take them (amounts as their exact text). */
export type FundInput = FundRequest;
export type TransferInput = TransferRequest;

export class FundResult {
  @ApiProperty({ type: Wallet }) wallet!: Wallet;
  @ApiProperty({ type: Transaction }) transaction!: Transaction;
}

@ApiExtraModels(Wallet, ForeignWallet)
export class TransferResult {
  @ApiProperty({ type: Wallet }) sourceWallet!: Wallet;

  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(Wallet) }, { $ref: getSchemaPath(ForeignWallet) }],
    description: "The destination after the move, or only { id, currency } when it is another user's wallet.",
  })
  destinationWallet!: Wallet | ForeignWallet;

  @ApiProperty({
    type: [Transaction],
    description:
      "[TRANSFER_OUT, TRANSFER_IN]; only the caller's own legs, so [TRANSFER_OUT] into another user's wallet.",
  })
  transactions!: Transaction[];
}

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

/**
 * A refund is a transfer back, answered like one, its legs carrying `refundOf`; but the wallet it goes
 * back to is the original payer's, whose id its payee never had (their TRANSFER_IN hides it), so
 * another user's wallet shows as null, as the TRANSFER_IN's `sourceWalletId` does.
 */
export class RefundResult {
  @ApiProperty({ type: Wallet }) sourceWallet!: Wallet;

  @ApiProperty({
    type: Wallet,
    nullable: true,
    description:
      "The wallet the money went back to, after the refund; null when it is another user's (the original payer's id stays hidden).",
  })
  destinationWallet!: Wallet | null;

  @ApiProperty({
    type: [Transaction],
    description:
      "[TRANSFER_OUT, TRANSFER_IN]; only the caller's own legs, so [TRANSFER_OUT] into another user's wallet, with destinationWalletId null.",
  })
  transactions!: Transaction[];
}
