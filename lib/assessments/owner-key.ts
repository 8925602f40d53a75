import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Owner keys: the secret that separates the person who took the quiz from anyone holding the
 * report link. Only a hash is stored, so a copy of the database cannot act on any result.
 */

/** 18 random bytes = 144 bits, 24 base64url characters. */
export function newOwnerKey(): string {
  return randomBytes(18).toString("base64url");
}

/** SHA-256, base64url. A plain hash is enough: the key is 128+ random bits, not a password. */
export function hashOwnerKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("base64url");
}

/** Compares in constant time, so response timing says nothing about how close a guess was. */
export function ownerKeyMatches(storedHash: string | null, key: string | null | undefined): boolean {
  if (!storedHash || !key) return false;
  const expected = Buffer.from(storedHash, "utf8");
  const actual = Buffer.from(hashOwnerKey(key), "utf8");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
