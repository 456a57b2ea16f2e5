import type { Wallet } from '@wallet/contract';
import { Link } from 'react-router';
import { CopyableId as Id } from '../../../components/fact';
import { paths } from '../../../lib/paths';

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
