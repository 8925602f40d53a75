import { randomBytes, randomInt } from "node:crypto";

/** 18 random bytes = 144 bits, 24 base64url characters: unguessable, and safe in a URL. */
export function newId(): string {
  return randomBytes(18).toString("base64url");
}

/** No 0/O, 1/I/L: a code read out in a classroom is typed back correctly. */
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CODE_LENGTH = 8;

/** Eight characters from CODE_ALPHABET (about 40 bits), shown as "K7QM-4TPX". */
export function newShortCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** "k7qm 4tpx", "K7QM-4TPX" → "K7QM4TPX"; null when it cannot be a code. */
export function normaliseShortCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== CODE_LENGTH) return null;
  for (const char of code) if (!CODE_ALPHABET.includes(char)) return null;
  return code;
}

export function formatShortCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
