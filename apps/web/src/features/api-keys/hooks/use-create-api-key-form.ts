import type { Scope } from '@wallet/contract/constants';
import { type FormEvent, useState } from 'react';
import { useCreateApiKey } from '../api/create-api-key';

/** The new-key form's state: name, permissions, the error, and the secret shown once after creating. */
export function useCreateApiKeyForm() {
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['wallets:read']);
  /** Days until the key stops by itself; '' is never. */
  const [expiresInDays, setExpiresInDays] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [scopesError, setScopesError] = useState<string | undefined>();
  const [secret, setSecret] = useState<{ name: string; key: string } | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(name.trim() ? undefined : 'Give the key a name, so you know it later');
    setScopesError(scopes.length === 0 ? 'Pick at least one permission' : undefined);
    if (!name.trim() || scopes.length === 0) return;
    create.mutate(
      { name: name.trim(), scopes, ...(expiresInDays ? { expiresInDays: Number(expiresInDays) } : {}) },
      {
        onSuccess: (created) => {
          setSecret({ name: created.name, key: created.key });
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
    expiresInDays,
    setExpiresInDays,
    error,
    scopesError,
    secret,
    submit,
    isPending: create.isPending,
  };
}
