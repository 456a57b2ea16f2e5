import { Wallet as WalletIcon } from 'lucide-react';
import { useNavigate } from 'react-router';
import { Card } from '../../../components/ui/card';
import { paths } from '../../../lib/paths';
import { useWallets } from '../api/get-wallets';
import { CreateWalletForm } from './create-wallet-form';

/** "/": the first wallet, or the invitation to create one. */
export function WalletsHome() {
  const wallets = useWallets();
  const navigate = useNavigate();
  if (wallets.wallets.length > 0) {
    return (
      <Card>
        <p className="text-slate-600 dark:text-slate-400">Pick a wallet from the list.</p>
      </Card>
    );
  }
  return (
    <Card className="mx-auto max-w-2xl text-center">
      <div className="mx-auto mb-4 w-fit rounded-full bg-indigo-100 p-4 text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300">
        <WalletIcon aria-hidden="true" size={32} />
      </div>
      <h2 className="text-xl font-semibold">Create your first wallet</h2>
      <p className="mx-auto mt-2 max-w-md text-slate-600 dark:text-slate-400">
        A wallet holds money in one currency. Add money to it, and once you have two, move money between them.
      </p>
      <div className="mt-6 text-left">
        <CreateWalletForm onCreated={(w) => navigate(paths.wallet.getHref(w.id))} />
      </div>
    </Card>
  );
}
