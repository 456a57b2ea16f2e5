import { Copy } from 'lucide-react';
import { copyToClipboard } from '../copy-button';
import { Button } from './button';

/** A secret shown this once, with a copy button: API keys and webhook signing secrets. */
export function SecretOnce({ title, secret, testId }: { title: string; secret: string; testId: string }) {
  return (
    <div
      role="status"
      className="mt-4 rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950"
    >
      <p className="font-medium">{title}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code className="break-all rounded bg-white px-2 py-1 text-sm dark:bg-slate-900" data-testid={testId}>
          {secret}
        </code>
        <Button variant="secondary" onClick={() => copyToClipboard(secret)}>
          <Copy aria-hidden="true" size={16} /> Copy
        </Button>
      </div>
    </div>
  );
}
