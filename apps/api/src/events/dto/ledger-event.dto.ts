import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Transaction } from '../../transactions/dto/transaction.dto';
import { Wallet } from '../../wallets/dto/wallet.dto';

/** The data of one `transaction` event on GET /events. */
@ApiSchema({
  description:
    'The data of a `transaction` event: a new ledger row on one of your wallets (as GET /transactions/{id} shows it to you) and that wallet as the row left it.',
})
export class LedgerEvent {
  @ApiProperty({ type: Transaction }) transaction!: Transaction;
  @ApiProperty({ type: Wallet, description: 'The wallet of the row, with the balance the row left it at.' })
  wallet!: Wallet;
}
