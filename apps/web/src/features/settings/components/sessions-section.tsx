import type { SessionInfo } from '@wallet/contract';
import { Monitor } from 'lucide-react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { useSessions } from '../api/get-sessions';
import { useRevokeSession } from '../api/revoke-session';

const muted = 'text-sm text-slate-600 dark:text-slate-400';
const when = (iso: string) => new Date(iso).toLocaleString();

/** Where the person is signed in; any other browser can be signed out from here. */
export function SessionsSection() {
  const sessions = useSessions();
  return (
    <Card aria-labelledby="sessions-heading">
      <h2 id="sessions-heading" className="text-lg font-semibold">
        Sessions
      </h2>
      <p className={`mt-1 ${muted}`}>
        The browsers signed in to your account. Sign out any you do not recognise.
      </p>
      {sessions.isPending ? (
        <div className="mt-3">
          <SkeletonBlock label="Loading your sessions" />
        </div>
      ) : sessions.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          The sessions could not be loaded. {sessions.error.message}
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800" aria-label="Sessions">
          {sessions.data.map((session) => (
            <SessionRow key={session.id} session={session} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function SessionRow({ session }: { session: SessionInfo }) {
  const revoke = useRevokeSession();
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="session-row">
      <div className="flex min-w-0 items-start gap-3">
        <Monitor
          aria-hidden="true"
          size={18}
          className="mt-0.5 shrink-0 text-slate-500 dark:text-slate-400"
        />
        <div>
          <p className="font-medium">
            Signed in {when(session.createdAt)}
            {session.current ? (
              <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
                This browser
              </span>
            ) : null}
          </p>
          <p className={muted}>Ends {when(session.expiresAt)}</p>
        </div>
      </div>
      {session.current ? (
        <span className={muted}>Use “Log out” to end it</span>
      ) : (
        <Button
          variant="secondary"
          disabled={revoke.isPending}
          aria-label={`Sign out the session from ${when(session.createdAt)}`}
          onClick={() => {
            if (window.confirm('Sign this session out? That browser will have to log in again.'))
              revoke.mutate(session.id);
          }}
        >
          Sign out
        </Button>
      )}
    </li>
  );
}
