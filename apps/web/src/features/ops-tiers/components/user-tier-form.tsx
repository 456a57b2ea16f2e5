import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/field';
import { useTiers } from '../api/get-tiers';
import { useSetUserTier } from '../api/set-user-tier';

/**
 * An admin puts one user on a tier (for the console's user page): every tier but anonymous. Recorded in
 * the audit trail, with the tier before and after.
 */
export function UserTierForm({ userId, tier }: { userId: string; tier: string }) {
  const tiers = useTiers();
  const change = useSetUserTier();
  const [chosen, setChosen] = useState(tier);
  const names = (tiers.data?.data ?? []).map((t) => t.name).filter((name) => name !== 'anonymous');

  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate({ userId, tier: chosen });
  }

  return (
    <form onSubmit={submit} aria-label="Change the user's tier" className="flex flex-wrap items-end gap-2">
      <SelectField label="Tier" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        {(names.includes(chosen) ? names : [chosen, ...names]).map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </SelectField>
      <Button
        type="submit"
        variant="secondary"
        disabled={change.isPending || chosen === (change.data?.tier ?? tier)}
      >
        {change.isPending ? 'Saving…' : 'Save tier'}
      </Button>
    </form>
  );
}
