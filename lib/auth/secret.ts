import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const SECRET_FILE = path.join("data", "auth-secret");

/**
 * The secret that signs counsellors' session cookies: BETTER_AUTH_SECRET when set, otherwise
 * one made at random on first use and kept in ./data/auth-secret (readable by this user only),
 * so `npm start` needs no set-up and sessions survive restarts. Instances that share a
 * database on several machines must set BETTER_AUTH_SECRET to the same value.
 */
export function resolveAuthSecret(configured: string | undefined, cwd = process.cwd()): string {
  if (configured) return configured;
  const file = path.resolve(cwd, SECRET_FILE);
  try {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  } catch {
    // Not made yet.
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    // "wx": if another process made it in the meantime, keep theirs.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch {
    return readFileSync(file, "utf8").trim();
  }
}
