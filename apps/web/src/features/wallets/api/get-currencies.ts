import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CurrencyInfo } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /currencies: the currencies a wallet can hold, with their limits. */
export function getCurrencies(signal?: AbortSignal): Promise<CurrencyInfo[]> {
  return apiRequest<CurrencyInfo[]>('/currencies', { signal });
}

/** One definition for the hook and a route loader. They never change while the page is open. */
export function getCurrenciesQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.currencies,
    queryFn: ({ signal }) => getCurrencies(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useCurrencies() {
  return useQuery(getCurrenciesQueryOptions());
}
