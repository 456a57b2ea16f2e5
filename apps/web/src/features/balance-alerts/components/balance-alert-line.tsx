import { BellRing } from 'lucide-react';
import type { WalletPanelProps } from '../../../app/wallet-sections';
import { useBalanceAlert } from '../api/get-balance-alert';
import { alertText } from '../api/set-balance-alert';

/** The wallet's balance alert, said quietly in one line; nothing when none is set. */
export function BalanceAlertLine({ wallet }: WalletPanelProps) {
  const { data } = useBalanceAlert(wallet.id);
  if (!data || (data.below === null && data.above === null)) return null;
  return (
    <p className="flex items-center gap-2 px-1 text-sm text-slate-600 dark:text-slate-400">
      <BellRing aria-hidden="true" size={14} />
      Alert when the balance goes {alertText(data)}
    </p>
  );
}
