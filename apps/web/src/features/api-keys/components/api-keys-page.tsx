import { SCOPES, type Scope } from '@wallet/contract/constants';
import { KeyRound } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { TextField } from '../../../components/ui/field';
import { SecretOnce } from '../../../components/ui/secret-once';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from '../api/api-keys';

const SCOPE_LABELS: Record<Scope, string> = {
  'wallets:read': 'Read wallets and history',
  'wallets:write': 'Create and fund wallets',
  'transfers:write': 'Make transfers',
  'webhooks:write': 'Manage webhook endpoints',
};

/** Keys for the person's own software: made here, shown once, revocable at any time. */
export function ApiKeysPage() {
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const revoke = useRevokeApiKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['wallets:read']);
  const [error, setError] = useState<string | undefined>();
  const [secret, setSecret] = useState<{ name: string; key: string } | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setError('Give the key a name, so you know it later');
    if (scopes.length === 0) return setError('Pick at least one permission');
    setError(undefined);
    create.mutate(
      { name: name.trim(), scopes },
      {
        onSuccess: (created) => {
          setSecret({ name: created.name, key: created.key });
          setName('');
        },
      },
    );
  }

  return (
    <div className="grid gap-6">
      <Card aria-labelledby="keys-heading">
        <h2 id="keys-heading" className="text-lg font-semibold">
          API keys
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Your own software calls the API with a key: <code>Authorization: Bearer &lt;key&gt;</code>. See the{' '}
          <a className="font-medium text-indigo-700 underline dark:text-indigo-300" href="/api/docs">
            API docs
          </a>
          .
        </p>
        <form onSubmit={submit} className="mt-4 grid gap-4" aria-label="New API key">
          <TextField
            label="Key name"
            value={name}
            maxLength={60}
            onChange={(e) => setName(e.target.value)}
            error={error}
          />
          <fieldset>
            <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Permissions</legend>
            <div className="mt-2 grid gap-2">
              {SCOPES.map((scope) => (
                <label key={scope} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-4 accent-indigo-600"
                    checked={scopes.includes(scope)}
                    onChange={(e) =>
                      setScopes((current) =>
                        e.target.checked ? [...current, scope] : current.filter((s) => s !== scope),
                      )
                    }
                  />
                  {SCOPE_LABELS[scope]} <code className="text-slate-600 dark:text-slate-400">{scope}</code>
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <Button type="submit" disabled={create.isPending}>
              <KeyRound aria-hidden="true" size={16} />
              {create.isPending ? 'Creating…' : 'Create key'}
            </Button>
          </div>
        </form>
        {secret ? (
          <SecretOnce
            title={`Copy the key “${secret.name}” now: it will not be shown again.`}
            secret={secret.key}
            testId="new-key"
          />
        ) : null}
      </Card>

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
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">No keys yet.</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800" aria-label="API keys">
            {keys.data.map((key) => (
              <li
                key={key.id}
                className="flex flex-wrap items-center justify-between gap-3 py-3"
                data-testid="api-key-row"
              >
                <div className="min-w-0">
                  <p className="font-medium">
                    {key.name}{' '}
                    <code className="text-sm text-slate-600 dark:text-slate-400">{key.prefix}…</code>
                  </p>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {key.scopes.join(', ')} ·{' '}
                    {key.lastUsedAt ? `last used ${new Date(key.lastUsedAt).toLocaleString()}` : 'never used'}
                  </p>
                </div>
                {key.revokedAt ? (
                  <span className="text-sm font-medium text-slate-600 dark:text-slate-400">Revoked</span>
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
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
