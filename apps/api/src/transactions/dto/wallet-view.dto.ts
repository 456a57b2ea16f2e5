import { ApiProperty } from '@nestjs/swagger';
import { MODES, type Mode } from '../../auth/mode';
import { DateTime, Money, UuidProperty } from '../../common/http/openapi-decorators';

/** A wallet as its owner sees it, with the balance the ledger keeps (wallet.view.ts makes it). */
export class Wallet {
  @UuidProperty() id!: string;
  @ApiProperty({ example: 'Holiday savings' }) name!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @Money(100.5, 'Major units, exact.') balance!: number;
  @ApiProperty({
    example: false,
    description:
      'Frozen by an operator: the wallet sends nothing (transfers and refunds out answer 422 WALLET_FROZEN) but still receives transfers and funding.',
  })
  frozen!: boolean;
  @ApiProperty({
    enum: MODES,
    enumName: 'Mode',
    example: 'live',
    description:
      'live: real money. test: a test wallet (test mode), seen only by test keys and the dashboard in test mode; it never exchanges money with a live wallet.',
  })
  mode!: Mode;
  @Money(
    90.5,
    'What can be spent: the balance less reserved money (a transfer held for review). Major units, exact.',
  )
  availableBalance!: number;
  @DateTime() createdAt!: string;
  @DateTime() updatedAt!: string;
}

/** Another user's wallet, as much of it as a transfer into it may show: nothing but its id and currency. */
export class ForeignWallet {
  @UuidProperty() id!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
}
