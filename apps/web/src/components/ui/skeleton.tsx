/** A grey block where content is about to appear; screen readers hear the label once instead. */
export function Skeleton({ className = '' }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={`animate-pulse rounded-lg bg-slate-200 dark:bg-slate-800 ${className}`}
    />
  );
}

/** A whole region still loading: grey lines, and one status message for assistive technology. */
export function SkeletonBlock({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div role="status" aria-label={label} className="grid gap-3" data-testid="skeleton">
      {Array.from({ length: lines }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={i} className={i === 0 ? 'h-8 w-1/2' : 'h-5 w-full'} />
      ))}
      <span className="sr-only">{label}</span>
    </div>
  );
}
