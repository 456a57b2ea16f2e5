import { SCOPES, type Scope } from '@wallet/contract/constants';
import { KeyRound } from 'lucide-react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { CheckboxGroup } from '../../../components/ui/checkbox-group';
import { SelectField, TextField } from '../../../components/ui/field';
import { SecretOnce } from '../../../components/ui/secret-once';
import { paths } from '../../../lib/paths';
import { useCreateApiKeyForm } from '../hooks/use-create-api-key-form';

const SCOPE_LABELS: Record<Scope, string> = {
  'wallets:read': 'Read wallets and history',
  'wallets:write': 'Create and fund wallets',
  'transfers:write': 'Make transfers',
  'webhooks:write': 'Manage webhook endpoints (adding one also needs Read wallets)',
};

const SCOPE_OPTIONS = SCOPES.map((scope) => ({
  value: scope,
  label: (
    <>
      {SCOPE_LABELS[scope]} <code className="text-slate-600 dark:text-slate-400">{scope}</code>
    </>
  ),
}));

const MODE_OPTIONS = [
  { value: 'live', label: 'Live: real wallets and money' },
  { value: 'test', label: 'Test: test wallets only, no real money (the key starts wk_test_)' },
] as const;

/** A new key for the person's own software: named, scoped, its secret shown once. */
export function CreateApiKeyCard() {
  const form = useCreateApiKeyForm();
  return (
    <Card aria-labelledby="keys-heading">
      <h2 id="keys-heading" className="text-lg font-semibold">
        API keys
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Your own software calls the API with a key: <code>Authorization: Bearer &lt;key&gt;</code>. See the{' '}
        <a
          className="font-medium text-indigo-700 underline dark:text-indigo-300"
          href={paths.apiDocs.getHref()}
        >
          API docs
        </a>
        .
      </p>
      <form onSubmit={form.submit} className="mt-4 grid gap-4" aria-label="New API key">
        <TextField
          label="Key name"
          value={form.name}
          maxLength={60}
          onChange={(e) => form.setName(e.target.value)}
          error={form.error}
        />
        <CheckboxGroup
          legend="Permissions"
          options={SCOPE_OPTIONS}
          value={form.scopes}
          onChange={form.setScopes}
          error={form.scopesError}
        />
        <fieldset>
          <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Mode</legend>
          <div className="mt-2 grid gap-2">
            {MODE_OPTIONS.map((option) => (
              <label key={option.value} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="key-mode"
                  className="size-4 accent-indigo-600 dark:accent-indigo-400"
                  checked={form.mode === option.value}
                  onChange={() => form.setMode(option.value)}
                />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
        <SelectField
          label="Expires"
          value={form.expiresInDays}
          onChange={(e) => form.setExpiresInDays(e.target.value)}
          hint="After that the key stops working by itself. You can rotate it into a new key at any time."
        >
          <option value="">Never (until revoked)</option>
          <option value="30">In 30 days</option>
          <option value="90">In 90 days</option>
          <option value="365">In a year</option>
        </SelectField>
        <div>
          <Button type="submit" disabled={form.isPending}>
            <KeyRound aria-hidden="true" size={16} />
            {form.isPending ? 'Creating…' : 'Create key'}
          </Button>
        </div>
      </form>
      {form.secret ? (
        <SecretOnce
          title={`Copy the ${form.secret.mode === 'test' ? 'test ' : ''}key “${form.secret.name}” now: it will not be shown again.`}
          secret={form.secret.key}
          testId="new-key"
        />
      ) : null}
    </Card>
  );
}
