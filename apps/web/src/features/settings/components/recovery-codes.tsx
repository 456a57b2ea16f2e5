import { Copy } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { copyToClipboard } from '../../../components/copy-button';
import { Button } from '../../../components/ui/button';

/** The recovery codes, shown this once: copy them, then say they are saved. */
export function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // They appear after a form is sent: move focus to them so they are not missed.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      aria-labelledby="recovery-codes-heading"
      className="mt-4 rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950"
    >
      <h3 id="recovery-codes-heading" ref={heading} tabIndex={-1} className="font-medium">
        Save your recovery codes now: they will not be shown again.
      </h3>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Each one signs you in once if you lose your authenticator app. Keep them somewhere safe, away from
        this device.
      </p>
      <ul
        className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-5"
        aria-label="Recovery codes"
        data-testid="recovery-codes"
      >
        {codes.map((code) => (
          <li key={code}>
            <code className="rounded bg-white px-2 py-1 text-sm dark:bg-slate-900">{code}</code>
          </li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => copyToClipboard(codes.join('\n'))}>
          <Copy aria-hidden="true" size={16} /> Copy all
        </Button>
        <Button variant="ghost" onClick={onDone}>
          I have saved them
        </Button>
      </div>
    </section>
  );
}
