import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { ApiError } from './api-client';
import { queryKeys } from './query-keys';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** What to tell the person when the action succeeds. */
      successMessage?: (data: unknown) => string;
      /** What the action was, for the error toast's title. */
      action?: string;
    };
  }
}

/** Network failures and 5xx are worth another try; a 4xx is the server's final answer. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.isFinal) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  // The signed-in user lives at queryKeys.me; null means signed out. Any 401 means the session is gone (expired, or logged out elsewhere): back to the sign-in screen.
  const signedOut = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) client.setQueryData(queryKeys.me, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: signedOut }),
    // Toasts for every mutation are raised here, in one place.
    mutationCache: new MutationCache({
      onSuccess: (data, _variables, _context, mutation) => {
        const message = mutation.meta?.successMessage?.(data);
        if (message) toast.success(message);
      },
      onError: (error, _variables, _context, mutation) => {
        signedOut(error);
        const detail = error instanceof ApiError ? error.detail : 'Something went wrong. Please try again.';
        toast.error(mutation.meta?.action ? `${mutation.meta.action} failed` : 'That did not work', {
          description: detail,
        });
      },
    }),
    defaultOptions: {
      queries: { staleTime: 5_000, retry: shouldRetry, refetchOnWindowFocus: true },
      // Retries resend the same variables, and so the same Idempotency-Key.
      mutations: { retry: shouldRetry, retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000) },
    },
  });
  return client;
}
