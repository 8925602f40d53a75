import { CLIENT_ADDRESS_HEADER, clientAddressHeaderIsOurs, formatAddress, parseAddress } from "./forwarded";

/**
 * The client address a limit counts against: the header the HTTP server (scripts/serve.ts) sets
 * from the connection, or from X-Forwarded-For when the connection comes from a proxy named in
 * TRUSTED_PROXIES (lib/rate-limit/forwarded.ts). The server removes any value a client sent for
 * it; Better Auth's sign-in limit reads the same header (lib/auth/server.ts). Without a readable
 * address, or without that server (`next dev`, a plain `next start`), every request shares one
 * bucket: stricter, never unlimited.
 */
export const SHARED_ADDRESS = "shared";

/** IPv6 hosts get a whole /64 each, so one client could rotate through it: count the /64. */
const IPV6_PREFIX_BYTES = 8;

export function clientAddress(headers: Headers): string {
  const address = clientAddressHeaderIsOurs() ? parseAddress(headers.get(CLIENT_ADDRESS_HEADER) ?? "") : null;
  if (!address) return SHARED_ADDRESS;
  // An IPv4 address written as IPv6 (::ffff:1.2.3.4) is parsed as the IPv4.
  if (address.length === 4) return formatAddress(address);
  const prefix = formatAddress(Uint8Array.from([...address.slice(0, IPV6_PREFIX_BYTES), ...Array<number>(8).fill(0)]));
  return `${prefix.split(":").slice(0, 4).join(":")}::/64`;
}
