import { useQueryClient } from '@tanstack/react-query';
import { FlaskConical } from 'lucide-react';
import { useNavigate } from 'react-router';
import { setMode, useMode } from '../lib/mode';
import { paths } from '../lib/paths';
import { queryKeys } from '../lib/query-keys';

/**
 * The test/live switch in the header. Switching drops every answer of the other mode and opens the
 * wallet list: a page of a wallet of the other mode is not there in this one.
 */
export function ModeSwitch() {
  const mode = useMode();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const testing = mode === 'test';
  return (
    <button
      type="button"
      role="switch"
      aria-checked={testing}
      onClick={() => {
        setMode(testing ? 'live' : 'test');
        // Who is signed in stays; everything read in the other mode goes (and active views read anew).
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
        void navigate(paths.home.getHref());
      }}
      className={`inline-flex min-h-10 items-center gap-2 rounded-lg px-2.5 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${
        testing
          ? 'bg-amber-100 text-amber-950 ring-1 ring-amber-400 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-700'
          : 'text-slate-700 hover:bg-slate-200/70 dark:text-slate-200 dark:hover:bg-slate-800'
      }`}
    >
      <FlaskConical aria-hidden="true" size={16} className="shrink-0" />
      {/* Short enough for the header's one row; its name is still "Test mode". */}
      <span>
        Test<span className="sr-only"> mode</span>
      </span>
      <span
        aria-hidden="true"
        className={`relative inline-block h-5 w-9 rounded-full transition-colors ${
          testing ? 'bg-amber-600 dark:bg-amber-500' : 'bg-slate-400 dark:bg-slate-600'
        }`}
      >
        <span
          className={`absolute top-0.5 size-4 rounded-full bg-white transition-all ${testing ? 'left-4.5' : 'left-0.5'}`}
        />
      </span>
    </button>
  );
}

/** Under the header while in test mode: nobody mistakes test money for real money. */
export function TestModeBanner() {
  const mode = useMode();
  if (mode !== 'test') return null;
  return (
    <div
      className="border-b border-amber-300 bg-amber-100 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
      data-testid="test-mode-banner"
    >
      <p className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-2 text-sm font-medium">
        <FlaskConical aria-hidden="true" size={16} className="shrink-0" />
        Test mode — no real money. You see and make test wallets only; they never pay or receive from live
        ones.
      </p>
    </div>
  );
}
