import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/** Longest URL an endpoint may have. */
export const MAX_URL_LENGTH = 2048;

/** The ranges a development or test setup may target once WEBHOOK_ALLOW_PRIVATE_TARGETS=true. */
const PRIVATE_RANGES = new Set(['loopback', 'private', 'uniqueLocal', 'carrierGradeNat', 'unspecified']);

/** Said with every refusal that WEBHOOK_ALLOW_PRIVATE_TARGETS would lift. */
const ALLOW_PRIVATE_HINT = '(WEBHOOK_ALLOW_PRIVATE_TARGETS=true allows them, for development only)';

export interface TargetRules {
  allowPrivateTargets: boolean;
  /** NODE_ENV=production: https only, unless private targets are allowed. */
  httpsOnly: boolean;
}

/** Why a target is refused: a sentence for the person who gave the URL. */
export type Refusal = string;

/**
 * Whether an address may be sent to. ipaddr.process() turns IPv4-mapped IPv6 (::ffff:127.0.0.1) into
 * the IPv4 address it stands for. Link-local (169.254.0.0/16, fe80::/10: where cloud metadata services
 * live) is refused always; loopback, private, unique-local, CGNAT and unspecified only unless private
 * targets are allowed; anything else that is not plain public unicast (multicast, broadcast, reserved,
 * 6to4 and other tunnels that embed an IPv4 address) always.
 */
export function refuseAddress(address: string, rules: TargetRules): Refusal | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address.`;
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range === 'unicast') return null;
  if (range === 'linkLocal')
    return `${parsed.toString()} is a link-local address; webhooks are never sent there.`;
  if (rules.allowPrivateTargets && PRIVATE_RANGES.has(range)) return null;
  const hint = PRIVATE_RANGES.has(range) ? ` ${ALLOW_PRIVATE_HINT}` : '';
  return `${parsed.toString()} is not a public address (${range}); webhooks go to public addresses only${hint}.`;
}

/** A host name that always means this machine. */
const isLocalName = (host: string) => host === 'localhost' || host.endsWith('.localhost');

/**
 * The checks on a URL itself, before any DNS: scheme, length, no credentials, and the host when it is an
 * IP literal (WHATWG URL parsing has already turned odd IPv4 spellings such as 2130706433, 0x7f.1 or
 * 127.1 into 127.0.0.1) or a name that means this machine.
 */
export function refuseUrl(text: string, rules: TargetRules): Refusal | null {
  if (text.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be an absolute http(s) URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http or https URL';
  if (url.protocol === 'http:' && rules.httpsOnly && !rules.allowPrivateTargets)
    return 'must be an https URL';
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.hash) return 'must not contain a fragment (#...)';
  const host = hostOf(url);
  if (host === '') return 'must name a host';
  if (ipaddr.isValid(host)) return refuseAddress(host, rules);
  if (isLocalName(host)) {
    return rules.allowPrivateTargets
      ? null
      : `${host} is this machine; webhooks go to public addresses only ${ALLOW_PRIVATE_HINT}.`;
  }
  return null;
}

/** The URL's host without IPv6 brackets or a trailing dot. */
export function hostOf(url: URL): string {
  return url.hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
}

/** A name's addresses, as DNS (or /etc/hosts) gives them. */
export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;

const resolveAll: Resolver = (host) => lookup(host, { all: true, verbatim: true });

/**
 * Every address a host name resolves to must pass, or none is used; the caller connects to the address
 * returned here, so a second DNS answer (rebinding) cannot send the request elsewhere.
 */
export async function resolveTarget(
  host: string,
  rules: TargetRules,
  resolve: Resolver = resolveAll,
): Promise<{ address: string; family: number } | { refused: Refusal }> {
  if (ipaddr.isValid(host)) {
    const refused = refuseAddress(host, rules);
    return refused ? { refused } : { address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 };
  }
  const addresses = await resolve(host);
  for (const { address } of addresses) {
    const refused = refuseAddress(address, rules);
    if (refused) return { refused: `${host} resolves to an address that is not allowed: ${refused}` };
  }
  const first = addresses[0];
  if (!first) return { refused: `${host} does not resolve to any address.` };
  return first;
}

/** How long the check at creation waits for DNS; it is advice, the check at delivery is the rule. */
const CREATION_LOOKUP_MS = 2_000;

/**
 * The check when an endpoint is created: the URL's own rules, then, if the name resolves in time, every
 * address it resolves to. A name that does not resolve (yet) is accepted: each delivery checks again.
 */
export async function refuseEndpointUrl(text: string, rules: TargetRules): Promise<Refusal | null> {
  const refused = refuseUrl(text, rules);
  if (refused) return refused;
  const host = hostOf(new URL(text));
  if (ipaddr.isValid(host) || isLocalName(host)) return null;
  const resolved = await Promise.race([
    resolveTarget(host, rules).catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), CREATION_LOOKUP_MS).unref()),
  ]);
  return resolved && 'refused' in resolved ? resolved.refused : null;
}
