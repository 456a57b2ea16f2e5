import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  type ApiPropertyOptions,
  getSchemaPath,
} from '@nestjs/swagger';
import { CURRENCIES, DEFAULT_CURRENCY_CODE } from '@wallet/money';
import { DateTime, Money, UuidProperty } from '../../common/http/openapi-decorators';
import { PageQuery } from '../../common/http/page-query.dto';
import {
  Amount,
  DisplayName,
  IsText,
  NO_CONTROL_CHARACTERS,
  OneOf,
  Optional,
  REFERENCE,
  Reference,
  Required,
  Rules,
  Uuid,
} from '../../common/validation';
import { Transaction } from '../../transactions/dto/transaction.dto';

const CODES = CURRENCIES.map((c) => c.code);

const AMOUNT_DOC: ApiPropertyOptions = {
  description:
    'Amount in major units, as a JSON number or a decimal string. Must be > 0, have no more decimals than the currency allows (USD 2, JPY 0, KWD 3) and not exceed its maxAmount. Never rounded.',
  oneOf: [
    { type: 'number', minimum: 0, exclusiveMinimum: true, example: 100.5 },
    { type: 'string', pattern: '^\\d+(\\.\\d+)?$', example: '100.50' },
  ],
  example: '100.50',
};

export class CreateWalletRequest {
  @ApiPropertyOptional({ enum: CODES, example: 'USD', description: `Defaults to ${DEFAULT_CURRENCY_CODE}.` })
  @Rules(Optional(), IsText(), OneOf(CODES))
  currency?: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 60,
    pattern: NO_CONTROL_CHARACTERS.source,
    example: 'Holiday savings',
    description: 'Defaults to "<currency> wallet". Trimmed; no control characters.',
  })
  @Rules(Optional(), DisplayName(60))
  name?: string;
}

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
export type CreateWalletInput = CreateWalletRequest;
export type FundInput = FundRequest;
export type TransferInput = TransferRequest;

export class ListWalletsQuery extends PageQuery {}

export class Wallet {
  @UuidProperty() id!: string;
  @ApiProperty({ example: 'Holiday savings' }) name!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @Money(100.5, 'Major units, exact.') balance!: number;
  @DateTime() createdAt!: string;
  @DateTime() updatedAt!: string;
}

export class WalletWithTransactions extends Wallet {
  @ApiProperty({ type: [Transaction], description: 'The 20 newest ledger entries, newest first.' })
  transactions!: Transaction[];
}
/** The name the services use for a wallet with its newest entries. */
export type WalletDetail = WalletWithTransactions;

export class WalletPage {
  @ApiProperty({ type: [Wallet] }) data!: Wallet[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class FundResult {
  @ApiProperty({ type: Wallet }) wallet!: Wallet;
  @ApiProperty({ type: Transaction }) transaction!: Transaction;
}

/** Another user's wallet, as much of it as a transfer into it may show: nothing but its id and currency. */
export class ForeignWallet {
  @UuidProperty() id!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
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
