import { useMutation, useQueryClient } from '@tanstack/react-query';
import { findCurrency, toMinorUnits } from '@wallet/money';
import { apiRequest } from '../../../lib/api-client';
import { formatMoney } from '../../../lib/money';
import { changeHoldsNow, type Hold, refreshAfterHold, rollBackHolds } from './holds-cache';

/** POST /holds/:id/void: release all of it. */
export function voidHold(hold: Hold) {
  return apiRequest<Hold>(`/holds/${hold.id}/void`, { method: 'POST' });
}

/** Released at once on screen: the hold leaves the list and its amount is available again. */
export function useVoidHold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: voidHold,
    meta: {
      action: 'Releasing the hold',
      successMessage: (data) => {
        const hold = data as Hold;
        return `${formatMoney(hold.amount, hold.currency)} released`;
      },
    },
    onMutate: (hold) => {
      const currency = findCurrency(hold.currency);
      const minor = currency ? toMinorUnits(hold.amount, currency) : 0n;
      return changeHoldsNow(queryClient, hold.walletId, minor, (page) => ({
        ...page,
        data: page.data.filter((h) => h.id !== hold.id),
      }));
    },
    onError: (_error, hold, snapshot) => rollBackHolds(queryClient, hold.walletId, snapshot),
    onSettled: (_data, _error, hold) => refreshAfterHold(queryClient, [hold.walletId]),
  });
}
