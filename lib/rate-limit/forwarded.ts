import { isIP } from "node:net";

/**
 * Which address a request comes from, for the request limits: pure functions, used by the HTTP
 * server (lib/http-server) and by lib/env.ts to check TRUSTED_PROXIES.
 *
 * The address is the connection's own, unless that connection comes from a proxy the operator
 * named in TRUSTED_PROXIES. Then X-Forwarded-For is read from the right, where each proxy appends
 * the address it saw, skipping trusted proxies: the first address that is not one is the client.
 * Everything left of it was written by the client and is never believed.
 */

/** The request header the HTTP server sets to the client address (any value a client sent is removed). */
export const CLIENT_ADDRESS_HEADER = "x-coderfit-client-address";

/**
 * Set by scripts/serve.ts in its own process, where Next.js runs too. Without it (a plain
 * `next start` or `next dev`) nothing removes a client's own CLIENT_ADDRESS_HEADER, so the
 * header is not read at all and every request shares one bucket: stricter, never forgeable.
 */
export const APP_SERVER_MARK = "CODERFIT_APP_SERVER";

export function clientAddressHeaderIsOurs(env: Record<string, string | undefined> = process.env): boolean {
  return env[APP_SERVER_MARK] === "1";
}

/** An IPv4 address is 4 bytes, an IPv6 address 16; an IPv4 address written as IPv6 (::ffff:a.b.c.d) is 4. */
export type AddressBytes = Uint8Array;

export interface AddressRange {
  bytes: AddressBytes;
  /** How many leading bits must match: 32 or 128 for a single address. */
  prefix: number;
}

/** A bare IPv4 or IPv6 address (an IPv6 zone such as %eth0 is ignored), or null. */
export function parseAddress(text: string): AddressBytes | null {
  const address = text.trim().split("%")[0]!;
  switch (isIP(address)) {
    case 4:
      return Uint8Array.from(address.split(".").map(Number));
    case 6: {
      const bytes = ipv6Bytes(address);
      const mapped = bytes.slice(0, 12).every((byte, i) => byte === (i < 10 ? 0 : 0xff));
      return mapped ? bytes.slice(12) : bytes;
    }
    default:
      return null;
  }
}

/** One X-Forwarded-For value: an address, also as `a.b.c.d:port`, `[v6]` or `[v6]:port`. */
export function parseForwardedHop(text: string): AddressBytes | null {
  const hop = text.trim();
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(hop) ?? /^\[([^\]]+)\](?::\d{1,5})?$/.exec(hop);
  return parseAddress(withPort ? withPort[1]! : hop);
}

/** `10.0.0.0/8`, `fd00::/8` or a single address; null for anything else. */
export function parseAddressRange(text: string): AddressRange | null {
  const [address = "", prefixText, ...extra] = text.trim().split("/");
  const bytes = parseAddress(address);
  if (!bytes || extra.length) return null;
  const bits = bytes.length * 8;
  if (prefixText === undefined) return { bytes, prefix: bits };
  if (!/^\d{1,3}$/.test(prefixText)) return null;
  // An IPv4 range written as IPv6 (::ffff:10.0.0.0/104) has 96 bits of prefix before the IPv4 part.
  const prefix = Number(prefixText) - (bits === 32 && address.includes(":") ? 96 : 0);
  return prefix >= 0 && prefix <= bits ? { bytes, prefix } : null;
}

/** TRUSTED_PROXIES: comma-separated addresses and ranges. Returns the ranges, or the first entry that is neither. */
export function parseAddressRanges(list: string): { ranges: AddressRange[] } | { invalid: string } {
  const ranges: AddressRange[] = [];
  for (const entry of list.split(",").map((part) => part.trim()).filter(Boolean)) {
    const range = parseAddressRange(entry);
    if (!range) return { invalid: entry };
    ranges.push(range);
  }
  return { ranges };
}

export function inRange(address: AddressBytes, range: AddressRange): boolean {
  if (address.length !== range.bytes.length) return false;
  for (let bit = 0; bit < range.prefix; bit += 8) {
    const take = Math.min(8, range.prefix - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if ((address[bit / 8]! & mask) !== (range.bytes[bit / 8]! & mask)) return false;
  }
  return true;
}

/** IPv4 dotted; IPv6 as eight lower-case groups without leading zeros (no `::`, so every tool reads it alike). */
export function formatAddress(address: AddressBytes): string {
  if (address.length === 4) return address.join(".");
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((address[i]! << 8) | address[i + 1]!).toString(16));
  return groups.join(":");
}

export interface ClientAddressInput {
  /** The connection's remote address (`socket.remoteAddress`). */
  peer: string | undefined;
  /** The X-Forwarded-For header as received (several header lines already joined with commas). */
  forwardedFor: string | undefined;
  trustedProxies: readonly AddressRange[];
}

/**
 * The client's address, formatted; undefined when the connection's own address is unreadable.
 * A trusted proxy's X-Forwarded-For is walked from the right: trusted hops are skipped, and the
 * first untrusted one is the client. A value that is not an address stops the walk, and the request
 * counts as the last proxy that handed it on (one bucket for all such requests: stricter, never
 * unlimited). If every hop is trusted, the left-most is the client.
 */
export function resolveClientAddress({ peer, forwardedFor, trustedProxies }: ClientAddressInput): string | undefined {
  const peerAddress = peer === undefined ? null : parseAddress(peer);
  if (!peerAddress) return undefined;
  const trusted = (address: AddressBytes) => trustedProxies.some((range) => inRange(address, range));
  let client = peerAddress;
  if (trusted(client) && forwardedFor !== undefined) {
    const hops = forwardedFor.split(",");
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = parseForwardedHop(hops[i]!);
      if (!hop) break;
      client = hop;
      if (!trusted(hop)) break;
    }
  }
  return formatAddress(client);
}

/** The 16 bytes of a valid IPv6 address (an embedded IPv4 tail, as in 64:ff9b::1.2.3.4, included). */
function ipv6Bytes(address: string): AddressBytes {
  const [head = "", tail] = address.split("::");
  const groups = (part: string) => (part ? part.split(":").flatMap(dottedToGroups) : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const all = [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  return Uint8Array.from(all.flatMap((group) => [group >> 8, group & 0xff]));
}

function dottedToGroups(group: string): number[] {
  if (!group.includes(".")) return [Number.parseInt(group, 16)];
  const [a, b, c, d] = group.split(".").map(Number) as [number, number, number, number];
  return [(a << 8) | b, (c << 8) | d];
}
