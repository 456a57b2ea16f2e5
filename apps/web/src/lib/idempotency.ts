import { useCallback, useRef } from 'react';
import { ApiError } from './api-client';

/**
 * Keys of actions that have not had a final answer yet, by the action's fingerprint. Kept outside any
 * component (and in sessionStorage, so a reload keeps them too): a form that unmounts and comes back
 * while its last submission is unresolved must resend it under the same key, or the server could apply
 * it twice.
 */
const STORE = 'wallet-pending-idempotency-keys';
const pending = new Map<string, string>(readStore());

function readStore(): [string, string][] {
  try {
    return JSON.parse(sessionStorage.getItem(STORE) ?? '[]') as [string, string][];
  } catch {
    return [];
  }
}

function writeStore(): void {
  try {
    sessionStorage.setItem(STORE, JSON.stringify([...pending].slice(-50)));
  } catch {
    // Storage full or unavailable: the in-memory map still covers remounts.
  }
}

/**
 * One Idempotency-Key per action the person submits. The same action submitted again before it has a
 * final answer (a double click, a retry after a network error, the form shown again) gets the same key,
 * so the server applies it once; a different action, or the same one after a final answer, gets a fresh key.
 */
export function useIdempotencyKey(): {
  keyFor: (action: unknown) => string;
  settle: () => void;
} {
  const last = useRef<string | null>(null);

  const keyFor = useCallback((action: unknown) => {
    const fingerprint = JSON.stringify(action);
    last.current = fingerprint;
    let key = pending.get(fingerprint);
    if (!key) {
      key = crypto.randomUUID();
      pending.set(fingerprint, key);
      writeStore();
    }
    return key;
  }, []);

  /** The action got its final answer: the next submission of it is a new action. */
  const settle = useCallback(() => {
    if (last.current !== null && pending.delete(last.current)) writeStore();
    last.current = null;
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
