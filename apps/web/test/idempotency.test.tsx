import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useIdempotencyKey } from '../src/lib/idempotency';

describe('useIdempotencyKey', () => {
  it('gives the same action the same key until it settles, and a new action a new key', () => {
    const { result } = renderHook(() => useIdempotencyKey());
    const first = result.current.keyFor({ walletId: 'a', amount: '10' });
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    // A double click or a retry: the same action again, before a final answer.
    expect(result.current.keyFor({ walletId: 'a', amount: '10' })).toBe(first);
    // A different action is a different request.
    const other = result.current.keyFor({ walletId: 'a', amount: '11' });
    expect(other).not.toBe(first);
    // Once settled, doing the same thing again is a new action.
    result.current.settle();
    expect(result.current.keyFor({ walletId: 'a', amount: '11' })).not.toBe(other);
  });
});
