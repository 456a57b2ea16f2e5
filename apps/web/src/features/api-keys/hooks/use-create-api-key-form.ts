import type { Scope } from '@wallet/contract/constants';
import { type FormEvent, useState } from 'react';
import { currentMode, type Mode } from '../../../lib/mode';
import { useCreateApiKey } from '../api/create-api-key';

/** The new-key form's state: name, permissions, the error, and the secret shown once after creating. */
export function useCreateApiKeyForm() {
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['wallets:read']);
  // A key made while the dashboard is in test mode is a test key unless the person picks live.
  const [mode, setMode] = useState<Mode>(currentMode);
  /** Days until the key stops by itself; '' is never. */
  const [expiresInDays, setExpiresInDays] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [scopesError, setScopesError] = useState<string | undefined>();
  const [secret, setSecret] = useState<{ name: string; key: string; mode: Mode } | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(name.trim() ? undefined : 'Give the key a name, so you know it later');
    setScopesError(scopes.length === 0 ? 'Pick at least one permission' : undefined);
    if (!name.trim() || scopes.length === 0) return;
    create.mutate(
      {
        name: name.trim(),
        scopes,
        mode,
        ...(expiresInDays ? { expiresInDays: Number(expiresInDays) } : {}),
      },
      {
        onSuccess: (created) => {
          setSecret({ name: created.name, key: created.key, mode: created.mode });
          setName('');
        },
      },
    );
  }

  return {
    name,
    setName,
    scopes,
    setScopes,
    mode,
    setMode,
    expiresInDays,
    setExpiresInDays,
    error,
    scopesError,
    secret,
    submit,
    isPending: create.isPending,
  };
}
