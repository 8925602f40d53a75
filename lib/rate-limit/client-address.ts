import { isIP } from "node:net";

/**
 * The client address a limit counts against: the first value of X-Forwarded-For, which is the
 * header Better Auth reads for its sign-in limit too. The proxy or load balancer in front must
 * set it to the address it saw (replacing whatever the client sent; see docs/deployment.md),
 * otherwise a client could pick its own. `next start` on its own fills it in from the socket.
 * Without a readable address every such request shares one bucket: stricter, never unlimited.
 */
export const SHARED_ADDRESS = "shared";

/** IPv6 hosts get a whole /64 each, so one client could rotate through it: count the /64. */
const IPV6_PREFIX_GROUPS = 4;

export function clientAddress(headers: Headers): string {
  const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "";
  // Some load balancers append the client's port to an IPv4 address.
  const candidate = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(first)?.[1] ?? first.replace(/^\[(.*)\]$/, "$1");
  switch (isIP(candidate)) {
    case 4:
      return candidate;
    case 6:
      return normaliseIpv6(candidate);
    default:
      return SHARED_ADDRESS;
  }
}

/** An IPv4 address written as IPv6 (::ffff:1.2.3.4) counts as the IPv4; others by their /64. */
function normaliseIpv6(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1];
  if (mapped) return mapped;
  return `${expandIpv6(address).slice(0, IPV6_PREFIX_GROUPS).join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, as lower-case hex without leading zeros. */
function expandIpv6(address: string): string[] {
  const withoutZone = address.split("%")[0]!.toLowerCase();
  const [head = "", tail] = withoutZone.split("::");
  const groups = (part: string) => (part ? part.split(":").flatMap(dottedToGroups) : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const zeros = Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...(tail === undefined ? [] : zeros), ...right].map((group) => Number.parseInt(group, 16).toString(16));
}

/** An embedded IPv4 tail (64:ff9b::1.2.3.4) is two groups. */
function dottedToGroups(group: string): string[] {
  if (!group.includes(".")) return [group];
  const [a, b, c, d] = group.split(".").map(Number) as [number, number, number, number];
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
