import { useQuery } from '@tanstack/react-query';
import type { CurrencyInfo } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { walletKeys } from './query-keys';

export function getCurrencies(): Promise<CurrencyInfo[]> {
  return apiRequest<CurrencyInfo[]>('/currencies');
}

export function useCurrencies() {
  return useQuery({
    queryKey: walletKeys.currencies,
    queryFn: getCurrencies,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
