import type { ReactNode } from 'react';
import { PasswordSection } from './password-section';
import { SessionsSection } from './sessions-section';
import { TwoFactorSection } from './two-factor-section';

/**
 * The person's own account: password, two-factor sign-in, sessions. `securityHistory` is the place for
 * the "Security history" section (the account's audit events), which comes from another feature: the
 * route passes it in, so this page needs no change when it arrives.
 */
export function SettingsPage({
  twoFactor,
  securityHistory,
}: {
  twoFactor: boolean;
  securityHistory?: ReactNode;
}) {
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Settings</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Your password, sign-in and sessions.
        </p>
      </div>
      <PasswordSection />
      <TwoFactorSection enabled={twoFactor} />
      <SessionsSection />
      {securityHistory ?? null}
    </div>
  );
}
