import { describe, expect, it } from "vitest";
import {
  formatAddress,
  inRange,
  parseAddress,
  parseAddressRange,
  parseAddressRanges,
  parseForwardedHop,
  resolveClientAddress,
  type AddressRange,
} from "@/lib/rate-limit/forwarded";

const range = (text: string): AddressRange => parseAddressRange(text)!;
const ranges = (list: string) => (parseAddressRanges(list) as { ranges: AddressRange[] }).ranges;
const matches = (address: string, cidr: string) => inRange(parseAddress(address)!, range(cidr));

describe("addresses", () => {
  it("reads IPv4 and IPv6, an IPv4 address written as IPv6 as the IPv4, and ignores a zone", () => {
    expect(formatAddress(parseAddress("203.0.113.7")!)).toBe("203.0.113.7");
    expect(formatAddress(parseAddress("2001:DB8::1")!)).toBe("2001:db8:0:0:0:0:0:1");
    expect(formatAddress(parseAddress("::ffff:203.0.113.7")!)).toBe("203.0.113.7");
    expect(formatAddress(parseAddress("64:ff9b::203.0.113.7")!)).toBe("64:ff9b:0:0:0:0:cb00:7107");
    expect(formatAddress(parseAddress("fe80::1%eth0")!)).toBe("fe80:0:0:0:0:0:0:1");
    expect(formatAddress(parseAddress("::")!)).toBe("0:0:0:0:0:0:0:0");
  });

  it("refuses anything else", () => {
    for (const garbage of ["", " ", "unknown", "999.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "2001:db8::1::2", "g::1", "1.2.3.4/8", "[::1]", "x".repeat(5000)]) {
      expect(parseAddress(garbage), JSON.stringify(garbage)).toBeNull();
    }
  });

  it("reads a forwarded hop with a port or brackets", () => {
    expect(formatAddress(parseForwardedHop(" 203.0.113.7:51234 ")!)).toBe("203.0.113.7");
    expect(formatAddress(parseForwardedHop("[2001:db8::1]")!)).toBe("2001:db8:0:0:0:0:0:1");
    expect(formatAddress(parseForwardedHop("[2001:db8::1]:443")!)).toBe("2001:db8:0:0:0:0:0:1");
    for (const garbage of ["203.0.113.7:", "203.0.113.7:123456", "[203.0.113.7", "unknown", "_hidden", '"203.0.113.7"']) {
      expect(parseForwardedHop(garbage), garbage).toBeNull();
    }
  });
});

describe("CIDR ranges", () => {
  it("match IPv4 by prefix", () => {
    expect(matches("10.1.2.3", "10.0.0.0/8")).toBe(true);
    expect(matches("11.1.2.3", "10.0.0.0/8")).toBe(false);
    expect(matches("192.168.1.77", "192.168.1.64/26")).toBe(true);
    expect(matches("192.168.1.128", "192.168.1.64/26")).toBe(false);
    expect(matches("172.31.255.255", "172.16.0.0/12")).toBe(true);
    expect(matches("172.32.0.0", "172.16.0.0/12")).toBe(false);
    expect(matches("127.0.0.1", "127.0.0.1")).toBe(true);
    expect(matches("127.0.0.2", "127.0.0.1")).toBe(false);
    expect(matches("8.8.8.8", "0.0.0.0/0")).toBe(true);
  });

  it("match IPv6 by prefix, and never across families", () => {
    expect(matches("fd12:3456::1", "fd00::/8")).toBe(true);
    expect(matches("fe80::1", "fd00::/8")).toBe(false);
    expect(matches("2001:db8:0:1::5", "2001:db8::/63")).toBe(true);
    expect(matches("2001:db8:0:2::5", "2001:db8::/63")).toBe(false);
    expect(matches("::1", "::1")).toBe(true);
    expect(matches("::2", "::1/128")).toBe(false);
    expect(matches("10.0.0.1", "::/0")).toBe(false);
    expect(matches("::ffff:10.0.0.1", "10.0.0.0/8")).toBe(true);
    expect(matches("10.0.0.1", "::ffff:10.0.0.0/104")).toBe(true);
  });

  it("refuse a bad range, and a list names its first bad entry", () => {
    for (const bad of ["10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/8/8", "10.0.0.0/-1", "10.0.0.0/ 8", "nginx", "10.0.0.1:80", "*"]) {
      expect(parseAddressRange(bad), bad).toBeNull();
    }
    expect(parseAddressRanges("10.0.0.5, fd00::/8,,")).toEqual({ ranges: [range("10.0.0.5"), range("fd00::/8")] });
    expect(parseAddressRanges("10.0.0.5, localhost, ::1")).toEqual({ invalid: "localhost" });
    expect(parseAddressRanges("")).toEqual({ ranges: [] });
  });
});

describe("the client address", () => {
  const proxies = ranges("127.0.0.1, 10.0.0.0/8, fd00::/8");
  const resolve = (peer: string | undefined, forwardedFor?: string, trusted = proxies) =>
    resolveClientAddress({ peer, forwardedFor, trustedProxies: trusted });

  it("is the connection's address when it does not come from a trusted proxy", () => {
    expect(resolve("203.0.113.7", "198.51.100.1")).toBe("203.0.113.7");
    expect(resolve("127.0.0.1", "198.51.100.1", [])).toBe("127.0.0.1");
    expect(resolve("::ffff:203.0.113.7", "198.51.100.1")).toBe("203.0.113.7");
  });

  it("is the right-most hop of X-Forwarded-For that is not a trusted proxy", () => {
    expect(resolve("127.0.0.1", "198.51.100.1")).toBe("198.51.100.1");
    // Whatever the client put in front is never believed.
    expect(resolve("127.0.0.1", "1.1.1.1, 2.2.2.2, 198.51.100.1")).toBe("198.51.100.1");
    // Trusted hops are skipped, IPv4 and IPv6, with ports and brackets.
    expect(resolve("::ffff:127.0.0.1", "1.1.1.1, 198.51.100.1:5000, 10.0.0.9, [fd00::3]:443")).toBe("198.51.100.1");
    expect(resolve("fd00::1", "2001:db8:1:2::7, fd00::2")).toBe("2001:db8:1:2:0:0:0:7");
    // Several header lines arrive joined with commas.
    expect(resolve("127.0.0.1", "1.1.1.1,198.51.100.1")).toBe("198.51.100.1");
  });

  it("stops at a hop that is not an address: the request counts as the proxy that passed it on", () => {
    expect(resolve("127.0.0.1", "198.51.100.1, unknown")).toBe("127.0.0.1");
    expect(resolve("127.0.0.1", "198.51.100.1, garbage, 10.0.0.9")).toBe("10.0.0.9");
    expect(resolve("127.0.0.1", "")).toBe("127.0.0.1");
    expect(resolve("127.0.0.1", "198.51.100.1,,")).toBe("127.0.0.1");
    expect(resolve("127.0.0.1", `${"x".repeat(8000)}, 198.51.100.1`)).toBe("198.51.100.1");
  });

  it("is the left-most hop when every hop is a trusted proxy, and the connection's without the header", () => {
    expect(resolve("127.0.0.1", "10.0.0.8, 10.0.0.9")).toBe("10.0.0.8");
    expect(resolve("127.0.0.1")).toBe("127.0.0.1");
  });

  it("is unknown when the connection's own address is", () => {
    expect(resolve(undefined, "198.51.100.1")).toBeUndefined();
    expect(resolve("not an address", "198.51.100.1")).toBeUndefined();
  });
});
