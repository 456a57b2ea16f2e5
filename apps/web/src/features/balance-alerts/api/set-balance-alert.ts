import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { formatMoney } from '../../../lib/money';
import { queryKeys } from '../../../lib/query-keys';
import type { BalanceAlert } from './get-balance-alert';

export interface SetBalanceAlertVariables {
  walletId: string;
  below: string | null;
  above: string | null;
}

/** PUT /wallets/:id/alert: replaces the alert (null clears a side; both null removes it). */
export function setBalanceAlert({ walletId, below, above }: SetBalanceAlertVariables) {
  return apiRequest<BalanceAlert>(`/wallets/${encodeURIComponent(walletId)}/alert`, {
    method: 'PUT',
    body: { below, above },
  });
}

export function useSetBalanceAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setBalanceAlert,
    meta: {
      action: 'Setting the alert',
      successMessage: (data) => {
        const alert = data as BalanceAlert;
        return alert.below === null && alert.above === null
          ? 'Balance alert turned off'
          : `You will be told when the balance goes ${alertText(alert)}`;
      },
    },
    onSuccess: (alert) => queryClient.setQueryData(queryKeys.balanceAlert(alert.walletId), alert),
  });
}

/** "below $50.00 or above $1,000.00". */
export function alertText(alert: Pick<BalanceAlert, 'below' | 'above' | 'currency'>): string {
  return [
    alert.below !== null ? `below ${formatMoney(alert.below, alert.currency)}` : null,
    alert.above !== null ? `above ${formatMoney(alert.above, alert.currency)}` : null,
  ]
    .filter((part): part is string => part !== null)
    .join(' or ');
}
