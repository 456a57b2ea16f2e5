import { Webhook } from 'standardwebhooks';
import { verifyWebhook, WebhookVerificationError } from '../src/webhooks';

// The API signs with the standardwebhooks package; the SDK checks with Web Crypto. They must agree.
const secret = `whsec_${Buffer.from('a secret of at least twenty-four bytes').toString('base64')}`;
const body = JSON.stringify({
  id: 'a0c8a0a2-7d5e-4a53-9d11-2d2b7b7d9f10',
  type: 'webhook.test',
  createdAt: '2026-12-08T10:00:00.000Z',
  livemode: true,
  data: { endpointId: 'e', message: 'hello' },
});

function signed(at: Date, payload = body, id = 'a0c8a0a2-7d5e-4a53-9d11-2d2b7b7d9f10') {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, at, payload),
  };
}

describe('verifyWebhook', () => {
  it('accepts what standardwebhooks signs and returns the typed event', async () => {
    const event = await verifyWebhook(secret, signed(new Date()), body);
    expect(event.type).toBe('webhook.test');
    if (event.type !== 'webhook.test') throw new Error('narrowing');
    expect(event.data.message).toBe('hello');
  });

  it('reads Headers objects, any header case, and several signatures (a rotated secret)', async () => {
    const headers = signed(new Date());
    const other = new Webhook(`whsec_${Buffer.from('another secret, also long enough').toString('base64')}`);
    const list = `${other.sign(headers['webhook-id'], new Date(), body)} ${headers['webhook-signature']}`;
    await expect(
      verifyWebhook(secret, new Headers({ ...headers, 'webhook-signature': list }), body),
    ).resolves.toMatchObject({ type: 'webhook.test' });
    const upper = {
      'Webhook-Id': headers['webhook-id'],
      'Webhook-Timestamp': headers['webhook-timestamp'],
      'Webhook-Signature': headers['webhook-signature'],
    };
    await expect(verifyWebhook(secret, upper, body)).resolves.toMatchObject({ type: 'webhook.test' });
  });

  it('refuses a tampered body, another id, a wrong secret or a missing header', async () => {
    const headers = signed(new Date());
    const refused = (h: Record<string, string>, b = body, s = secret) =>
      expect(verifyWebhook(s, h, b)).rejects.toBeInstanceOf(WebhookVerificationError);
    await refused(headers, body.replace('hello', 'hellO'));
    await refused({ ...headers, 'webhook-id': 'another' });
    await refused(headers, body, `whsec_${Buffer.from('not the secret at all, no').toString('base64')}`);
    await refused({ ...headers, 'webhook-signature': 'v2,abc' });
    const { 'webhook-signature': _dropped, ...unsigned } = headers;
    await refused(unsigned);
  });

  it('refuses a timestamp more than five minutes old or ahead, and accepts one just inside', async () => {
    const now = Date.now();
    await expect(verifyWebhook(secret, signed(new Date(now - 301_000)), body, now)).rejects.toThrow(
      'the timestamp is too old',
    );
    await expect(verifyWebhook(secret, signed(new Date(now + 301_000)), body, now)).rejects.toThrow(
      'the timestamp is in the future',
    );
    await expect(verifyWebhook(secret, signed(new Date(now - 299_000)), body, now)).resolves.toBeDefined();
  });
});
