import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateTime, formatMoney } from '../../../lib/money';
import { paths } from '../../../lib/paths';
import { ROLE_LABELS } from '../../../lib/staff';
import type { AuditEvent, OpsWallet, StaffUser } from '../api/types';

export const muted = 'text-sm text-slate-600 dark:text-slate-400';
export const linkClass = 'font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300';

/** A list of facts: term, then what it is. */
export function Facts({ children }: { children: ReactNode }) {
  return <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2">{children}</dl>;
}

export function RoleBadge({ role }: { role: StaffUser['role'] }) {
  if (!role) return <span className={muted}>{ROLE_LABELS.user}</span>;
  return (
    <span
      className="rounded-full bg-indigo-100 px-2 py-0.5 text-sm font-medium text-indigo-900 dark:bg-indigo-950 dark:text-indigo-200"
      data-testid="role-badge"
    >
      {ROLE_LABELS[role]}
    </span>
  );
}

export function UserLink({ user }: { user: Pick<StaffUser, 'id' | 'email'> }) {
  return (
    <Link className={linkClass} to={paths.opsUser.getHref(user.id)}>
      {user.email}
    </Link>
  );
}

export function WalletLink({ wallet }: { wallet: Pick<OpsWallet, 'id' | 'name' | 'currency'> }) {
  return (
    <Link className={linkClass} to={paths.opsWallet.getHref(wallet.id)}>
      {wallet.name} ({wallet.currency})
    </Link>
  );
}

export function When({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}

export function Money({ value, currency }: { value: number; currency: string }) {
  return <span className="tabular-nums">{formatMoney(value, currency)}</span>;
}

/** A page's title, with what kind of thing it is above it. */
export function PageTitle({ kind, children }: { kind: string; children: ReactNode }) {
  return (
    <div>
      <p className="text-sm font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{kind}</p>
      <h1 className="break-all text-2xl font-semibold">{children}</h1>
    </div>
  );
}

const TYPE_NAMES: Record<string, string> = {
  FUND: 'Funding',
  TRANSFER_IN: 'Transfer in',
  TRANSFER_OUT: 'Transfer out',
};

/** A ledger type for people; a type this dashboard does not know yet is shown as the API names it. */
export function typeName(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

/** Who did it, as staff may know: the user, a named member of staff, a command, or nobody known. */
export function actorOf(event: AuditEvent, userId?: string): string {
  if (event.actorId && event.actorId === userId) return 'by them';
  if (event.actorEmail) return `by ${event.actorEmail}${event.actorRole ? ` (${event.actorRole})` : ''}`;
  if (event.actorLabel) return `by ${event.actorLabel}`;
  return 'by no one known';
}
