import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLiveEvents } from '../src/lib/live-events';

/** The browser's EventSource, reduced to what the hook uses: the test fires its events. */
class FakeEventSource {
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = 0;
  private readonly listeners = new Map<string, ((event: { data?: string }) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: (event: { data?: string }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  fire(type: string, data?: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data });
  }
  close(): void {
    this.readyState = FakeEventSource.CLOSED;
  }
}

function liveFor(userId: string) {
  const queryClient = new QueryClient();
  const invalidated = vi.spyOn(queryClient, 'invalidateQueries');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const hook = renderHook(() => useLiveEvents(userId), { wrapper });
  const keys = () => invalidated.mock.calls.map(([filters]) => filters?.queryKey);
  return { hook, keys };
}

describe('the live event stream', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeEventSource.opened = [];
  });

  it('refreshes the wallets when the stream first opens, so nothing committed before it is missed', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const { hook, keys } = liveFor('user-1');
    const [source] = FakeEventSource.opened;
    expect(source?.url).toBe('/api/v1/events');
    expect(keys()).toEqual([]);
    source?.fire('open');
    expect(keys()).toEqual([['wallets']]);
    hook.unmount();
    expect(source?.readyState).toBe(FakeEventSource.CLOSED);
  });

  it("refreshes the list and the wallet an event names, and nothing else's", () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const { keys } = liveFor('user-1');
    const [source] = FakeEventSource.opened;
    source?.fire('open');
    source?.fire(
      'transaction',
      JSON.stringify({
        transaction: { id: 't1', type: 'FUND', status: 'SUCCESS', amount: 5, currency: 'USD' },
        wallet: { id: 'w1', name: 'Main', balance: 5, currency: 'USD' },
      }),
    );
    source?.fire('transaction', 'not json');
    expect(keys()).toEqual([['wallets'], ['wallets', 'list'], ['wallets', 'w1']]);
  });
});
