import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { getDbHandle, type DbHandle } from "@/lib/db";
import { getEnv, type Env } from "@/lib/env";
import { PASSWORD_HIDDEN_CHARACTERS_MESSAGE, counsellorNameSchema, passwordHasHiddenCharacters } from "@/lib/validations/counsellor-auth";
import { logForBetterAuth } from "@/lib/security/log";
import { CLIENT_ADDRESS_HEADER, clientAddressHeaderIsOurs } from "@/lib/rate-limit/forwarded";
import { breachCheck } from "./breach-check";
import { AUTH_LIMITS } from "./limits";
import { resolveAuthSecret } from "./secret";
import { withoutSessionToken } from "./session-token";

/**
 * Counsellor accounts, all handled by Better Auth: email and password (scrypt hashing),
 * sessions stored in our database through its Prisma adapter (SQLite or PostgreSQL, whichever
 * DATABASE_URL selects), and rate limits kept in the database so several instances share them.
 */

/** Exported for tests, which give it their own database; the app uses getAuth(). */
export function createAuth(handle: DbHandle = getDbHandle(), env: Env = getEnv()) {
  const { db, provider } = handle;
  return betterAuth({
    appName: "Coder Fit",
    secret: resolveAuthSecret(env.BETTER_AUTH_SECRET),
    baseURL: env.BETTER_AUTH_URL ?? {
      allowedHosts: ["localhost:*", "127.0.0.1:*", "localhost", "127.0.0.1"],
      fallback: `http://localhost:${env.PORT}`,
      protocol: "auto",
    },
    database: prismaAdapter(db, { provider }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: AUTH_LIMITS.minPasswordLength,
      maxPasswordLength: AUTH_LIMITS.maxPasswordLength,
      // With auto sign-in off, signing up with an email that already has an account gets the same
      // answer as a new one, so the form cannot be used to find out who has an account.
      autoSignIn: false,
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": AUTH_LIMITS.signIn,
        "/sign-up/email": AUTH_LIMITS.signUp,
      },
    },
    advanced: {
      useSecureCookies: env.BETTER_AUTH_URL?.startsWith("https://") ?? false,
      // The sign-in and sign-up limits count the address our HTTP server puts on the request
      // (lib/rate-limit/forwarded.ts), never a client's own X-Forwarded-For. Without that server
      // no header is read: one shared bucket (under `next dev`, Better Auth's 127.0.0.1).
      ipAddress: { ipAddressHeaders: clientAddressHeaderIsOurs() ? [CLIENT_ADDRESS_HEADER] : [] },
    },
    hooks: {
      // The name shows on every note and in students' share confirmations, so the server holds it
      // to the rules the sign-up form shows (lib/validations/text.ts): 1–80 characters, no
      // control or invisible characters, trimmed. Better Auth itself only asks for a string.
      // Passwords likewise: no control or text-direction characters, at sign-up and at sign-in,
      // refused before anything is hashed, checked against breaches or looked up.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-up/email" && ctx.path !== "/sign-in/email") return;
        const body = (ctx.body ?? {}) as Record<string, unknown>;
        if (typeof body.password === "string" && passwordHasHiddenCharacters(body.password)) {
          throw new APIError("BAD_REQUEST", { message: PASSWORD_HIDDEN_CHARACTERS_MESSAGE, code: "PASSWORD_HAS_HIDDEN_CHARACTERS" });
        }
        if (ctx.path !== "/sign-up/email") return;
        const name = counsellorNameSchema.safeParse(body.name);
        if (!name.success) {
          throw new APIError("BAD_REQUEST", { message: name.error.issues[0]?.message ?? "Enter your name.", code: "INVALID_NAME" });
        }
        return { context: { body: { ...body, name: name.data } } };
      }),
      // The session token stays in its HttpOnly cookie: left out of what goes back over HTTP
      // (lib/auth/session-token.ts). Server code calling auth.api still gets the whole answer.
      after: createAuthMiddleware(async (ctx) => {
        if (!ctx.request) return;
        const body = withoutSessionToken(ctx.path, ctx.context.returned);
        if (body) return ctx.json(body);
      }),
    },
    telemetry: { enabled: false },
    // Its messages minus anything shaped like an email (its info level names the address of a
    // repeated sign-up). No `level` on purpose: setting one also logs every rejected request.
    logger: { log: logForBetterAuth },
    plugins: [breachCheck({ enabled: env.AUTH_BREACH_CHECK === "on" }), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { coderFitAuth?: Auth };

/** The one Better Auth instance per process, made on first use (never at build time). */
export function getAuth(): Auth {
  globalForAuth.coderFitAuth ??= createAuth();
  return globalForAuth.coderFitAuth;
}
