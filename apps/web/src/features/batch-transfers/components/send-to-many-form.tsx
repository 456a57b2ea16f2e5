import { Send } from 'lucide-react';
import { useId } from 'react';
import type { WalletActionProps } from '../../../app/wallet-sections';
import { Button } from '../../../components/ui/button';
import { formatMoneyMinor } from '../../../lib/money';
import type { BatchMode } from '../api/send-batch';
import { useBatchForm } from '../hooks/use-batch-form';
import { MAX_LINES } from '../utils/parse-lines';
import { BatchPreview } from './batch-preview';
import { BatchResults } from './batch-results';

const MODES: { value: BatchMode; label: string; hint: string }[] = [
  { value: 'atomic', label: 'All or nothing', hint: 'If one payment is refused, none is sent.' },
  { value: 'independent', label: 'Each on its own', hint: 'A refused payment does not stop the others.' },
];

/**
 * The "Send to many" action of a wallet: up to 100 payments typed or pasted one per line (a payroll),
 * checked and previewed before they go, sent as one batch, then the outcome of each line.
 */
export function SendToManyForm({ wallet, wallets, onClose }: WalletActionProps) {
  const form = useBatchForm(wallet, wallets);
  const id = useId();
  const hintId = `${id}-hint`;
  const errorsId = `${id}-errors`;
  const { parsed } = form;

  if (form.sent) {
    return (
      <div className="grid gap-3">
        <BatchResults sent={form.sent} source={wallet} />
        <div>
          <Button onClick={onClose}>Done</Button>
        </div>
      </div>
    );
  }

  const lineErrors = parsed.lines.flatMap((line) =>
    line.errors.map((error) => `Line ${line.lineNumber}: ${error}`),
  );
  const errors = [...parsed.errors, ...lineErrors];
  const empty = form.showErrors && parsed.lines.length === 0;
  const invalid = form.showErrors && (errors.length > 0 || empty);
  const count = parsed.lines.length;

  return (
    <form onSubmit={form.submit} className="grid gap-4" aria-label="Send to many" noValidate>
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
          Payments, one per line
        </label>
        <textarea
          id={id}
          ref={form.field}
          value={form.text}
          onChange={(e) => form.setText(e.target.value)}
          rows={5}
          spellCheck={false}
          autoComplete="off"
          placeholder="wallet ID, amount, description"
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${errorsId} ${hintId}` : hintId}
          className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 placeholder:text-slate-500 aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400 dark:aria-[invalid=true]:border-red-400"
        />
        <p id={hintId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Wallet ID, amount in {wallet.currency}, and a description if you like, separated by commas (or tabs,
          pasted from a spreadsheet). Up to {MAX_LINES} lines.
        </p>
        {invalid ? (
          <div id={errorsId} role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
            {empty ? (
              <p>Add at least one payment</p>
            ) : (
              <ul className="list-disc pl-5">
                {errors.slice(0, 10).map((error) => (
                  <li key={error}>{error}</li>
                ))}
                {errors.length > 10 ? <li>and {errors.length - 10} more</li> : null}
              </ul>
            )}
          </div>
        ) : null}
      </div>

      <BatchPreview parsed={parsed} source={wallet} failedLine={form.refusal?.line?.lineNumber} />

      <fieldset>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">
          If a payment is refused
        </legend>
        <div className="mt-1 grid gap-2 sm:grid-cols-2">
          {MODES.map((mode) => (
            <label
              key={mode.value}
              className="flex cursor-pointer gap-2 rounded-lg border border-slate-300 px-3 py-2 text-sm has-checked:border-indigo-600 dark:border-slate-600 dark:has-checked:border-indigo-400"
            >
              <input
                type="radio"
                name={`${id}-mode`}
                value={mode.value}
                checked={form.mode === mode.value}
                onChange={() => form.setMode(mode.value)}
                aria-describedby={`${id}-${mode.value}`}
                className="mt-0.5"
              />
              <span>
                <span className="block font-medium">{mode.label}</span>
                <span id={`${id}-${mode.value}`} className="block text-slate-600 dark:text-slate-400">
                  {mode.hint}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      {form.refusal ? (
        <div
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          <p className="font-medium">Nothing was sent.</p>
          <p>
            {form.refusal.line
              ? `Line ${form.refusal.line.lineNumber} (${form.refusal.line.recipient}) was refused: `
              : null}
            {form.refusal.detail}
          </p>
        </div>
      ) : null}
      {form.unsure ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          We could not tell whether the payments went through. Send again: they will not be sent twice.
        </p>
      ) : null}

      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={form.isPending}>
          <Send aria-hidden="true" size={16} />
          {form.isPending
            ? 'Sending…'
            : count > 0 && parsed.ready
              ? `Send ${count === 1 ? '1 payment' : `${count} payments`} (${formatMoneyMinor(parsed.totalMinor, wallet.currency)})`
              : 'Send'}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
