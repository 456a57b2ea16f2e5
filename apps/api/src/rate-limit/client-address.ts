import { isIP } from 'node:net';

/**
 * Who the per-address limits count: an IPv4 address, or the /64 network an IPv6 address belongs to.
 * One IPv6 host is usually given a whole /64, so counting single IPv6 addresses would let it take a
 * fresh address for every request. An IPv4-mapped IPv6 address counts as its IPv4 address.
 */
export function clientAddress(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  if (mapped) return mapped;
  if (isIP(ip) !== 6) return ip;
  return `${ipv6Groups(ip).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, lower-case hex without leading zeros. */
function ipv6Groups(ip: string): string[] {
  const [head = '', tail] = ip.toLowerCase().split('::');
  const split = (part: string) => (part === '' ? [] : part.split(':'));
  const front = split(head);
  const back = tail === undefined ? [] : split(tail);
  // An embedded IPv4 tail (::1.2.3.4) is two groups; /64 never reaches it, so it only needs counting.
  const width = (groups: string[]) => groups.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const zeros = Array(8 - width(front) - width(back)).fill('0');
  return [...front, ...zeros, ...back].map((group) =>
    group.includes('.') ? group : Number.parseInt(group, 16).toString(16),
  );
}
