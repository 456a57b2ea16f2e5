import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { toast } from 'sonner';
import { useLiveEvents } from '../src/lib/live-events';

/** The browser's EventSource, reduced to what the hook uses: the test fires its events. */
class FakeEventSource {
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = 0;
  private readonly listeners = new Map<string, ((event: { data?: string; lastEventId: string }) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: (event: { data?: string; lastEventId: string }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  fire(type: string, data?: string, lastEventId = ''): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data, lastEventId });
  }
  close(): void {
    this.readyState = FakeEventSource.CLOSED;
  }
}

function stubEventSource(): void {
  Object.defineProperty(globalThis, 'EventSource', { value: FakeEventSource, configurable: true });
}

function liveFor(userId: string) {
  const queryClient = new QueryClient();
  const invalidated = jest.spyOn(queryClient, 'invalidateQueries');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const hook = renderHook(() => useLiveEvents(userId), { wrapper });
  const keys = () => invalidated.mock.calls.map(([filters]) => filters?.queryKey);
  return { hook, keys };
}

describe('the live event stream', () => {
  afterEach(() => {
    // jsdom has no EventSource of its own: take the fake away again.
    delete (globalThis as { EventSource?: unknown }).EventSource;
    jest.restoreAllMocks();
    FakeEventSource.opened = [];
  });

  it('refreshes the wallets when the stream first opens, so nothing committed before it is missed', () => {
    stubEventSource();
    const { hook, keys } = liveFor('user-1');
    const [source] = FakeEventSource.opened;
    expect(source?.url).toBe('/api/v1/events');
    expect(keys()).toEqual([]);
    source?.fire('open');
    expect(keys()).toEqual([['wallets']]);
    hook.unmount();
    expect(source?.readyState).toBe(FakeEventSource.CLOSED);
  });

  it("refreshes the list and the wallet of each entry once its balance comes, and nothing else's", () => {
    stubEventSource();
    const { keys } = liveFor('user-1');
    const [source] = FakeEventSource.opened;
    source?.fire('open');
    const transaction = {
      id: 't1',
      walletId: 'w1',
      type: 'FUND',
      status: 'SUCCESS',
      amount: 5,
      currency: 'USD',
    };
    source?.fire('transaction', JSON.stringify(transaction), '41');
    expect(keys()).toEqual([['wallets']]);
    source?.fire('balance', JSON.stringify({ id: 'w1', name: 'Main', balance: 5, currency: 'USD' }), '41');
    source?.fire('balance', 'not json', '42');
    expect(keys()).toEqual([['wallets'], ['wallets', 'list'], ['wallets', 'w1']]);
  });

  it('says money came from another user once, naming the wallet and its new balance', () => {
    stubEventSource();
    const success = jest.spyOn(toast, 'success');
    liveFor('user-1');
    const [source] = FakeEventSource.opened;
    const received = {
      id: 't2',
      walletId: 'w1',
      type: 'TRANSFER_IN',
      status: 'SUCCESS',
      amount: 12.5,
      currency: 'USD',
      sourceWalletId: null,
    };
    source?.fire('transaction', JSON.stringify(received), '50');
    source?.fire(
      'balance',
      JSON.stringify({ id: 'w1', name: 'Main', balance: 112.5, currency: 'USD' }),
      '50',
    );
    // One's own move between wallets (its source is shown) is no news.
    source?.fire('transaction', JSON.stringify({ ...received, id: 't3', sourceWalletId: 'w2' }), '51');
    source?.fire(
      'balance',
      JSON.stringify({ id: 'w1', name: 'Main', balance: 113.5, currency: 'USD' }),
      '51',
    );
    // Money sent back by its receiver says so.
    source?.fire('transaction', JSON.stringify({ ...received, id: 't4', refundOf: 'x1', amount: 2 }), '52');
    source?.fire(
      'balance',
      JSON.stringify({ id: 'w1', name: 'Main', balance: 115.5, currency: 'USD' }),
      '52',
    );
    expect(success.mock.calls).toEqual([
      ['Received $12.50 from another user', { id: 'received-t2', description: 'Into Main; balance $112.50' }],
      ['$2.00 refunded to you', { id: 'received-t4', description: 'Into Main; balance $115.50' }],
    ]);
  });

  it('refreshes the schedules on a scheduled_transfer event and says a declined one; says a crossed alert', () => {
    stubEventSource();
    const errors = jest.spyOn(toast, 'error').mockImplementation(() => 'id');
    const infos = jest.spyOn(toast, 'info').mockImplementation(() => 'id');
    const { keys } = liveFor('user-1');
    const [source] = FakeEventSource.opened;
    const scheduledTransfer = { id: 's1', amount: 25, currency: 'USD' };
    source?.fire(
      'scheduled_transfer',
      JSON.stringify({
        type: 'scheduled_transfer.executed',
        scheduledTransfer,
        occurrence: { failureCode: null },
      }),
    );
    expect(keys()).toEqual([['scheduled-transfers']]);
    expect(errors).not.toHaveBeenCalled();
    source?.fire(
      'scheduled_transfer',
      JSON.stringify({
        type: 'scheduled_transfer.failed',
        scheduledTransfer,
        occurrence: { failureCode: 'INSUFFICIENT_FUNDS' },
      }),
    );
    expect(errors).toHaveBeenCalledWith('A scheduled transfer of $25.00 was not sent', {
      id: 'schedule-declined-s1',
      description: 'Because there was not enough money in the wallet. The next one is still scheduled.',
    });
    source?.fire(
      'alert',
      JSON.stringify({
        type: 'balance.below',
        walletId: 'w1',
        threshold: 50,
        balance: 40,
        currency: 'USD',
        transactionId: 't9',
      }),
    );
    expect(infos).toHaveBeenCalledWith('Balance below $50.00', {
      id: 'alert-t9-balance.below',
      description: 'It is now $40.00.',
    });
  });
});
