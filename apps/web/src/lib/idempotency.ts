import { useCallback, useRef } from 'react';
import { ApiError } from './api-client';

/**
 * One Idempotency-Key per action the person submits. The same action submitted again before it has a
 * final answer (a double click, a retry after a network error) gets the same key, so the server applies
 * it once; a different action, or the same one after a final answer, gets a fresh key.
 */
export function useIdempotencyKey(): {
  keyFor: (action: unknown) => string;
  settle: () => void;
} {
  const current = useRef<{ fingerprint: string; key: string } | null>(null);

  const keyFor = useCallback((action: unknown) => {
    const fingerprint = JSON.stringify(action);
    if (current.current?.fingerprint !== fingerprint) {
      current.current = { fingerprint, key: crypto.randomUUID() };
    }
    return current.current.key;
  }, []);

  /** The action got its final answer: the next submission is a new action. */
  const settle = useCallback(() => {
    current.current = null;
  }, []);

  return { keyFor, settle };
}

/**
 * The key for a submitted action, plus the mutate() callbacks that forget it once the server has given
 * a final answer (success, or a 4xx) and keep it while a retry could still be the same request.
 */
export function useIdempotentAction() {
  const { keyFor, settle } = useIdempotencyKey();
  const settleOn = useCallback(
    <T>(on: { success?: (data: T) => void; finalError?: (error: ApiError) => void } = {}) => ({
      onSuccess: (data: T) => {
        settle();
        on.success?.(data);
      },
      onError: (error: unknown) => {
        if (!(error instanceof ApiError) || !error.isFinal) return;
        settle();
        on.finalError?.(error);
      },
    }),
    [settle],
  );
  return { keyFor, settleOn };
}
