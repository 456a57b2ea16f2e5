import { PERIODS, type PeriodState } from '../lib/period';
import { SelectField, TextField } from './ui/field';

/** The page's one period: the chart, the list and the statement all follow it. */
export function PeriodControl({ state }: { state: PeriodState }) {
  const { period } = state;
  return (
    <div
      className="flex flex-wrap items-start gap-3 *:min-w-44 *:flex-1 sm:*:flex-none"
      data-testid="period-control"
    >
      <SelectField label="Period" value={period.choice} onChange={(e) => state.setChoice(e.target.value)}>
        {PERIODS.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </SelectField>
      {period.choice === 'custom' ? (
        <>
          <TextField
            label="From"
            type="date"
            value={period.from}
            max={period.to || undefined}
            onChange={(e) => state.setFrom(e.target.value)}
          />
          <TextField
            label="To"
            type="date"
            value={period.to}
            min={period.from || undefined}
            onChange={(e) => state.setTo(e.target.value)}
          />
        </>
      ) : null}
    </div>
  );
}
