import { formatMoney } from '../../../lib/money';
import { useAccountLimits } from '../api/get-account-limits';

const TIER_NAMES: Record<string, string> = { standard: 'Standard', premium: 'Premium' };

/**
 * What the person may still send to other people in this currency today and this month, under their
 * tier: one quiet line above the form, or nothing while it loads, when it fails, or when the currency
 * is not limited (sending is then only bounded by the balance).
 */
export function SendingLimits({ currency }: { currency: string }) {
  const limits = useAccountLimits();
  if (!limits.data) return null;
  const tier = TIER_NAMES[limits.data.tier] ?? limits.data.tier;
  const limit = limits.data.limits.find((l) => l.currency === currency);
  if (!limit || (!limit.daily && !limit.monthly)) return null;
  const parts = [
    limit.daily ? `${formatMoney(limit.daily.remaining, currency)} left today` : null,
    limit.monthly ? `${formatMoney(limit.monthly.remaining, currency)} this month` : null,
  ].filter((part): part is string => part !== null);
  return (
    <p className="mb-3 text-sm text-slate-600 dark:text-slate-400" data-testid="sending-limits">
      {tier} tier: {parts.join(', ')} to other people (UTC). Moving money between your own wallets is not
      limited.
    </p>
  );
}
