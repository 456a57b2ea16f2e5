import type { MemoFieldsState } from '../hooks/use-memo-fields';
import { TextField } from './ui/field';

/** Optional Description and Reference inputs for a fund or a transfer. */
export function MemoFields({ memo, className = '' }: { memo: MemoFieldsState; className?: string }) {
  return (
    <div className={`grid gap-3 sm:grid-cols-2 ${className}`}>
      <TextField
        label="Description (optional)"
        value={memo.description}
        maxLength={140}
        onChange={(e) => memo.setDescription(e.target.value)}
        error={memo.errors.description}
        hint="Shown on both sides of a transfer."
      />
      <TextField
        label="Reference (optional)"
        value={memo.reference}
        maxLength={64}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => memo.setReference(e.target.value)}
        error={memo.errors.reference}
        hint="Your own id, e.g. an invoice number. Only you see it."
      />
    </div>
  );
}
