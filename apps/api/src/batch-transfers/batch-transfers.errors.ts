import { DomainError, type FieldError } from '../common/errors';

/**
 * An atomic batch stopped at a refused transfer: nothing of the batch was moved (or recorded).
 * `problem` is that transfer's own problem, as it alone would have answered it.
 */
export class BatchTransferFailedError extends DomainError {
  constructor(index: number, cause: DomainError, problem: Record<string, unknown>) {
    super(
      'BATCH_TRANSFER_FAILED',
      `Transfer ${index} of the batch was refused (${cause.code}): ${cause.detail} Nothing in the batch was moved.`,
      { index, problem },
    );
  }
}

/** A transfer of the batch with the same wallet on both sides: the whole batch is refused, as one transfer is. */
export class BatchSameWalletError extends DomainError {
  constructor(index: number) {
    super(
      'SAME_WALLET_TRANSFER',
      `Transfer ${index} of the batch has the same wallet as source and destination. Choose another destination; nothing was moved.`,
      {
        index,
        errors: [{ field: `transfers.${index}.destinationWalletId`, message: 'is the source wallet' }],
      },
    );
  }
}

/**
 * A transfer of the batch whose fields only its wallet can judge (an amount with more decimals than the
 * wallet's currency, or past its maxAmount): the whole batch is refused (400, not stored), as one transfer is.
 */
export class BatchItemInvalidError extends DomainError {
  constructor(index: number, errors: FieldError[]) {
    const fields = errors.map((e) => ({ field: `transfers.${index}.${e.field}`, message: e.message }));
    const first = fields[0];
    super(
      'VALIDATION_FAILED',
      first
        ? `The body is not valid: ${first.field} ${first.message}.`
        : `The body is not valid: transfer ${index} of the batch.`,
      { index, errors: fields },
    );
  }
}
