import type { Wallet } from '@wallet/contract';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CopyButton } from '../../../components/copy-button';
import { paths } from '../../../lib/paths';

export function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </>
  );
}

export function Id({ value, label }: { value: string; label: string }) {
  return (
    <span className="flex items-center gap-1">
      <code className="break-all font-mono text-sm">{value}</code>
      <CopyButton value={value} label={label} />
    </span>
  );
}

/** One of the person's wallets by name (a link), another person's by id, or a hidden one as such. */
export function WalletRef({ id, byId }: { id: string | null; byId: Map<string, Wallet> }) {
  if (!id) return <span>Another person's wallet</span>;
  const wallet = byId.get(id);
  if (!wallet) return <Id value={id} label="Copy wallet ID" />;
  return (
    <Link className="underline underline-offset-2" to={paths.wallet.getHref(wallet.id)}>
      {wallet.name}
    </Link>
  );
}
