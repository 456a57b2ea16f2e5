import type { Wallet } from '@wallet/contract';
import { Link } from 'react-router';
import { formatMoney } from '../../../lib/money';
import { paths } from '../../../lib/paths';

export function WalletListItem({ wallet, selected }: { wallet: Wallet; selected: boolean }) {
  return (
    <li>
      <Link
        to={paths.wallet.getHref(wallet.id)}
        aria-current={selected ? 'page' : undefined}
        className={`flex w-full items-center justify-between gap-3 rounded-xl border px-4 py-3 text-left transition-colors ${
          selected
            ? 'border-indigo-600 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950'
            : 'border-slate-200 bg-white hover:bg-slate-100 dark:border-slate-800 dark:bg-slate-900 dark:hover:bg-slate-800'
        }`}
      >
        <span className="min-w-0">
          <span className="block truncate font-medium">{wallet.name}</span>
          <span className="block text-xs text-slate-600 dark:text-slate-400">{wallet.currency}</span>
        </span>
        <span className="font-semibold tabular-nums" data-testid={`list-balance-${wallet.id}`}>
          {formatMoney(wallet.balance, wallet.currency)}
        </span>
      </Link>
    </li>
  );
}
