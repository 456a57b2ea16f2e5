import { findCurrency } from '@wallet/money';
import { useState } from 'react';
import { formatMoney, parseAmountInput } from '../lib/money';

/**
 * An amount field that knows its currency: whole yen, three-decimal dinars, digits grouped or not.
 * Checked with the same rules the API applies, before anything is sent.
 */
export function useAmountField(currencyCode: string) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const currency = findCurrency(currencyCode);

  function validate(): { amount: string; amountMinor: bigint } | null {
    if (!currency) {
      setError(`Unknown currency ${currencyCode}`);
      return null;
    }
    const parsed = parseAmountInput(text, currency);
    if (!parsed.ok) {
      setError(parsed.message);
      return null;
    }
    setError(undefined);
    return { amount: parsed.amount, amountMinor: parsed.minor };
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
    placeholder: currency
      ? formatMoney(0, currency.code)
          .replace(/[^\d.,\s]/g, '')
          .trim()
      : '0',
    inputMode: (currency?.exponent ?? 0) > 0 ? ('decimal' as const) : ('numeric' as const),
  };
}
