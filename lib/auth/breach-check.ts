import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { isPasswordCompromised } from "better-auth/plugins/haveibeenpwned";

/**
 * Better Auth's Have I Been Pwned check (only the first five characters of the password's SHA-1
 * leave the server), with one policy change: when the service cannot be reached in time, the
 * new password is accepted and the outage logged, so a machine without internet can still
 * create accounts. Better Auth's own plugin refuses every sign-up in that case.
 */

export const BREACHED_PASSWORD_MESSAGE =
  "This password has appeared in a data breach elsewhere, so it is easy to guess. Please choose another.";

const CHECKED_PATHS = new Set(["/sign-up/email", "/change-password", "/reset-password"]);

export interface BreachCheckOptions {
  enabled: boolean;
  timeoutMs?: number;
  /** Replaceable in tests; Better Auth's own lookup otherwise. */
  lookup?: (password: string) => Promise<boolean>;
}

export type BreachVerdict = "breached" | "clean" | "unknown";

export async function checkPassword(
  password: string,
  lookup: (password: string) => Promise<boolean> = isPasswordCompromised,
  timeoutMs = 3_000,
): Promise<BreachVerdict> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"unknown">((resolve) => {
    timer = setTimeout(() => resolve("unknown"), timeoutMs);
  });
  try {
    const check = lookup(password).then((breached): BreachVerdict => (breached ? "breached" : "clean"));
    return await Promise.race([check, timeout]);
  } catch {
    return "unknown";
  } finally {
    clearTimeout(timer);
  }
}

function readPassword(body: unknown): string | null {
  if (typeof body !== "object" || body === null) return null;
  const { password, newPassword } = body as { password?: unknown; newPassword?: unknown };
  const value = typeof newPassword === "string" ? newPassword : password;
  return typeof value === "string" ? value : null;
}

export function breachCheck({ enabled, timeoutMs = 3_000, lookup }: BreachCheckOptions): BetterAuthPlugin {
  return {
    id: "coder-fit-breach-check",
    hooks: {
      before: [
        {
          matcher: (context) => enabled && CHECKED_PATHS.has(context.path ?? ""),
          handler: createAuthMiddleware(async (ctx) => {
            const password = readPassword(ctx.body);
            if (!password) return;
            const verdict = await checkPassword(password, lookup, timeoutMs);
            if (verdict === "breached") {
              throw new APIError("BAD_REQUEST", { message: BREACHED_PASSWORD_MESSAGE, code: "PASSWORD_COMPROMISED" });
            }
            if (verdict === "unknown") console.warn("[auth] breach check unavailable; password accepted without it");
          }),
        },
      ],
    },
  };
}
