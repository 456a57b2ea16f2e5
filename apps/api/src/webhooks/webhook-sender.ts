import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { hostOf, refuseAddress, resolveTarget, type TargetRules } from './webhook-target';

/** What one attempt came to. The receiver's body is never read, let alone kept. */
export type AttemptResult =
  | { outcome: 'succeeded'; statusCode: number }
  | { outcome: 'failed_status'; statusCode: number; error: string }
  | { outcome: 'timeout' | 'network' | 'refused'; error: string };

export interface Delivery {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

const USER_AGENT = 'wallet-webhooks/1.0';

/**
 * POSTs one delivery. The target's addresses are checked when the connection is made (a lookup of our
 * own that refuses the whole name if any address is forbidden, and hands the socket the address it
 * checked); redirects are not followed; the whole attempt, answer headers included, is bounded by
 * timeoutMs. Any 2xx is success.
 */
export function send(delivery: Delivery, rules: TargetRules): Promise<AttemptResult> {
  const url = new URL(delivery.url);
  // An IP literal is connected to without any lookup: check it here.
  const host = hostOf(url);
  const literalRefused = ipaddr.isValid(host) ? refuseAddress(host, rules) : null;
  if (literalRefused) return Promise.resolve({ outcome: 'refused', error: literalRefused });
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<AttemptResult>((resolve) => {
    let refusal: string | null = null;
    const pinnedLookup: LookupFunction = (_hostname, options, callback) => {
      resolveTarget(host, rules).then(
        (target) => {
          if ('refused' in target) {
            refusal = target.refused;
            callback(new Error(target.refused), '', 4);
          } else if (options.all) {
            (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [
              target,
            ]);
          } else callback(null, target.address, target.family);
        },
        (error: NodeJS.ErrnoException) => callback(error, '', 4),
      );
    };
    const request = client.request(url, {
      method: 'POST',
      headers: {
        ...delivery.headers,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(delivery.body)),
        'user-agent': USER_AGENT,
      },
      lookup: pinnedLookup,
      agent: false,
      signal: AbortSignal.timeout(delivery.timeoutMs),
    });
    request.on('response', (response) => {
      const statusCode = response.statusCode ?? 0;
      // Only the status matters: drop the connection instead of reading what the receiver sent.
      response.destroy();
      request.destroy();
      if (statusCode >= 200 && statusCode < 300) resolve({ outcome: 'succeeded', statusCode });
      else {
        const redirect = statusCode >= 300 && statusCode < 400 ? ' (redirects are not followed)' : '';
        resolve({ outcome: 'failed_status', statusCode, error: `HTTP ${statusCode}${redirect}` });
      }
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (refusal) resolve({ outcome: 'refused', error: refusal });
      else if (error.name === 'TimeoutError' || error.name === 'AbortError')
        resolve({ outcome: 'timeout', error: `no answer within ${delivery.timeoutMs} ms` });
      else resolve({ outcome: 'network', error: error.code ?? 'network error' });
    });
    request.end(delivery.body);
  });
}
