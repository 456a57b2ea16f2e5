import { ShieldCheck, ShieldOff } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { CopyButton } from '../../../components/copy-button';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { TextField } from '../../../components/ui/field';
import { useTwoFactorManage } from '../hooks/use-two-factor-manage';
import { useTwoFactorSetup } from '../hooks/use-two-factor-setup';
import { RecoveryCodesPanel } from './recovery-codes';

const muted = 'text-sm text-slate-600 dark:text-slate-400';

/** Two-factor sign-in: set up with the QR code and a code, recovery codes shown once, or turned off. */
export function TwoFactorSection({ enabled }: { enabled: boolean }) {
  const [codes, setCodes] = useState<string[] | null>(null);
  return (
    <Card aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading" className="flex items-center gap-2 text-lg font-semibold">
        {enabled ? (
          <ShieldCheck aria-hidden="true" size={18} className="text-emerald-700 dark:text-emerald-400" />
        ) : (
          <ShieldOff aria-hidden="true" size={18} className="text-slate-500 dark:text-slate-400" />
        )}
        Two-factor sign-in
      </h2>
      <p className={`mt-1 ${muted}`} data-testid="two-factor-status">
        {enabled
          ? 'On: logging in needs your password and a code from your authenticator app.'
          : 'Off: add a code from an authenticator app to your password at every login.'}
      </p>
      {codes ? <RecoveryCodesPanel codes={codes} onDone={() => setCodes(null)} /> : null}
      {enabled ? (
        <ManageTwoFactor onRecoveryCodes={setCodes} />
      ) : (
        <SetUpTwoFactor onRecoveryCodes={setCodes} />
      )}
    </Card>
  );
}

function SetUpTwoFactor({ onRecoveryCodes }: { onRecoveryCodes: (codes: string[]) => void }) {
  const setup = useTwoFactorSetup(onRecoveryCodes);
  const codeInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (setup.pending) codeInput.current?.focus();
  }, [setup.pending]);
  if (!setup.pending) {
    return (
      <div className="mt-4">
        <Button onClick={setup.start} disabled={setup.isStarting}>
          <ShieldCheck aria-hidden="true" size={16} />
          {setup.isStarting ? 'One moment…' : 'Set up two-factor sign-in'}
        </Button>
      </div>
    );
  }
  const { secret, qr } = setup.pending;
  return (
    <div className="mt-4 grid gap-4 md:grid-cols-[auto_1fr]">
      <img
        src={qr}
        alt="QR code to scan with your authenticator app"
        width={176}
        height={176}
        className="rounded-lg border border-slate-200 bg-white p-1 dark:border-slate-700"
      />
      <div className="grid content-start gap-3">
        <p className="text-sm">
          1. Scan the QR code with an authenticator app (1Password, Google Authenticator, Authy…), or type
          this key into it:
        </p>
        <p className="flex flex-wrap items-center gap-1">
          <code
            className="break-all rounded bg-slate-100 px-2 py-1 text-sm dark:bg-slate-800"
            data-testid="two-factor-secret"
          >
            {secret}
          </code>
          <CopyButton value={secret} label="Copy the key" />
        </p>
        <form
          onSubmit={setup.submit}
          className="grid max-w-xs gap-3"
          aria-label="Turn on two-factor sign-in"
          noValidate
        >
          <TextField
            ref={codeInput}
            label="2. Code from the app"
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={7}
            value={setup.code}
            onChange={(e) => setup.setCode(e.target.value)}
            error={setup.error}
            hint="The 6 digits it shows now."
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={setup.isEnabling}>
              {setup.isEnabling ? 'Checking…' : 'Turn on'}
            </Button>
            <Button variant="ghost" onClick={setup.cancel}>
              Cancel
            </Button>
          </div>
        </form>
      </div>
    </div>
  );
}

function ManageTwoFactor({ onRecoveryCodes }: { onRecoveryCodes: (codes: string[]) => void }) {
  const { renew, off } = useTwoFactorManage(onRecoveryCodes);
  return (
    <div className="mt-4 grid gap-6 md:grid-cols-2">
      <form
        onSubmit={renew.submit}
        className="grid content-start gap-3"
        aria-label="New recovery codes"
        noValidate
      >
        <h3 className="font-medium">New recovery codes</h3>
        <p className={muted}>Used or lost them? Make ten new ones; the old ones stop working.</p>
        <TextField
          label="Code from the app"
          autoComplete="one-time-code"
          maxLength={64}
          value={renew.code}
          onChange={(e) => renew.setCode(e.target.value)}
          error={renew.error}
          hint="Or one of your recovery codes."
        />
        <div>
          <Button variant="secondary" type="submit" disabled={renew.isPending}>
            {renew.isPending ? 'Making…' : 'Make new recovery codes'}
          </Button>
        </div>
      </form>
      <form
        onSubmit={off.submit}
        className="grid content-start gap-3"
        aria-label="Turn off two-factor sign-in"
        noValidate
      >
        <h3 className="font-medium">Turn off</h3>
        <p className={muted}>Logging in will need only your password again.</p>
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          value={off.password}
          onChange={(e) => off.setPassword(e.target.value)}
          error={off.errors.password}
        />
        <TextField
          label="Code to turn off"
          autoComplete="one-time-code"
          maxLength={64}
          value={off.code}
          onChange={(e) => off.setCode(e.target.value)}
          error={off.errors.code}
          hint="From the app, or a recovery code."
        />
        <div>
          <Button variant="secondary" type="submit" disabled={off.isPending}>
            <ShieldOff aria-hidden="true" size={16} />
            {off.isPending ? 'Turning off…' : 'Turn off two-factor sign-in'}
          </Button>
        </div>
      </form>
    </div>
  );
}
