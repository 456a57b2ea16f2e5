import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { BooksCheckSummary } from './types';

/** POST /ops/books-check (admin): an incremental check now; recorded in the audit trail. */
export function checkBooksNow(): Promise<BooksCheckSummary> {
  return apiRequest<BooksCheckSummary>('/ops/books-check', { method: 'POST' });
}

export function useCheckBooksNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: checkBooksNow,
    meta: {
      action: 'Checking the books',
      successMessage: (data) => {
        const report = data as BooksCheckSummary;
        return report.ok
          ? `The books balance (${report.rowsChecked} new ledger rows checked)`
          : `The check found ${report.discrepancies} problem${report.discrepancies === 1 ? '' : 's'}`;
      },
    },
    // Another check running is a 503: the next try is the person's, not an automatic one.
    retry: false,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.opsBooksCheck });
      void queryClient.invalidateQueries({ queryKey: ['ops', 'audit'] });
    },
  });
}
