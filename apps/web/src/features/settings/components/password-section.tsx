import { KeyRound } from 'lucide-react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { TextField } from '../../../components/ui/field';
import { useChangePasswordForm } from '../hooks/use-change-password-form';

/** A new password, with the current one; the person's other browsers are signed out. */
export function PasswordSection() {
  const form = useChangePasswordForm();
  return (
    <Card aria-labelledby="password-heading">
      <h2 id="password-heading" className="text-lg font-semibold">
        Password
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Changing it signs out every other browser where you are signed in. API keys keep working.
      </p>
      <form
        onSubmit={form.submit}
        className="mt-4 grid max-w-md gap-4"
        aria-label="Change password"
        noValidate
      >
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={form.currentPassword}
          onChange={(e) => form.setCurrentPassword(e.target.value)}
          error={form.errors.currentPassword}
        />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          value={form.newPassword}
          onChange={(e) => form.setNewPassword(e.target.value)}
          error={form.errors.newPassword}
          hint="At least 10 characters."
        />
        <div>
          <Button type="submit" disabled={form.isPending}>
            <KeyRound aria-hidden="true" size={16} />
            {form.isPending ? 'Changing…' : 'Change password'}
          </Button>
        </div>
      </form>
    </Card>
  );
}
