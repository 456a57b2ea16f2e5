import { findCurrency, parseAmount } from '@wallet/money';
import { useState } from 'react';

/**
 * An amount field that knows its currency: whole yen, three-decimal dinars. Checked with the same
 * rules the API applies, before anything is sent.
 */
export function useAmountField(currencyCode: string) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const currency = findCurrency(currencyCode);

  function validate(): { amount: string; amountMinor: bigint } | null {
    const trimmed = text.trim();
    if (!currency) {
      setError(`Unknown currency ${currencyCode}`);
      return null;
    }
    if (trimmed === '') {
      setError('Enter an amount');
      return null;
    }
    const parsed = parseAmount(trimmed, currency);
    if (!parsed.ok) {
      setError(`The amount ${parsed.message}`);
      return null;
    }
    setError(undefined);
    return { amount: trimmed, amountMinor: parsed.minor };
  }

  return {
    text,
    error,
    setError,
    onChange: (value: string) => {
      setText(value);
      if (error) setError(undefined);
    },
    reset: () => setText(''),
    validate,
    placeholder: currency && currency.exponent > 0 ? `0.${'0'.repeat(currency.exponent)}` : '0',
    inputMode: (currency?.exponent ?? 0) > 0 ? ('decimal' as const) : ('numeric' as const),
  };
}
