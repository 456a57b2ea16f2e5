import { renderHook } from '@testing-library/react';
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

describe('useIdempotencyKey across remounts', () => {
  it('keeps the key of an unresolved action when the form unmounts and comes back', () => {
    const action = { walletId: 'w', amount: '50' };
    const first = renderHook(() => useIdempotencyKey());
    const key = first.result.current.keyFor(action);
    first.unmount();
    const again = renderHook(() => useIdempotencyKey());
    expect(again.result.current.keyFor(action)).toBe(key);
    again.result.current.settle();
    expect(again.result.current.keyFor(action)).not.toBe(key);
  });
});
