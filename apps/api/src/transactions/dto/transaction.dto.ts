import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { DateTime, Money, NullableUuid, UuidProperty } from '../../common/http/openapi-decorators';
import { PageQuery } from '../../common/http/page-query.dto';
import { QueryChoice, SearchText } from '../../common/validation';
import { TransactionStatus, TransactionType } from '../../generated/prisma/enums';

/** The kinds and outcomes of ledger entries: the database's enums, in their order. */
export const TRANSACTION_TYPES = Object.values(TransactionType);
export const TRANSACTION_STATUSES = Object.values(TransactionStatus);

export class ListTransactionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TRANSACTION_TYPES, enumName: 'TransactionType' })
  @QueryChoice(TRANSACTION_TYPES)
  type?: TransactionType;

  @ApiPropertyOptional({
    type: String,
    minLength: 1,
    maxLength: 140,
    example: 'dinner',
    description:
      'Only entries whose description contains this text (any case) or whose reference is exactly this text.',
  })
  @SearchText(140)
  q?: string;
}

/** The other side of a transfer leg, named as its viewer may see it. */
@ApiSchema({
  description:
    "The other wallet of a transfer leg. `name` is that wallet's name when it is the viewer's own, else its owner's display name (null when they have not chosen one: show \"Someone\", never an email). `walletId` is null where the visibility rule hides it (the payer's wallet of money received).",
})
export class Counterparty {
  @NullableUuid('The other wallet; null when hidden from this viewer.') walletId!: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 60, example: 'Ada Lovelace' }) name!: string | null;
  @ApiProperty({ description: 'Whether the other wallet is also the viewer’s own.' }) ownWallet!: boolean;
}

/** One ledger entry, as the API shows it. */
@ApiSchema({
  description: 'One ledger entry. Append-only. A FAILED entry records a declined attempt and moves no money.',
})
export class Transaction {
  @UuidProperty() id!: string;
  @UuidProperty() walletId!: string;
  @ApiProperty({ enum: TRANSACTION_TYPES, enumName: 'TransactionType' }) type!: TransactionType;
  @ApiProperty({ enum: TRANSACTION_STATUSES, enumName: 'TransactionStatus' }) status!: TransactionStatus;
  @Money(25.5) amount!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @Money(100) balanceBefore!: number;
  @Money(74.5) balanceAfter!: number;
  @NullableUuid() sourceWalletId!: string | null;
  @NullableUuid() destinationWalletId!: string | null;
  @NullableUuid('Shared by both legs of a transfer.') transferId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why a FAILED attempt was declined, e.g. INSUFFICIENT_FUNDS.',
  })
  failureCode!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: 140,
    example: 'Dinner on Friday',
    description: 'The memo given when the money moved; on both legs of a transfer.',
  })
  description!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: 64,
    example: 'order-1042',
    description:
      "The initiator's own id for this movement; only on the initiating side's entry (a FUND, a TRANSFER_OUT).",
  })
  reference!: string | null;
  @NullableUuid('On both legs of a refund: the transferId of the transfer it sends back.')
  refundOf!: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 5,
    description:
      'On the legs of a transfer that is not itself a refund: how much of it has been refunded so far (0 if none). null elsewhere.',
  })
  refundedAmount!: number | null;
  @NullableUuid(
    "The scheduled transfer this entry ran for, on its transfer's legs in the schedule owner's wallets and on a declined attempt; null on another user's (the payee's) leg.",
  )
  scheduledTransferId!: string | null;

  @ApiPropertyOptional({
    type: Counterparty,
    nullable: true,
    description:
      "Who is on the other side: on a wallet's history (GET /wallets/:id, /wallets/:id/transactions), GET /transactions/:id and JSON statements; null for entries with no other wallet (FUND, ADJUSTMENT). Absent from the answers of a movement, live events and webhooks.",
  })
  counterparty?: Counterparty | null;
  @DateTime() createdAt!: string;
}

export class TransactionPage {
  @ApiProperty({ type: [Transaction] }) data!: Transaction[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
