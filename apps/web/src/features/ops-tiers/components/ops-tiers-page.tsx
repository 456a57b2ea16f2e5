import type { Tier } from '@wallet/contract';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { formatMoney } from '../../../lib/money';
import { useTiers } from '../api/get-tiers';
import { TierForm } from './tier-form';

const muted = 'text-sm text-slate-600 dark:text-slate-400';

/**
 * The operator console's tiers: each tier's requests a minute, its sending limits and how many users it
 * has; an admin edits one in place (`canEdit`: the console passes whether the member of staff is an
 * admin; the API refuses anyone else all the same).
 */
export function OpsTiersPage({ canEdit = true }: { canEdit?: boolean }) {
  const tiers = useTiers();
  return (
    <Card aria-labelledby="ops-tiers-heading">
      <h1 id="ops-tiers-heading" className="text-lg font-semibold">
        Tiers
      </h1>
      <p className={`mt-1 ${muted}`}>
        Requests a minute reach every server within 30 seconds of a change; sending limits apply from the next
        transfer. Funding, refunds and transfers between a user's own wallets are never limited.
      </p>
      {tiers.isPending ? (
        <div className="mt-3">
          <SkeletonBlock label="Loading the tiers" />
        </div>
      ) : tiers.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          The tiers could not be loaded. {tiers.error.message}
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800" aria-label="Tiers">
          {tiers.data.data.map((tier) => (
            <TierRow key={tier.name} tier={tier} canEdit={canEdit} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function TierRow({ tier, canEdit }: { tier: Tier; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const limits = Object.entries(tier.limits);
  return (
    <li className="py-3" data-testid="tier-row">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="font-medium">{tier.name}</h2>
          <p className={muted}>
            {tier.requestsPerMinute.toLocaleString()} requests a minute ·{' '}
            {tier.name === 'anonymous'
              ? 'callers without a credential'
              : `${tier.users.toLocaleString()} users`}
          </p>
          {limits.length > 0 ? (
            <ul className={`mt-1 ${muted}`} aria-label={`Sending limits of ${tier.name}`}>
              {limits.map(([code, l]) => (
                <li key={code}>
                  {code}: {l.daily === null ? 'no daily limit' : `${formatMoney(l.daily, code)} a day`},{' '}
                  {l.monthly === null ? 'no monthly limit' : `${formatMoney(l.monthly, code)} a month`}
                </li>
              ))}
            </ul>
          ) : tier.name === 'anonymous' ? null : (
            <p className={muted}>No sending limits.</p>
          )}
        </div>
        {canEdit && !editing ? (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit {tier.name}
          </Button>
        ) : null}
      </div>
      {editing ? <TierForm tier={tier} onDone={() => setEditing(false)} /> : null}
    </li>
  );
}
