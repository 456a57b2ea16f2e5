import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateTime, Money, NullableUuid, UuidProperty } from '../../common/http/openapi-decorators';
import { PageQuery } from '../../common/http/page-query.dto';
import {
  Amount,
  DisplayName,
  IsText,
  MaxChars,
  NO_CONTROL_CHARACTERS,
  Optional,
  QueryChoice,
  Required,
  Rules,
  Uuid,
} from '../../common/validation';
import { Transaction } from '../../transactions/dto/transaction.dto';

export const PAYMENT_REQUEST_STATUSES = ['OPEN', 'PAID', 'DECLINED', 'CANCELLED', 'EXPIRED'] as const;
export type PaymentRequestStatus = (typeof PAYMENT_REQUEST_STATUSES)[number];

export class CreatePaymentRequest {
  @ApiProperty({ type: String, format: 'uuid', description: 'Your wallet, to be paid.' })
  @Rules(Required(), Uuid())
  walletId!: string;

  @ApiProperty({
    description: "Major units, in the wallet's currency, exact (as a JSON number or a decimal string).",
    oneOf: [{ type: 'number' }, { type: 'string', pattern: '^\\d+(\\.\\d+)?$' }],
    example: '25.00',
  })
  @Amount()
  amount!: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 140,
    pattern: NO_CONTROL_CHARACTERS.source,
    example: 'Concert tickets',
    description: 'A memo: shown to the payer, and on both legs of the payment.',
  })
  @Rules(Optional(), DisplayName(140))
  description?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'When it expires (ISO 8601, in the future, at most 365 days ahead). None: it stays open.',
  })
  @Rules(Optional(), IsText(), MaxChars(40))
  expiresAt?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    description:
      'The wallet asked to pay: its owner sees the request in their list and live. Without it, the request is a link (payUrl) anyone signed in may pay.',
  })
  @Rules(Optional(), Uuid())
  payerWalletId?: string;
}

export class PayPaymentRequest {
  @ApiProperty({ type: String, format: 'uuid', description: 'Your wallet to pay from (same currency).' })
  @Rules(Required(), Uuid())
  sourceWalletId!: string;
}

export class PartyName {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The name they chose to be shown by; null when they chose none. Never an email.',
  })
  name!: string | null;
}

export class PaymentRequest {
  @UuidProperty() id!: string;
  @UuidProperty('The wallet to be paid.') walletId!: string;
  @Money(25) amount!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ enum: PAYMENT_REQUEST_STATUSES }) status!: PaymentRequestStatus;
  @DateTime(true) expiresAt!: string | null;
  @ApiProperty({ description: "The dashboard's page to pay it (a link or a QR code)." }) payUrl!: string;
  @ApiProperty({ type: PartyName, description: 'Who asks.' }) requester!: PartyName;
  @NullableUuid('The wallet asked to pay (null: a link request). Shown to the requester and that payer.')
  payerWalletId!: string | null;
  @ApiProperty({ type: PartyName, nullable: true, description: 'Who paid (to the requester and the payer).' })
  paidBy!: PartyName | null;
  @NullableUuid("Your leg of the payment: the requester's TRANSFER_IN, the payer's TRANSFER_OUT.")
  transactionId!: string | null;
  @ApiProperty({
    description:
      'A payment of it is held for review: it stays OPEN and takes no other payment until staff decide.',
  })
  heldForReview!: boolean;
  @DateTime() createdAt!: string;
  @DateTime() updatedAt!: string;
}

export class PaymentRequestPage {
  @ApiProperty({ type: PaymentRequest, isArray: true }) data!: PaymentRequest[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class PayPaymentRequestResult {
  @ApiProperty({ type: PaymentRequest }) paymentRequest!: PaymentRequest;
  @ApiProperty({
    type: Transaction,
    isArray: true,
    description: 'Your legs of the transfer (none while it is held for review).',
  })
  transactions!: Transaction[];
}

export class ListPaymentRequestsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['requester', 'payer'],
    description:
      'requester: the ones you asked; payer: the ones asked of you, or that you paid. Default: both.',
  })
  @QueryChoice(['requester', 'payer'])
  role?: 'requester' | 'payer';

  @ApiPropertyOptional({ enum: PAYMENT_REQUEST_STATUSES })
  @QueryChoice(PAYMENT_REQUEST_STATUSES)
  status?: PaymentRequestStatus;
}
