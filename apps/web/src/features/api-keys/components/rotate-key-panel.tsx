import type { ApiKey, RotatedApiKey } from '@wallet/contract';
import { RefreshCw } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/field';
import { SecretOnce } from '../../../components/ui/secret-once';
import { useRotateApiKey } from '../api/rotate-api-key';

/**
 * Rotating a key: how long the old one keeps working beside the new one, then the new secret (shown
 * once) and when the old one stops.
 */
export function RotateKeyPanel({ apiKey: key }: { apiKey: ApiKey }) {
  const rotate = useRotateApiKey();
  const [overlapHours, setOverlapHours] = useState('24');
  const [rotated, setRotated] = useState<RotatedApiKey | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    rotate.mutate({ id: key.id, overlapHours: Number(overlapHours) }, { onSuccess: setRotated });
  }

  if (rotated) {
    const end = rotated.oldKey.expiresAt;
    return (
      <div className="mt-3">
        <SecretOnce
          title={`Copy the new key for “${rotated.newKey.name}” now: it will not be shown again.`}
          secret={rotated.newKey.key}
          testId="rotated-key"
        />
        <p className="mt-2 text-sm" data-testid="old-key-end">
          {end && Date.parse(end) > Date.now()
            ? `The old key (${key.prefix}…) keeps working until ${new Date(end).toLocaleString()}, then stops.`
            : `The old key (${key.prefix}…) has stopped working.`}
        </p>
      </div>
    );
  }
  return (
    <form
      onSubmit={submit}
      className="mt-3 grid gap-3 rounded-xl border border-slate-200 p-4 sm:max-w-md dark:border-slate-700"
      aria-label={`Rotate ${key.name}`}
    >
      <p className="text-sm">
        A new key with the same name, permissions and API version ({key.apiVersion}). Put it in your software,
        then let the old one stop.
      </p>
      <SelectField
        label="The old key stops working"
        value={overlapHours}
        onChange={(e) => setOverlapHours(e.target.value)}
      >
        <option value="0">At once</option>
        <option value="1">In 1 hour</option>
        <option value="24">In 24 hours</option>
        <option value="168">In 7 days</option>
      </SelectField>
      <div>
        <Button type="submit" disabled={rotate.isPending}>
          <RefreshCw aria-hidden="true" size={16} />
          {rotate.isPending ? 'Rotating…' : 'Rotate key'}
        </Button>
      </div>
    </form>
  );
}
