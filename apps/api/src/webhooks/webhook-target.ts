import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/** Longest URL an endpoint may have. */
export const MAX_URL_LENGTH = 2048;

/** The ranges a development or test setup may target once WEBHOOK_ALLOW_PRIVATE_TARGETS=true. */
const PRIVATE_RANGES = new Set(['loopback', 'private', 'uniqueLocal', 'carrierGradeNat', 'unspecified']);

/** Said with every refusal that WEBHOOK_ALLOW_PRIVATE_TARGETS would lift. */
export const ALLOW_PRIVATE_HINT = '(WEBHOOK_ALLOW_PRIVATE_TARGETS=true allows them, for development only)';

export interface TargetRules {
  allowPrivateTargets: boolean;
  /** NODE_ENV=production: https only, unless private targets are allowed. */
  httpsOnly: boolean;
}

/** Why a target is refused: a sentence for the person who gave the URL. */
export type Refusal = string;

/** IANA's global unicast space; everything else in IPv6 is local, special or unassigned. */
const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3');

/**
 * IPv6 spellings that carry an IPv4 address. `sameHost`: a packet sent there reaches that IPv4 address
 * (an IPv4-mapped socket address, the well-known NAT64 prefix), so the address is judged as that IPv4
 * address. The others (deprecated IPv4-compatible, SIIT-translated, 6to4 and Teredo tunnels) are never a
 * webhook target; the IPv4 they carry only makes the refusal clearer.
 */
const EMBEDDINGS: {
  prefix: [ipaddr.IPv6, number];
  form: string;
  sameHost: boolean;
  ipv4: (bytes: number[]) => number[];
}[] = [
  {
    prefix: ipaddr.IPv6.parseCIDR('::ffff:0:0/96'),
    form: 'IPv4-mapped',
    sameHost: true,
    ipv4: (b) => b.slice(12),
  },
  { prefix: ipaddr.IPv6.parseCIDR('64:ff9b::/96'), form: 'NAT64', sameHost: true, ipv4: (b) => b.slice(12) },
  {
    prefix: ipaddr.IPv6.parseCIDR('::/96'),
    form: 'IPv4-compatible',
    sameHost: false,
    ipv4: (b) => b.slice(12),
  },
  {
    prefix: ipaddr.IPv6.parseCIDR('::ffff:0:0:0/96'),
    form: 'IPv4-translated',
    sameHost: false,
    ipv4: (b) => b.slice(12),
  },
  { prefix: ipaddr.IPv6.parseCIDR('2002::/16'), form: '6to4', sameHost: false, ipv4: (b) => b.slice(2, 6) },
  // Teredo carries its client's address inverted in the last 32 bits.
  {
    prefix: ipaddr.IPv6.parseCIDR('2001::/32'),
    form: 'Teredo',
    sameHost: false,
    ipv4: (b) => b.slice(12).map((x) => x ^ 0xff),
  },
];

const linkLocal = (shown: string) => `${shown} is a link-local address; webhooks are never sent there.`;

function notPublic(shown: string, range: string, liftable: boolean): Refusal {
  const hint = liftable ? ` ${ALLOW_PRIVATE_HINT}` : '';
  return `${shown} is not a public address (${range}); webhooks go to public addresses only${hint}.`;
}

/**
 * Whether an address may be sent to. Link-local (169.254.0.0/16, fe80::/10: where cloud metadata services
 * live, and any address with a zone id) is refused always; loopback, private, unique-local, CGNAT and
 * unspecified only unless private targets are allowed; anything else that is not plain public unicast
 * (multicast, broadcast, reserved, site-local, IPv6 outside 2000::/3, tunnels) always. An IPv6 address
 * that carries an IPv4 address is judged by it (see EMBEDDINGS), however it is written.
 */
export function refuseAddress(address: string, rules: TargetRules): Refusal | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address.`;
  const parsed = parseAddress(address);
  return parsed.kind() === 'ipv4'
    ? refuseIPv4(parsed as ipaddr.IPv4, parsed.toString(), rules)
    : refuseIPv6(parsed as ipaddr.IPv6, rules);
}

/**
 * ipaddr.js reads `::a.b.c.d` as `::ffff:a.b.c.d` (IPv4-mapped); RFC 4291 and every socket read it as the
 * IPv4-compatible `::a.b.c.d`, and glibc writes a DNS answer in ::7f00:1 that way. Spell a dotted tail in
 * hex first, so the address judged is the one connected to.
 */
function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 {
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)(%.*)?$/.exec(text);
  if (!dotted?.[1] || !dotted[2] || !ipaddr.IPv4.isValidFourPartDecimal(dotted[2])) return ipaddr.parse(text);
  const [a = 0, b = 0, c = 0, d = 0] = ipaddr.IPv4.parse(dotted[2]).octets;
  const hex = `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  return ipaddr.parse(`${dotted[1]}${hex}${dotted[3] ?? ''}`);
}

function refuseIPv4(ip: ipaddr.IPv4, shown: string, rules: TargetRules): Refusal | null {
  const range = ip.range();
  if (range === 'unicast') return null;
  if (range === 'linkLocal') return linkLocal(shown);
  if (rules.allowPrivateTargets && PRIVATE_RANGES.has(range)) return null;
  return notPublic(shown, range, PRIVATE_RANGES.has(range));
}

function refuseIPv6(ip: ipaddr.IPv6, rules: TargetRules): Refusal | null {
  const shown = ip.toString();
  // A zone id scopes an address to one interface of this machine: link-local by nature.
  if (ip.zoneId !== undefined || ip.range() === 'linkLocal') return linkLocal(shown);
  const range = ip.range();
  // :: and ::1 sit inside ::/96 but are IPv6's own unspecified and loopback addresses.
  if (range !== 'unspecified' && range !== 'loopback') {
    const embedding = EMBEDDINGS.find((e) => ip.match(e.prefix));
    if (embedding) return refuseEmbedded(ip, embedding, rules);
  }
  if (range === 'unicast' && ip.match(GLOBAL_UNICAST)) return null;
  if (rules.allowPrivateTargets && PRIVATE_RANGES.has(range)) return null;
  const named = range === 'unicast' ? 'outside global unicast 2000::/3' : range;
  return notPublic(shown, named, PRIVATE_RANGES.has(range));
}

function refuseEmbedded(
  ip: ipaddr.IPv6,
  embedding: (typeof EMBEDDINGS)[number],
  rules: TargetRules,
): Refusal | null {
  const ipv4 = ipaddr.fromByteArray(embedding.ipv4(ip.toByteArray())) as ipaddr.IPv4;
  // The mapped form is how a socket writes an IPv4 peer: name it as the IPv4 address it is.
  const shown =
    embedding.form === 'IPv4-mapped'
      ? ipv4.toString()
      : `${ip.toString()} (${embedding.form} for ${ipv4.toString()})`;
  if (embedding.sameHost) return refuseIPv4(ipv4, shown, rules);
  if (ipv4.range() === 'linkLocal') return linkLocal(shown);
  return notPublic(shown, embedding.form, false);
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

/** How long the check at creation waits for DNS before it refuses the name. */
const CREATION_LOOKUP_MS = 2_000;

/**
 * The check when an endpoint is created: the URL's own rules, then every address its name resolves to.
 * A name that does not resolve (no such name, no A or AAAA record, no answer in time) is refused: an
 * endpoint that cannot be checked is not accepted. Each delivery resolves and checks again.
 */
export async function refuseEndpointUrl(
  text: string,
  rules: TargetRules,
  resolve: Resolver = resolveAll,
): Promise<Refusal | null> {
  const refused = refuseUrl(text, rules);
  if (refused) return refused;
  const host = hostOf(new URL(text));
  if (ipaddr.isValid(host) || isLocalName(host)) return null;
  const resolved = await Promise.race([
    resolveTarget(host, rules, resolve).catch((error: NodeJS.ErrnoException) => ({
      refused: unresolved(host, error),
    })),
    new Promise<{ refused: Refusal }>((done) =>
      setTimeout(
        () =>
          done({
            refused: `${host} did not resolve within ${CREATION_LOOKUP_MS / 1000} s; check the name and try again.`,
          }),
        CREATION_LOOKUP_MS,
      ).unref(),
    ),
  ]);
  return 'refused' in resolved ? resolved.refused : null;
}

/** The sentence for a lookup that failed: the name does not exist, or DNS could not say. */
function unresolved(host: string, error: NodeJS.ErrnoException): Refusal {
  if (error.code === 'ENOTFOUND' || error.code === 'ENODATA')
    return `${host} does not resolve to any address (no such name, or no A or AAAA record).`;
  return `${host} could not be resolved (${error.code ?? 'DNS error'}); check the name and try again.`;
}
