import { getCurrency, parseAmount } from '@wallet/money';
import { type Caller, idempotencyScope } from '../../auth/caller';
import { ValidationFailedError } from '../../common/errors';
import type { IdempotencyToken } from '../../common/idempotency/idempotency.service';
import type { TransferResult } from '../dto/movement.dto';
import type { Note, PostedLeg } from '../posting/posting';
import { toTransactionView } from '../transaction.view';
import { toForeignWalletView, toWalletView } from '../wallet.view';

/**
 * What every money movement's use case (fund, transfer, refund, hold, capture, payment request,
 * scheduled transfer, adjustment) reads from its request the same way: its Idempotency-Key's call, its
 * amount in a wallet's currency, its memo, and what the caller may see of a transfer it made.
 */

/** The Idempotency-Key's call of `caller`: its scope, key and operation. */
export function callOf(caller: Caller, token: IdempotencyToken) {
  return { scope: idempotencyScope(caller), key: token.key, operation: token.operation };
}

/**
 * The amount in the wallet's currency, exactly. Refused (400, not recorded: the unit of work rolls back)
 * when it has more decimals than the currency or passes its maxAmount.
 */
export function amountIn(text: string, code: string): bigint {
  const parsed = parseAmount(text, getCurrency(code));
  if (!parsed.ok) {
    throw new ValidationFailedError(`The amount ${parsed.message}.`, [
      { field: 'amount', message: parsed.message },
    ]);
  }
  return parsed.minor;
}

/**
 * The memo and reference as given, for the posting and for the Idempotency-Key's fingerprint: an absent
 * one is left out, so requests without them keep the fingerprints they always had.
 */
export function noteOf(input: { description?: string | undefined; reference?: string | undefined }): Note {
  return {
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.reference !== undefined ? { reference: input.reference } : {}),
  };
}

/** What the caller sees of a transfer: another user's wallet shows only its id and currency, and its leg not at all. */
export function transferView(caller: Caller, [out, into]: [PostedLeg, PostedLeg]): TransferResult {
  if (into.wallet.ownerId !== caller.userId) {
    return {
      sourceWallet: toWalletView(out.wallet),
      destinationWallet: toForeignWalletView(into.wallet),
      transactions: [toTransactionView(out.transaction)],
    };
  }
  return {
    sourceWallet: toWalletView(out.wallet),
    destinationWallet: toWalletView(into.wallet),
    transactions: [toTransactionView(out.transaction), toTransactionView(into.transaction)],
  };
}
