import { History } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFoundCard } from '../../../components/not-found-card';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { formatMoney } from '../../../lib/money';
import { useWallets } from '../api/get-wallets';
import { FundForm } from './fund-form';
import { ReceiveMoney } from './receive-money';
import { StatementDownload } from './statement-download';
import { TransferForm } from './transfer-form';

// The history (and its chart library) loads only when someone asks for it.
const HistoryPanel = lazy(() => import('./history-panel').then((m) => ({ default: m.HistoryPanel })));

/**
 * One wallet, at /wallets/:walletId (and its history at /wallets/:walletId/transactions). Progressive
 * disclosure: its balance and funding first; transfers once there are two wallets; the history on request.
 */
export function WalletView({ history }: { history: boolean }) {
  const { walletId } = useParams();
  const wallets = useWallets();
  const [paying, setPaying] = useState(false);
  const list = wallets.wallets;
  const selected = list.find((w) => w.id === walletId);

  if (!selected) {
    if (wallets.isLoadingMore) return <SkeletonBlock label="Loading the wallet" lines={4} />;
    return <NotFoundCard what="wallet" />;
  }

  return (
    <>
      <Card aria-labelledby="balance-heading">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {selected.name} · {selected.currency}
        </p>
        <h2 id="balance-heading" className="sr-only">
          Balance of {selected.name}
        </h2>
        <p
          className="mt-1 text-4xl font-semibold tracking-tight tabular-nums"
          data-testid="balance"
          aria-live="polite"
        >
          {formatMoney(selected.balance, selected.currency)}
        </p>
        <div className="mt-6">
          <FundForm key={selected.id} wallet={selected} />
        </div>
        <ReceiveMoney key={`receive-${selected.id}`} wallet={selected} />
      </Card>

      {list.length === 1 && !paying ? (
        <div>
          <Button variant="secondary" onClick={() => setPaying(true)}>
            Pay someone else's wallet
          </Button>
        </div>
      ) : null}
      {list.length >= 2 || paying ? (
        <Card aria-labelledby="transfer-heading">
          <h2 id="transfer-heading" className="mb-4 text-lg font-semibold">
            Send money
          </h2>
          <TransferForm key={selected.id} source={selected} wallets={list} />
        </Card>
      ) : null}

      <Card aria-labelledby="history-heading">
        <div className="flex items-center justify-between gap-3">
          <h2 id="history-heading" className="text-lg font-semibold">
            History
          </h2>
          <Link
            to={history ? `/wallets/${selected.id}` : `/wallets/${selected.id}/transactions`}
            aria-expanded={history}
            className="inline-flex min-h-10 items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
          >
            <History aria-hidden="true" size={16} />
            {history ? 'Hide history' : 'Show history'}
          </Link>
        </div>
        <div className="mt-4">
          <StatementDownload key={selected.id} wallet={selected} />
        </div>
        {history ? (
          <div className="mt-4">
            <Suspense fallback={<SkeletonBlock label="Loading history" lines={5} />}>
              <HistoryPanel wallet={selected} wallets={list} />
            </Suspense>
          </div>
        ) : null}
      </Card>
    </>
  );
}
