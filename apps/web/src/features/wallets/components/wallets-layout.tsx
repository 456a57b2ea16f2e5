import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import { Outlet, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { Skeleton, SkeletonBlock } from '../../../components/ui/skeleton';
import { paths } from '../../../lib/paths';
import { useWallets } from '../api/get-wallets';
import { useOpenFirstWallet } from '../hooks/use-open-first-wallet';
import { CreateWalletForm } from './create-wallet-form';
import { CurrencyTotals } from './currency-totals';
import { WalletList } from './wallet-list';

/**
 * The wallets area: the list (with totals, search and the new-wallet form) beside whatever the address
 * names: a wallet, its history, a transaction.
 */
export function WalletsLayout() {
  const wallets = useWallets();
  const { walletId } = useParams();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  useOpenFirstWallet(wallets.isPending ? undefined : (wallets.wallets.at(-1)?.id ?? null), walletId);

  if (wallets.isPending) return <WalletsSkeleton />;
  // A failed background refetch keeps showing what is known; only a first load that failed says so.
  if (wallets.isError && !wallets.hasData) {
    return (
      <Card role="alert">
        <p className="font-medium">Your wallets could not be loaded.</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{wallets.error?.message}</p>
        <Button className="mt-4" variant="secondary" onClick={() => wallets.refetch()}>
          Try again
        </Button>
      </Card>
    );
  }
  if (wallets.wallets.length === 0) return <Outlet />;

  return (
    <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
      {/* On a phone an open wallet comes first (its balance and actions), the list after it. */}
      <div className={`grid min-w-0 content-start gap-3 ${walletId ? 'order-last lg:order-none' : ''}`}>
        <CurrencyTotals wallets={wallets.wallets} complete={!wallets.isLoadingMore} />
        <div className="flex items-center justify-between">
          <h2 className="text-lg font-semibold">Wallets</h2>
          <Button variant="ghost" onClick={() => setCreating((c) => !c)} aria-expanded={creating}>
            {creating ? <X aria-hidden="true" size={16} /> : <Plus aria-hidden="true" size={16} />}
            {creating ? 'Close' : 'New wallet'}
          </Button>
        </div>
        {creating ? (
          <Card>
            <CreateWalletForm
              onCreated={(w) => {
                setCreating(false);
                navigate(paths.wallet.getHref(w.id));
              }}
            />
          </Card>
        ) : null}
        <WalletList wallets={wallets.wallets} selectedId={walletId} loadingMore={wallets.isLoadingMore} />
      </div>
      <div className="grid min-w-0 content-start gap-6">
        <Outlet />
      </div>
    </div>
  );
}

function WalletsSkeleton() {
  return (
    <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
      <div className="grid content-start gap-3">
        <Skeleton className="h-16 w-full" />
        <Skeleton className="h-14 w-full" />
        <Skeleton className="h-14 w-full" />
      </div>
      <Card>
        <SkeletonBlock label="Loading your wallets" lines={4} />
      </Card>
    </div>
  );
}
