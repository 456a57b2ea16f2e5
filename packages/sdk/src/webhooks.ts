import type { components } from '@wallet/contract';

type Schemas = components['schemas'];

/** How far a delivery's timestamp may be from now, either way, before it is refused (a replay). */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

interface EventOf<Type extends string, Data> {
  /** The event's id, also its webhook-id header: the same on every retry, so it de-duplicates. */
  id: string;
  type: Type;
  createdAt: string;
  /** true: real money (a live wallet's event, to a live endpoint); false: test mode (a test wallet's, to a test endpoint). */
  livemode: boolean;
  data: Data;
}

/** The body of a webhook delivery, typed by its `type`. */
export type WebhookEvent =
  | EventOf<'transaction.succeeded' | 'transaction.failed' | 'refund.succeeded', Schemas['Transaction']>
  | EventOf<'transfer.held' | 'transfer.released' | 'transfer.rejected', Schemas['HeldTransfer']>
  | EventOf<'hold.created' | 'hold.captured' | 'hold.voided' | 'hold.expired', Schemas['Hold']>
  | EventOf<'webhook.test', { endpointId: string; message: string }>
  // The types later features add (payment requests, ...): their data is not typed here yet.
  | EventOf<
      Exclude<
        Schemas['DeliveredEventType'],
        | 'transaction.succeeded'
        | 'transaction.failed'
        | 'refund.succeeded'
        | 'transfer.held'
        | 'transfer.released'
        | 'transfer.rejected'
        | 'hold.created'
        | 'hold.captured'
        | 'hold.voided'
        | 'hold.expired'
        | 'webhook.test'
      >,
      Record<string, unknown>
    >;

/** Why a delivery was refused. */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
}

/** Request headers as Node (IncomingHttpHeaders), fetch (Headers) or a plain object give them. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

function header(headers: WebhookHeaders, name: string): string {
  const value =
    headers instanceof Headers
      ? headers.get(name)
      : (headers[name] ?? Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1]);
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) throw new WebhookVerificationError(`missing ${name} header`);
  return text;
}

/** The secret's key bytes: whsec_ and base64 (Standard Webhooks). */
function secretBytes(secret: string): Uint8Array {
  const encoded = secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret;
  const bytes = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
  if (bytes.length === 0) throw new WebhookVerificationError('the secret is empty');
  return bytes;
}

function base64Bytes(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * Checks a webhook delivery the Standard Webhooks way and returns its event: the `webhook-signature`
 * (one or more space-separated `v1,<base64 HMAC-SHA256>` of "{webhook-id}.{webhook-timestamp}.{body}"
 * under the endpoint's secret) must match, compared in constant time (Web Crypto's verify), and the
 * timestamp be within five minutes of now. `body` is the raw request body, exactly as received (parse
 * it only after). Throws a WebhookVerificationError otherwise. Works wherever Web Crypto does (Node 20+,
 * Deno, Bun, edge functions).
 */
export async function verifyWebhook(
  secret: string,
  headers: WebhookHeaders,
  body: string,
  nowMs: number = Date.now(),
): Promise<WebhookEvent> {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookVerificationError('invalid webhook-timestamp');
  const ageSeconds = Math.floor(nowMs / 1000) - Number(timestamp);
  if (ageSeconds > WEBHOOK_TOLERANCE_SECONDS) throw new WebhookVerificationError('the timestamp is too old');
  if (ageSeconds < -WEBHOOK_TOLERANCE_SECONDS)
    throw new WebhookVerificationError('the timestamp is in the future');
  const key = await crypto.subtle.importKey(
    'raw',
    secretBytes(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  const signed = new TextEncoder().encode(`${id}.${timestamp}.${body}`);
  for (const candidate of signatures.split(' ')) {
    const [version, encoded] = candidate.split(',', 2);
    if (version !== 'v1' || !encoded) continue;
    const signature = base64Bytes(encoded);
    if (signature && (await crypto.subtle.verify('HMAC', key, signature, signed))) {
      return JSON.parse(body) as WebhookEvent;
    }
  }
  throw new WebhookVerificationError('no matching signature');
}
