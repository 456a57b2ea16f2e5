import type { useAmountField } from '../hooks/use-amount-field';
import { TextField } from './ui/field';

/** The text field of an amount in one currency, wired to its useAmountField state. */
export function AmountField({ label, amount }: { label: string; amount: ReturnType<typeof useAmountField> }) {
  return (
    <TextField
      label={label}
      value={amount.text}
      inputMode={amount.inputMode}
      autoComplete="off"
      placeholder={amount.placeholder}
      onChange={(e) => amount.onChange(e.target.value)}
      error={amount.error}
    />
  );
}
