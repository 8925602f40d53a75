/**
 * Cross-site request refusal for state-changing API calls. A browser always sends Origin on a
 * cross-site POST, PUT, PATCH or DELETE, so a request whose Origin names another site (or the
 * opaque "null" of sandboxed frames and some redirects) did not come from our pages. Requests with
 * no Origin at all (curl, server-to-server clients, docs/api.md) are not browser cross-site
 * requests and keep working.
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginCheck {
  method: string;
  /** The Origin header, or null when absent. */
  origin: string | null;
  /** The Host header the request came with. */
  host: string | null;
  /** The site's public address (BETTER_AUTH_URL), when the operator set one. */
  publicUrl?: string | undefined;
}

/** True when the request may go on: a safe method, no Origin, or an Origin of this site. */
export function isAllowedOrigin({ method, origin, host, publicUrl }: OriginCheck): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  if (origin === null) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
  if (publicUrl) {
    try {
      if (new URL(publicUrl).origin === parsed.origin) return true;
    } catch {
      // An unreadable public address allows nothing extra.
    }
  }
  // Same host as the request reached (a TLS-terminating proxy may change the scheme, not the host).
  return host !== null && parsed.host.toLowerCase() === host.toLowerCase();
}

export const FOREIGN_ORIGIN_MESSAGE =
  "This request came from another website, so it was refused. Use Coder Fit's own pages, or call the API without an Origin header.";
