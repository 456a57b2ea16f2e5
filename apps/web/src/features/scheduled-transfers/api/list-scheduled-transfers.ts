import { useQuery } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

type ScheduledTransferPage = components['schemas']['ScheduledTransferPage'];

/** GET /scheduled-transfers?walletId=: the person's schedules from or to this wallet, newest first. */
export function listScheduledTransfers(walletId: string) {
  return apiRequest<ScheduledTransferPage>(
    `/scheduled-transfers?walletId=${encodeURIComponent(walletId)}&limit=50`,
  );
}

export function useScheduledTransfers(walletId: string) {
  return useQuery({
    queryKey: queryKeys.scheduledTransfers(walletId),
    queryFn: () => listScheduledTransfers(walletId),
  });
}
