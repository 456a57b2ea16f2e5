import type { paths } from '@wallet/contract';
import createClient, { type Client } from 'openapi-fetch';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  RETRYABLE_STATUSES,
  type RetryPolicy,
  retryDelay,
} from './retry.js';
import { WalletApiError } from './wallet-api-error.js';

export interface WalletClientOptions {
  /** The API's origin, e.g. http://localhost:3000 (the paths carry /api/v1). */
  baseUrl: string;
  /** An API key (wk_...), sent as `Authorization: Bearer`. */
  apiKey: string;
  /** The fetch to send with (default: the global one); a test can wrap it to fail on purpose. */
  fetch?: (request: Request) => Promise<Response>;
  /** How many times a request is tried again after a 429, a 503 or a network error (default 3). */
  retries?: number;
  /** The longest wait before one retry, in ms (default 30 000); a longer Retry-After is not waited. */
  maxRetryDelayMs?: number;
  /** Sent as the `Wallet-Version` header when given (a dated API version, YYYY-MM-DD). */
  version?: string;
}

/** The typed client: openapi-fetch's methods (GET, POST, ...) over the API's paths. */
export type WalletClient = Client<paths>;

/**
 * POSTs that the API makes idempotent with the Idempotency-Key: the money movements (funding,
 * transfers, refunds, wallet creation, holds and captures, payment requests, scheduled transfers,
 * batches, adjustments). Only these and the idempotent methods are retried after a network error, when
 * the client cannot know whether the server acted: the key makes the retry a replay, never a second
 * movement. Every POST gets a key all the same (the API ignores it where it has no use).
 */
const KEYED_POSTS: readonly RegExp[] = [
  /^\/api\/v1\/wallets$/,
  /^\/api\/v1\/wallets\/transfer$/,
  /^\/api\/v1\/wallets\/[^/]+\/(fund|holds)$/,
  /^\/api\/v1\/transactions\/[^/]+\/refund$/,
  /^\/api\/v1\/transfers\/batch$/,
  /^\/api\/v1\/holds\/[^/]+\/(capture|void)$/,
  /^\/api\/v1\/payment-requests(\/[^/]+\/(pay|decline|cancel))?$/,
  /^\/api\/v1\/scheduled-transfers(\/[^/]+\/(pause|resume))?$/,
  /^\/api\/v1\/ops\/adjustments$/,
];

/** Methods that change nothing, or the same thing however often they are sent (RFC 9110 §9.2.2). */
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** Whether a network error (no answer at all) may be followed by a retry of this request. */
export function retriesAfterNetworkError(method: string, pathname: string): boolean {
  if (IDEMPOTENT_METHODS.has(method)) return true;
  return method === 'POST' && KEYED_POSTS.some((route) => route.test(pathname));
}

/**
 * A client for the wallet API. Every POST carries an `Idempotency-Key` (a random UUID unless the call
 * sets its own), the same on each of its retries. A 429 or 503 is tried again after the server's
 * Retry-After (seconds or an HTTP date; at most `maxRetryDelayMs`), or after a jittered exponential
 * backoff when it names none; a network error only for idempotent methods and money movements; any other
 * error answer is never retried. An error answer is thrown as a WalletApiError, so a call that returns has
 * its `data`.
 */
export function createWalletClient(options: WalletClientOptions): WalletClient {
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY_POLICY,
    retries: options.retries ?? DEFAULT_RETRY_POLICY.retries,
    maxDelayMs: options.maxRetryDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
  };
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: {
      Authorization: `Bearer ${options.apiKey}`,
      ...(options.version ? { 'Wallet-Version': options.version } : {}),
    },
    fetch: (request) => sendWithRetries(request, send, policy),
  });
}

async function sendWithRetries(
  request: Request,
  send: (request: Request) => Promise<Response>,
  policy: RetryPolicy,
): Promise<Response> {
  if (request.method === 'POST' && !request.headers.has('idempotency-key'))
    request.headers.set('Idempotency-Key', crypto.randomUUID());
  const networkRetry = retriesAfterNetworkError(request.method, new URL(request.url).pathname);
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      // A clone per attempt: a body can be read once, and every attempt sends it whole.
      response = await send(request.clone());
    } catch (error) {
      if (!networkRetry || attempt >= policy.retries || request.signal.aborted) throw error;
      await sleep(backoffDelay(attempt, policy, Math.random()), request.signal);
      continue;
    }
    if (response.ok) return response;
    if (RETRYABLE_STATUSES.has(response.status) && attempt < policy.retries) {
      const wait = retryDelay(
        response.headers.get('retry-after'),
        attempt,
        policy,
        Date.now(),
        Math.random(),
      );
      if (wait !== null) {
        await response.body?.cancel();
        await sleep(wait, request.signal);
        continue;
      }
    }
    throw await WalletApiError.from(response);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
  });
}
