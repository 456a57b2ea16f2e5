import { History, Plus, Wallet as WalletIcon, X } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { formatMoney } from '../../../lib/money';
import { useWallets } from '../api/get-wallets';
import { CreateWalletForm } from './create-wallet-form';
import { FundForm } from './fund-form';
import { StatementDownload } from './statement-download';
import { TransferForm } from './transfer-form';
import { WalletList } from './wallet-list';

// The history (and its chart library) loads only when someone asks for it.
const HistoryPanel = lazy(() => import('./history-panel').then((m) => ({ default: m.HistoryPanel })));

/**
 * Progressive disclosure: no wallet -> an invitation to create one; one wallet -> its balance and
 * funding; two or more -> transfers; the history only when asked for.
 */
export function WalletsPage() {
  const wallets = useWallets();
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [creating, setCreating] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [paying, setPaying] = useState(false);

  if (wallets.isPending) {
    return <p className="text-slate-600 dark:text-slate-400">Loading your wallets…</p>;
  }
  // A failed background refetch keeps showing what is known; only a first load that failed says so.
  if (wallets.isError && !wallets.data) {
    return (
      <Card role="alert">
        <p className="font-medium">Your wallets could not be loaded.</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{wallets.error.message}</p>
        <Button className="mt-4" variant="secondary" onClick={() => wallets.refetch()}>
          Try again
        </Button>
      </Card>
    );
  }

  const list = wallets.data ?? [];
  if (list.length === 0) {
    return (
      <Card className="mx-auto max-w-2xl text-center">
        <div className="mx-auto mb-4 w-fit rounded-full bg-indigo-100 p-4 text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300">
          <WalletIcon aria-hidden="true" size={32} />
        </div>
        <h2 className="text-xl font-semibold">Create your first wallet</h2>
        <p className="mx-auto mt-2 max-w-md text-slate-600 dark:text-slate-400">
          A wallet holds money in one currency. Add money to it, and once you have two, move money between
          them.
        </p>
        <div className="mt-6 text-left">
          <CreateWalletForm onCreated={(w) => setSelectedId(w.id)} />
        </div>
      </Card>
    );
  }

  const selected = list.find((w) => w.id === selectedId) ?? list[0];
  if (!selected) return null;

  return (
    <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
      <div className="grid content-start gap-3">
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
                setSelectedId(w.id);
                setCreating(false);
              }}
            />
          </Card>
        ) : null}
        <WalletList
          wallets={list}
          selectedId={selected.id}
          onSelect={(id) => {
            setSelectedId(id);
            setShowHistory(false);
          }}
        />
      </div>

      <div className="grid content-start gap-6">
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
            <Button variant="secondary" onClick={() => setShowHistory((s) => !s)} aria-expanded={showHistory}>
              <History aria-hidden="true" size={16} />
              {showHistory ? 'Hide history' : 'Show history'}
            </Button>
          </div>
          <div className="mt-4">
            <StatementDownload key={selected.id} wallet={selected} />
          </div>
          {showHistory ? (
            <div className="mt-4">
              <Suspense
                fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading history…</p>}
              >
                <HistoryPanel wallet={selected} wallets={list} />
              </Suspense>
            </div>
          ) : null}
        </Card>
      </div>
    </div>
  );
}
