import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { getStaffTransaction } from './get-staff-transaction';
import { getStaffWallet } from './get-staff-wallet';
import type { TransactionForStaff, WalletPageForStaff } from './types';

export type IdMatch =
  | { kind: 'wallet'; page: WalletPageForStaff }
  | { kind: 'transaction'; found: TransactionForStaff }
  /** Neither: it may be a user's id. Not fetched here: opening a user's page is recorded. */
  | { kind: 'user'; userId: string };

const isMissing = (error: unknown) => error instanceof ApiError && error.status === 404;

/** What an id names: a wallet, else a transaction, else (maybe) a user. */
export async function lookUpId(id: string, signal?: AbortSignal): Promise<IdMatch> {
  try {
    return { kind: 'wallet', page: await getStaffWallet(id, signal) };
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  try {
    return { kind: 'transaction', found: await getStaffTransaction(id, signal) };
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  return { kind: 'user', userId: id };
}

export function lookUpIdQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.opsLookup(id), queryFn: ({ signal }) => lookUpId(id, signal) });
}

export function useLookUpId(id: string, enabled: boolean) {
  return useQuery({ ...lookUpIdQueryOptions(id), enabled });
}
