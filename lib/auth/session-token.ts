/**
 * Better Auth repeats the session token in the JSON of some answers (sign-in and sign-up, as
 * `token`; get-session and update-session, as `session.token`), next to the HttpOnly cookie that
 * already carries it. A copy in the body is readable by any script on the page, which the cookie
 * is not, and our client never reads it; Better Auth 1.7 has no option to leave it out.
 */

/** Endpoints that answer `{ token, user, … }`. */
const TOKEN_AT_TOP = new Set(["/sign-in/email", "/sign-up/email", "/change-password"]);
/** Endpoints that answer `{ session: { token, … }, … }`. */
const TOKEN_IN_SESSION = new Set(["/get-session", "/update-session"]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The answer of `path` without the session token, or null when there is nothing to remove. */
export function withoutSessionToken(path: string, returned: unknown): Record<string, unknown> | null {
  if (!isPlainObject(returned)) return null;
  if (TOKEN_AT_TOP.has(path) && "token" in returned) {
    const { token: _token, ...rest } = returned;
    return rest;
  }
  if (TOKEN_IN_SESSION.has(path) && isPlainObject(returned.session) && "token" in returned.session) {
    const { token: _token, ...session } = returned.session;
    return { ...returned, session };
  }
  return null;
}
