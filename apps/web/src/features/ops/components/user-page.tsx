import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Fact, CopyableId as Id } from '../../../components/fact';
import { Card } from '../../../components/ui/card';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { paths } from '../../../lib/paths';
import type { StaffRole } from '../../../lib/staff';
import { useUserPage } from '../api/get-user-page';
import type { AuditEvent, OpsApiKey, UserPage } from '../api/types';
import { actorOf, Facts, linkClass, Money, muted, PageTitle, RoleBadge, WalletLink, When } from './ops-parts';
import { OpsProblem } from './ops-problem';
import { RoleControl } from './role-control';

/**
 * Everything staff see of one account. `panels` are the other console features' parts of this page
 * (a tier, say), given the page as loaded.
 */
export function OpsUserPage({
  userId,
  viewer,
  panels,
}: {
  userId: string;
  viewer: { id: string; role: StaffRole };
  panels?: (page: UserPage) => ReactNode;
}) {
  const page = useUserPage(userId);
  if (page.isPending) return <SkeletonBlock label="Loading the account" lines={6} />;
  if (page.isError) return <OpsProblem error={page.error} what="user" />;
  const { user } = page.data;
  return (
    <div className="grid gap-6">
      <Card aria-labelledby="ops-user-heading">
        <div id="ops-user-heading">
          <PageTitle kind="User">{user.email}</PageTitle>
        </div>
        <Facts>
          <Fact term="Role">
            <RoleBadge role={user.role} />
          </Fact>
          <Fact term="Joined">
            <When iso={user.createdAt} />
          </Fact>
          <Fact term="Id">
            <Id value={user.id} label="Copy user ID" />
          </Fact>
        </Facts>
        {viewer.role === 'admin' && viewer.id !== user.id ? <RoleControl user={user} /> : null}
        {viewer.role === 'admin' && viewer.id === user.id ? (
          <p className={`mt-4 ${muted}`}>You cannot change your own role; another admin can.</p>
        ) : null}
      </Card>
      <WalletsCard page={page.data} />
      {panels?.(page.data)}
      <KeysCard keys={page.data.apiKeys} />
      <SessionsCard page={page.data} />
      <HistoryCard userId={user.id} events={page.data.securityHistory} />
    </div>
  );
}

function WalletsCard({ page }: { page: UserPage }) {
  return (
    <Card aria-labelledby="ops-user-wallets">
      <h2 id="ops-user-wallets" className="text-lg font-semibold">
        Wallets
      </h2>
      {page.wallets.length === 0 ? (
        <p className={`mt-2 ${muted}`}>No wallets.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800" aria-label="Wallets">
          {page.wallets.map((wallet) => (
            <li key={wallet.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
              <WalletLink wallet={wallet} />
              <Money value={wallet.balance} currency={wallet.currency} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** Why a key no longer works (revoked, expired), or that it was rotated and when it stops; null: active. */
function keyState(key: OpsApiKey): string | null {
  if (key.revokedAt) return 'revoked';
  const expired = key.expiresAt !== null && Date.parse(key.expiresAt) <= Date.now();
  if (expired) return key.rotatedTo ? 'rotated, expired' : 'expired';
  if (key.rotatedTo) return `rotated, works until ${new Date(key.expiresAt ?? '').toLocaleString()}`;
  return key.expiresAt ? `expires ${new Date(key.expiresAt).toLocaleString()}` : null;
}

function KeysCard({ keys }: { keys: OpsApiKey[] }) {
  return (
    <Card aria-labelledby="ops-user-keys">
      <h2 id="ops-user-keys" className="text-lg font-semibold">
        API keys
      </h2>
      {keys.length === 0 ? (
        <p className={`mt-2 ${muted}`}>No keys.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800" aria-label="API keys">
          {keys.map((key) => (
            <li key={key.id} className="py-2">
              <p className="font-medium">
                {key.name} <code className={muted}>{key.prefix}…</code>
                <span className={`ml-2 ${muted}`}>{key.mode}</span>
                {keyState(key) ? <span className={`ml-2 ${muted}`}>{keyState(key)}</span> : null}
              </p>
              <p className={muted}>
                {key.scopes.join(', ')} · made <When iso={key.createdAt} /> ·{' '}
                {key.lastUsedAt ? (
                  <>
                    last used <When iso={key.lastUsedAt} />
                  </>
                ) : (
                  'never used'
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function SessionsCard({ page }: { page: UserPage }) {
  return (
    <Card aria-labelledby="ops-user-sessions">
      <h2 id="ops-user-sessions" className="text-lg font-semibold">
        Live sessions
      </h2>
      {page.sessions.length === 0 ? (
        <p className={`mt-2 ${muted}`}>Not signed in anywhere.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800" aria-label="Live sessions">
          {page.sessions.map((session) => (
            <li key={session.id} className={`py-2 ${muted}`}>
              Signed in <When iso={session.createdAt} />, until <When iso={session.expiresAt} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function HistoryCard({ userId, events }: { userId: string; events: AuditEvent[] }) {
  return (
    <Card aria-labelledby="ops-user-history">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="ops-user-history" className="text-lg font-semibold">
          Security history
        </h2>
        <Link className={linkClass} to={paths.opsAudit.getHref({ userId })}>
          All of it in the audit trail
        </Link>
      </div>
      {events.length === 0 ? (
        <p className={`mt-2 ${muted}`}>Nothing recorded yet.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800" aria-label="Security history">
          {events.map((event) => (
            <li key={event.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
              <code className="font-mono text-sm">{event.action}</code>
              <span className={muted}>
                {actorOf(event, userId)}
                {event.address ? ` · from ${event.address}` : ''} · <When iso={event.occurredAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
