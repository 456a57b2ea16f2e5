import type { ReactNode } from 'react';
import { PasswordSection } from './password-section';
import { ProfileSection } from './profile-section';
import { SessionsSection } from './sessions-section';
import { TwoFactorSection } from './two-factor-section';

/**
 * The person's own account: password, two-factor sign-in, sessions. `securityHistory` is the place for
 * the "Security history" section (the account's audit events), which comes from another feature: the
 * route passes it in, so this page needs no change when it arrives.
 */
export function SettingsPage({
  twoFactor,
  displayName = null,
  securityHistory,
}: {
  twoFactor: boolean;
  /** The display name chosen so far (null: none). */
  displayName?: string | null;
  securityHistory?: ReactNode;
}) {
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Settings</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          How others see you, your password, sign-in and sessions.
        </p>
      </div>
      <ProfileSection key={displayName ?? ''} displayName={displayName} />
      <PasswordSection />
      <TwoFactorSection enabled={twoFactor} />
      <SessionsSection />
      {securityHistory ?? null}
    </div>
  );
}
