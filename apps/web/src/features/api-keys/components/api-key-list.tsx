import type { ApiKey } from '@wallet/contract';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { useApiKeys } from '../api/get-api-keys';
import { useRevokeApiKey } from '../api/revoke-api-key';
import { KeyRequestLog } from './key-request-log';

const muted = 'text-sm text-slate-600 dark:text-slate-400';

/** The person's keys, each revocable once they confirm. */
export function ApiKeyList() {
  const keys = useApiKeys();
  return (
    <Card aria-labelledby="key-list-heading">
      <h2 id="key-list-heading" className="text-lg font-semibold">
        Your keys
      </h2>
      {keys.isPending ? (
        <div className="mt-3">
          <SkeletonBlock label="Loading your keys" />
        </div>
      ) : keys.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          The keys could not be loaded. {keys.error.message}
        </p>
      ) : keys.data.length === 0 ? (
        <p className={`mt-2 ${muted}`}>No keys yet.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800" aria-label="API keys">
          {keys.data.map((key) => (
            <ApiKeyRow key={key.id} apiKey={key} />
          ))}
        </ul>
      )}
    </Card>
  );
}

/** One key: its name and scopes, its requests on demand, and Revoke once confirmed. */
function ApiKeyRow({ apiKey: key }: { apiKey: ApiKey }) {
  const revoke = useRevokeApiKey();
  const [showRequests, setShowRequests] = useState(false);
  return (
    <li className="py-3" data-testid="api-key-row">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium">
            {key.name} <code className={muted}>{key.prefix}…</code>
            {key.mode === 'test' ? (
              <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950 dark:bg-amber-950 dark:text-amber-100">
                Test
              </span>
            ) : null}
          </p>
          <p className={muted}>
            {key.scopes.join(', ')} ·{' '}
            {key.lastUsedAt ? `last used ${new Date(key.lastUsedAt).toLocaleString()}` : 'never used'}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button
            variant="secondary"
            aria-expanded={showRequests}
            aria-label={`${showRequests ? 'Hide requests' : 'Requests'} of ${key.name}`}
            onClick={() => setShowRequests((shown) => !shown)}
          >
            {showRequests ? 'Hide requests' : 'Requests'}
          </Button>
          {key.revokedAt ? (
            <span className={`font-medium ${muted}`}>Revoked</span>
          ) : (
            <Button
              variant="secondary"
              disabled={revoke.isPending}
              onClick={() => {
                if (window.confirm(`Revoke “${key.name}”? Software using it stops working at once.`))
                  revoke.mutate(key.id);
              }}
            >
              Revoke
            </Button>
          )}
        </div>
      </div>
      {showRequests ? <KeyRequestLog keyId={key.id} keyName={key.name} /> : null}
    </li>
  );
}
