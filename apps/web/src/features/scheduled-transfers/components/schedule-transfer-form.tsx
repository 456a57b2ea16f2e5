import { CalendarClock } from 'lucide-react';
import type { WalletActionProps } from '../../../app/wallet-sections';
import { AmountField } from '../../../components/amount-field';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { ANOTHER_WALLET, type Ending, type Repeat, useScheduleForm } from '../hooks/use-schedule-form';

/**
 * The "Schedule" action of a wallet: a transfer to run on a day, once or every week or month, until a
 * day or a number of times. It lands in the wallet's "Coming up" card.
 */
export function ScheduleTransferForm({ wallet, wallets, onClose }: WalletActionProps) {
  const form = useScheduleForm(wallet, wallets, onClose);
  return (
    <form
      onSubmit={form.submit}
      className="grid gap-3 sm:grid-cols-2"
      aria-label="Schedule a transfer"
      noValidate
    >
      <div className="sm:col-span-2">
        <SelectField label="To" value={form.to} onChange={(e) => form.setTo(e.target.value)}>
          {form.own.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
          <option value={ANOTHER_WALLET}>Another wallet, by its ID</option>
        </SelectField>
      </div>
      {form.to === ANOTHER_WALLET ? (
        <div className="sm:col-span-2">
          <TextField
            label="Their wallet ID"
            value={form.otherId}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => form.setOtherId(e.target.value)}
            error={form.errors.to}
            hint={`The ID of a ${wallet.currency} wallet.`}
          />
        </div>
      ) : null}
      <AmountField label={`Amount (${wallet.currency})`} amount={form.amount} />
      <TextField
        label="First on"
        type="date"
        min={form.today}
        value={form.start}
        onChange={(e) => form.setStart(e.target.value)}
        error={form.errors.start}
        hint="Today sends it now; a later day, at 9:00."
      />
      <SelectField
        label="Repeat"
        value={form.repeat}
        onChange={(e) => form.setRepeat(e.target.value as Repeat)}
      >
        <option value="ONCE">Just once</option>
        <option value="WEEK">Every week</option>
        <option value="MONTH">Every month</option>
      </SelectField>
      {form.repeat === 'ONCE' ? null : (
        <SelectField
          label="Ends"
          value={form.ending}
          onChange={(e) => form.setEnding(e.target.value as Ending)}
          hint={form.repeat === 'MONTH' ? 'On the 29th-31st, shorter months use their last day.' : undefined}
        >
          <option value="NEVER">When I cancel it</option>
          <option value="UNTIL">On a day</option>
          <option value="COUNT">After a number of times</option>
        </SelectField>
      )}
      {form.repeat !== 'ONCE' && form.ending === 'UNTIL' ? (
        <TextField
          label="Last on or before"
          type="date"
          min={form.start}
          value={form.until}
          onChange={(e) => form.setUntil(e.target.value)}
          error={form.errors.until}
        />
      ) : null}
      {form.repeat !== 'ONCE' && form.ending === 'COUNT' ? (
        <TextField
          label="How many times"
          inputMode="numeric"
          value={form.count}
          onChange={(e) => form.setCount(e.target.value)}
          error={form.errors.count}
        />
      ) : null}
      <div className="sm:col-span-2">
        <TextField
          label="Description (optional)"
          value={form.description}
          maxLength={140}
          onChange={(e) => form.setDescription(e.target.value)}
          error={form.errors.description}
        />
      </div>
      {form.to !== ANOTHER_WALLET && form.errors.to ? (
        <p role="alert" className="text-sm text-red-700 sm:col-span-2 dark:text-red-300">
          {form.errors.to}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2 sm:col-span-2">
        <Button type="submit" disabled={form.isPending}>
          <CalendarClock aria-hidden="true" size={16} />
          {form.isPending ? 'Scheduling…' : 'Schedule'}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
