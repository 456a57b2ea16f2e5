import { UserRound } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { TextField } from '../../../components/ui/field';
import { ApiError } from '../../../lib/api-client';
import { useUpdateProfile } from '../api/update-profile';

const MAX = 60;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** The display name: how the people you pay, and who pay you, see you (never your email). */
export function ProfileSection({ displayName }: { displayName: string | null }) {
  const update = useUpdateProfile();
  const [name, setName] = useState(displayName ?? '');
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    const problem =
      trimmed.length > MAX
        ? `At most ${MAX} characters`
        : CONTROL.test(trimmed)
          ? 'Letters, spaces and punctuation only'
          : undefined;
    setError(problem);
    if (problem) return;
    update.mutate(
      { displayName: trimmed === '' ? null : trimmed },
      {
        onSuccess: (user) => setName(user.displayName ?? ''),
        onError: (failure) => {
          if (failure instanceof ApiError && failure.code === 'VALIDATION_FAILED') setError(failure.detail);
        },
      },
    );
  }

  return (
    <Card aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="flex items-center gap-2 text-lg font-semibold">
        <UserRound aria-hidden="true" size={18} /> Display name
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        What the people you pay, and who pay you, see in their activity. Without one they see “Someone”; never
        your email.
      </p>
      <form onSubmit={submit} className="mt-4 grid max-w-md gap-4" aria-label="Display name" noValidate>
        <TextField
          label="Display name"
          value={name}
          maxLength={MAX}
          autoComplete="name"
          onChange={(e) => setName(e.target.value)}
          error={error}
          hint="Up to 60 characters. Leave it empty to remove it."
        />
        <div>
          <Button type="submit" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save name'}
          </Button>
        </div>
      </form>
    </Card>
  );
}
