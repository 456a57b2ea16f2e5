import type { CreateWalletRequest, Wallet } from '@wallet/contract';
import { DEFAULT_CURRENCY_CODE } from '@wallet/money';
import { type FormEvent, useState } from 'react';
import { useIdempotentAction } from '../../../lib/idempotency';
import { useCreateWallet } from '../api/create-wallet';

const MAX_NAME = 60;

/** The new-wallet form's state: its name and currency, the name's error, and the submission. */
export function useCreateWalletForm(onCreated?: (wallet: Wallet) => void) {
  const create = useCreateWallet();
  const idempotency = useIdempotentAction();
  const [currency, setCurrency] = useState(DEFAULT_CURRENCY_CODE);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed.length > MAX_NAME) {
      setNameError(`Keep the name to ${MAX_NAME} characters or fewer`);
      return;
    }
    setNameError(undefined);
    // The select offers only the codes GET /currencies listed, which are the contract's enum.
    const code = currency as NonNullable<CreateWalletRequest['currency']>;
    const request: CreateWalletRequest = trimmed ? { currency: code, name: trimmed } : { currency: code };
    create.mutate(
      { request, idempotencyKey: idempotency.keyFor(request) },
      idempotency.settleOn<Wallet>({
        success: (wallet) => {
          setName('');
          onCreated?.(wallet);
        },
        finalError: (error) => {
          const nameProblem = error.fieldErrors.find((e) => e.field === 'name');
          if (nameProblem) setNameError(`The name ${nameProblem.message}`);
        },
      }),
    );
  }

  return { name, setName, nameError, currency, setCurrency, submit, isPending: create.isPending };
}
