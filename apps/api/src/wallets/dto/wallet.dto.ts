import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CURRENCIES, DEFAULT_CURRENCY_CODE } from '@wallet/money';
import { PageQuery } from '../../common/http/page-query.dto';
import { DisplayName, IsText, NO_CONTROL_CHARACTERS, OneOf, Optional, Rules } from '../../common/validation';
import { Transaction } from '../../transactions/dto/transaction.dto';
import { Wallet } from '../../transactions/dto/wallet-view.dto';

const CODES = CURRENCIES.map((c) => c.code);

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

/** The validated body as the service takes it. */
export type CreateWalletInput = CreateWalletRequest;

export class ListWalletsQuery extends PageQuery {}

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
