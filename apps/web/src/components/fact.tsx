import type { ReactNode } from 'react';
import { CopyButton } from './copy-button';

/** One term and its value in a description list (<dl>): a transaction's facts, a console page's. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </>
  );
}

/** An id shown whole, in monospace, with a button that copies it. */
export function CopyableId({ value, label }: { value: string; label: string }) {
  return (
    <span className="flex items-center gap-1">
      <code className="break-all font-mono text-sm">{value}</code>
      <CopyButton value={value} label={label} />
    </span>
  );
}
