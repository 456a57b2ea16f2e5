import { useQuery } from '@tanstack/react-query';
import type { Wallet, WalletPage } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { walletKeys } from './query-keys';

/** The dashboard shows up to 100 wallets, the API's largest page. */
export const WALLET_PAGE_SIZE = 100;

export async function getWallets(signal?: AbortSignal): Promise<Wallet[]> {
  const page = await apiRequest<WalletPage>(`/wallets?limit=${WALLET_PAGE_SIZE}`, { signal });
  return page.data;
}

export function useWallets() {
  return useQuery({ queryKey: walletKeys.list(), queryFn: ({ signal }) => getWallets(signal) });
}
