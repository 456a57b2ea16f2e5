import { EventStreamReader, webhookBodyOf } from '../../src/cli/webhooks-listen-events';

describe('the event stream reader of pnpm webhooks:listen', () => {
  it('reads events split anywhere across chunks, any line ending, skipping comments', () => {
    const reader = new EventStreamReader();
    const stream =
      'retry: 2000\n\n: heartbeat\n\nid: 41\r\nevent: transaction\r\ndata: {"a":\r\ndata: 1}\r\n\r\nid: 41\nevent: balance\ndata: {}\n\n';
    const events = [...stream].flatMap((char) => reader.push(char));
    expect(events).toEqual([
      { id: '41', event: 'transaction', data: '{"a":\n1}' },
      { id: '41', event: 'balance', data: '{}' },
    ]);
    expect(reader.retryMs).toBe(2000);
    expect(reader.lastEventId).toBe('41');
  });

  it('keeps the last id across events without one (a review event), for Last-Event-ID', () => {
    const reader = new EventStreamReader();
    reader.push('id: 7\nevent: transaction\ndata: {}\n\nevent: review\ndata: {}\n\n');
    expect(reader.lastEventId).toBe('7');
  });
});

describe('the webhook body of a streamed event', () => {
  const transaction = (fields: Record<string, unknown>) => ({
    id: 'tx',
    event: 'transaction',
    data: JSON.stringify({
      id: 't1',
      status: 'SUCCESS',
      refundOf: null,
      createdAt: '2026-12-08T10:00:00.000Z',
      ...fields,
    }),
  });

  it.each([
    [{}, 'transaction.succeeded'],
    [{ status: 'FAILED' }, 'transaction.failed'],
    [{ refundOf: 'other' }, 'refund.succeeded'],
  ])('names a transaction %j as the API names its webhook: %s', (fields, type) => {
    const body = webhookBodyOf(transaction(fields));
    expect(body).toMatchObject({ type, createdAt: '2026-12-08T10:00:00.000Z', data: { id: 't1' } });
    expect(body?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body?.livemode).toBe(true);
    // A test key's stream carries test wallets only: forwarded as livemode false.
    expect(webhookBodyOf(transaction(fields), false)?.livemode).toBe(false);
  });

  it('names a held transfer by its status, and sends nothing for a balance', () => {
    const review = (status: string) => ({
      id: null,
      event: 'review',
      data: JSON.stringify({ transfer: { id: 'h', status }, wallet: {} }),
    });
    expect(webhookBodyOf(review('PENDING_REVIEW'))?.type).toBe('transfer.held');
    expect(webhookBodyOf(review('RELEASED'))?.type).toBe('transfer.released');
    expect(webhookBodyOf(review('REJECTED'))?.data).toEqual({ id: 'h', status: 'REJECTED' });
    expect(webhookBodyOf({ id: '1', event: 'balance', data: '{}' })).toBeNull();
  });

  it('names a hold event by how the hold stands, its data the hold', () => {
    const hold = (status: string) => ({
      id: null,
      event: 'hold',
      data: JSON.stringify({ hold: { id: 'h', status }, wallet: {} }),
    });
    expect(webhookBodyOf(hold('ACTIVE'))?.type).toBe('hold.created');
    expect(webhookBodyOf(hold('CAPTURED'))?.type).toBe('hold.captured');
    expect(webhookBodyOf(hold('VOIDED'))?.type).toBe('hold.voided');
    expect(webhookBodyOf(hold('EXPIRED'))?.data).toEqual({ id: 'h', status: 'EXPIRED' });
    expect(webhookBodyOf(hold('UNKNOWN'))).toBeNull();
  });

  it("names a payment request event by the request's status, its data the request", () => {
    const request = (status: string) => ({
      id: null,
      event: 'payment_request',
      data: JSON.stringify({ id: 'r', status }),
    });
    expect(webhookBodyOf(request('OPEN'))?.type).toBe('payment_request.created');
    expect(webhookBodyOf(request('PAID'))?.type).toBe('payment_request.paid');
    expect(webhookBodyOf(request('DECLINED'))?.type).toBe('payment_request.declined');
    expect(webhookBodyOf(request('CANCELLED'))?.type).toBe('payment_request.cancelled');
    expect(webhookBodyOf(request('EXPIRED'))?.data).toEqual({ id: 'r', status: 'EXPIRED' });
    expect(webhookBodyOf(request('UNKNOWN'))).toBeNull();
  });

  it('names a scheduled transfer and an alert by the type their data says, and sends nothing for a held occurrence', () => {
    const scheduled = (type: string) => ({
      id: null,
      event: 'scheduled_transfer',
      data: JSON.stringify({ type, scheduledTransfer: { id: 's' }, occurrence: { occurrence: 1 } }),
    });
    expect(webhookBodyOf(scheduled('scheduled_transfer.failed'))).toMatchObject({
      type: 'scheduled_transfer.failed',
      data: { scheduledTransfer: { id: 's' }, occurrence: { occurrence: 1 } },
    });
    expect(webhookBodyOf(scheduled('scheduled_transfer.held'))).toBeNull();
    const alert = {
      type: 'balance.below',
      walletId: 'w',
      threshold: 50,
      balance: 40,
      currency: 'USD',
      transactionId: 't',
    };
    expect(webhookBodyOf({ id: null, event: 'alert', data: JSON.stringify(alert) })).toMatchObject({
      type: 'balance.below',
      data: { walletId: 'w', threshold: 50, balance: 40, currency: 'USD', transactionId: 't' },
    });
  });
});
