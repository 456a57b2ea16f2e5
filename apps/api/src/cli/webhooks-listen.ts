/**
 * `pnpm webhooks:listen --forward-to http://localhost:4000/hook`: webhooks on a laptop, with no public
 * URL. Follows the account's events over the API's event stream (GET /api/v1/events, resuming with
 * Last-Event-ID after a reconnect), turns each into the body a webhook delivery carries ({ id, type,
 * createdAt, livemode, data }: livemode false with a test key), signs it the Standard Webhooks way with a secret printed at start (or --secret), and
 * POSTs it to the --forward-to URL, printing one line per event. The key (WALLET_API_KEY or --api-key)
 * needs wallets:read; the API is WALLET_API_URL or --api-url (default http://localhost:3000). Runs until
 * Ctrl-C. Exit code 2 on bad arguments, 1 when the API refuses the key.
 */
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { EventStreamReader, webhookBodyOf } from './webhooks-listen-events';

const USAGE = `usage: pnpm webhooks:listen --forward-to URL [--api-key KEY] [--api-url URL] [--secret whsec_...]
  --forward-to  where to POST each event (e.g. http://localhost:4000/hook)
  --api-key     an API key with wallets:read (default: WALLET_API_KEY)
  --api-url     the wallet API (default: WALLET_API_URL, else http://localhost:3000)
  --secret      the signing secret to use (default: a new one, printed at start)`;

/** A test key's secret starts so: its stream carries test wallets' events only, forwarded with livemode false. */
const TEST_KEY_PREFIX = 'wk_test_';

/** A receiver that does not answer within this is reported as timed out (as real deliveries are). */
const FORWARD_TIMEOUT_MS = 10_000;
/** Waits between reconnects when the stream ends or fails: the server's retry hint, doubled up to this. */
const MAX_RECONNECT_MS = 30_000;

interface Options {
  forwardTo: URL;
  apiKey: string;
  apiUrl: string;
  secret: string;
}

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

function parse(argv: string[]): Options {
  const values = new Map<string, string>();
  const names = ['--forward-to', '--api-key', '--api-url', '--secret'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') continue;
    if (arg === '--help') {
      console.error(USAGE);
      process.exit(0);
    }
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (!names.includes(name)) fail(`unknown option: ${arg}`);
    const value = inline ?? argv[++i];
    if (!value) fail(`${name} needs a value`);
    values.set(name, value);
  }
  const target = values.get('--forward-to') ?? fail('--forward-to is required');
  let forwardTo: URL;
  try {
    forwardTo = new URL(target);
  } catch {
    fail(`--forward-to must be an absolute http(s) URL, not ${target}`);
  }
  if (forwardTo.protocol !== 'http:' && forwardTo.protocol !== 'https:') fail('--forward-to must be http(s)');
  const apiKey = values.get('--api-key') ?? process.env.WALLET_API_KEY;
  if (!apiKey) fail('an API key is needed: set WALLET_API_KEY or pass --api-key');
  const secret = values.get('--secret') ?? `whsec_${randomBytes(32).toString('base64')}`;
  if (!/^whsec_[A-Za-z0-9+/]+=*$/.test(secret)) fail('--secret must be whsec_ followed by base64');
  const apiUrl = (values.get('--api-url') ?? process.env.WALLET_API_URL ?? 'http://localhost:3000').replace(
    /\/+$/,
    '',
  );
  return { forwardTo, apiKey, apiUrl, secret };
}

/** POSTs one signed body to the target; the status, or why there was none. */
async function forward(options: Options, signer: Webhook, body: { id: string }): Promise<string> {
  const text = JSON.stringify(body);
  const now = new Date();
  try {
    const response = await fetch(options.forwardTo, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'wallet-webhooks-listen/1.0',
        'webhook-id': body.id,
        'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
        'webhook-signature': signer.sign(body.id, now, text),
      },
      body: text,
      redirect: 'manual',
      signal: AbortSignal.timeout(FORWARD_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return String(response.status);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return (error as Error).name === 'TimeoutError'
      ? `timeout (${FORWARD_TIMEOUT_MS} ms)`
      : `failed (${cause ?? (error as Error).message})`;
  }
}

/** One connection of the stream, forwarding as events come; resolves when the stream ends. */
async function follow(options: Options, signer: Webhook, reader: EventStreamReader, stop: AbortSignal) {
  const response = await fetch(`${options.apiUrl}/api/v1/events`, {
    headers: {
      accept: 'text/event-stream',
      authorization: `Bearer ${options.apiKey}`,
      ...(reader.lastEventId ? { 'last-event-id': reader.lastEventId } : {}),
    },
    signal: stop,
  });
  if (response.status === 401 || response.status === 403) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string };
    console.error(`webhooks:listen: the API refused the key (${response.status}): ${problem.detail ?? ''}`);
    process.exit(1);
  }
  if (!response.ok || !response.body) throw new Error(`the event stream answered ${response.status}`);
  console.log(
    reader.lastEventId
      ? `Ready: the event stream is open again, resuming after event ${reader.lastEventId}`
      : 'Ready: the event stream is open',
  );
  const decoder = new TextDecoder();
  for await (const chunk of response.body) {
    for (const event of reader.push(decoder.decode(chunk as Uint8Array, { stream: true }))) {
      const body = webhookBodyOf(event, !options.apiKey.startsWith(TEST_KEY_PREFIX));
      if (!body) continue;
      const status = await forward(options, signer, body);
      console.log(
        `${new Date().toISOString()}  ${body.type.padEnd(22)} ${body.id}  -> ${options.forwardTo.href} [${status}]`,
      );
    }
  }
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  const signer = new Webhook(options.secret);
  const reader = new EventStreamReader();
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop.abort();
      process.exit(0);
    });
  }
  console.log(`Forwarding the events of your account at ${options.apiUrl} to ${options.forwardTo.href}`);
  console.log(`Your webhook signing secret is ${options.secret}`);
  console.log('Verify each delivery with it (the webhook-* headers, Standard Webhooks). Ctrl-C to stop.');
  let failures = 0;
  for (;;) {
    try {
      await follow(options, signer, reader, stop.signal);
      failures = 0;
    } catch (error) {
      if (stop.signal.aborted) return;
      failures += 1;
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      console.error(
        `webhooks:listen: the event stream failed (${cause ?? (error as Error).message}); reconnecting`,
      );
    }
    const wait = Math.min(MAX_RECONNECT_MS, (reader.retryMs ?? 2_000) * 2 ** Math.min(failures, 4));
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

void main();
