import type { Tier } from '@wallet/contract';
import { CURRENCIES } from '@wallet/money';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { ApiError } from '../../../lib/api-client';
import { type LimitsInput, useUpdateTier } from '../api/update-tier';

type Draft = Record<string, LimitsInput>;

const asText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** The tier's limits as text fields, one row per supported currency (empty: not limited). */
function draftOf(tier: Tier): Draft {
  return Object.fromEntries(
    CURRENCIES.map((c) => [
      c.code,
      { daily: asText(tier.limits[c.code]?.daily), monthly: asText(tier.limits[c.code]?.monthly) },
    ]),
  );
}

/** Only the currencies with a limit, each period a decimal or null: the body PUT /ops/tiers/:name takes. */
function limitsOf(draft: Draft): Draft {
  const limits: Draft = {};
  for (const [code, { daily, monthly }] of Object.entries(draft)) {
    const d = daily?.trim() || null;
    const m = monthly?.trim() || null;
    if (d !== null || m !== null) limits[code] = { daily: d, monthly: m };
  }
  return limits;
}

/**
 * An admin's edit of one tier: requests a minute and, per currency, the daily and monthly limits on what
 * a user may send to others (major units; empty for none). The server checks every number and says
 * which field is wrong; the change is recorded in the audit trail.
 */
export function TierForm({ tier, onDone }: { tier: Tier; onDone: () => void }) {
  const update = useUpdateTier();
  const [perMinute, setPerMinute] = useState(String(tier.requestsPerMinute));
  const [draft, setDraft] = useState<Draft>(() => draftOf(tier));
  const fieldErrors = update.error instanceof ApiError ? update.error.fieldErrors : [];
  const errorOf = (field: string) => fieldErrors.find((e) => e.field === field)?.message;
  const moneyless = tier.name === 'anonymous';

  function submit(event: FormEvent) {
    event.preventDefault();
    const requestsPerMinute = /^\d{1,7}$/.test(perMinute.trim()) ? Number(perMinute.trim()) : Number.NaN;
    update.mutate(
      { name: tier.name, requestsPerMinute, limits: moneyless ? {} : limitsOf(draft) },
      { onSuccess: onDone },
    );
  }

  const setLimit = (code: string, period: keyof LimitsInput, value: string) =>
    setDraft((current) => ({
      ...current,
      [code]: { ...(current[code] ?? { daily: '', monthly: '' }), [period]: value },
    }));

  return (
    <form onSubmit={submit} aria-label={`Edit the ${tier.name} tier`} className="mt-3 grid gap-4">
      <TextField
        label="Requests a minute"
        inputMode="numeric"
        value={perMinute}
        onChange={(e) => setPerMinute(e.target.value)}
        error={errorOf('requestsPerMinute')}
        hint={
          moneyless
            ? 'Per client address, for callers who are not signed in.'
            : 'Per user, all their keys and sessions together.'
        }
      />
      {moneyless ? null : (
        <fieldset className="grid gap-3">
          <legend className="text-sm font-medium">Sending limits to other users (UTC; empty for none)</legend>
          {CURRENCIES.map((c) => (
            <div key={c.code} className="grid gap-3 sm:grid-cols-2">
              <TextField
                label={`${c.code} a day`}
                inputMode="decimal"
                value={draft[c.code]?.daily ?? ''}
                onChange={(e) => setLimit(c.code, 'daily', e.target.value)}
                error={errorOf(`limits.${c.code}.daily`) ?? errorOf(`limits.${c.code}`)}
              />
              <TextField
                label={`${c.code} a month`}
                inputMode="decimal"
                value={draft[c.code]?.monthly ?? ''}
                onChange={(e) => setLimit(c.code, 'monthly', e.target.value)}
                error={errorOf(`limits.${c.code}.monthly`)}
              />
            </div>
          ))}
        </fieldset>
      )}
      {update.error && fieldErrors.length === 0 ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {update.error.message}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save tier'}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
