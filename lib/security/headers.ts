import { createHash } from "node:crypto";
import { inlineStyles } from "./inline-styles";

/**
 * Security headers, in two parts (docs/security.md explains each one):
 * - fixed headers, the same on every response, set by next.config.ts so static files get them too;
 * - the Content-Security-Policy, which carries a fresh nonce per request, and HSTS, which depends
 *   on how the request arrived: both set by proxy.ts.
 * No relative-path imports beyond this folder and no "server-only": next.config.ts loads this file.
 */

/** Browser features the app never uses; a page of ours (or anything injected into it) cannot ask for them. */
const disabledFeatures = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

export const fixedSecurityHeaders: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Report links are the only key to a result: no address, not even our origin, goes to other sites.
  // Stricter "no-referrer" would make browsers send "Origin: null" on plain form posts, and both
  // Better Auth checks the Origin.
  { key: "Referrer-Policy", value: "same-origin" },
  // For browsers that predate CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: disabledFeatures.map((feature) => `${feature}=()`).join(", ") },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Two years, as HSTS preload lists expect; not preloaded, so a deployment can still step back. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** 128 random bits, base64: a value an attacker cannot guess for this response. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

const inlineStyleHashes = inlineStyles.map((css) => `'sha256-${createHash("sha256").update(css).digest("base64")}'`);

export interface PolicyOptions {
  nonce: string;
  /** `next dev`: React's dev tooling needs eval, and dev CSS arrives as inline <style> without a nonce. */
  development: boolean;
  https: boolean;
}

export function contentSecurityPolicy({ nonce, development, https }: PolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // Only scripts that carry this response's nonce (Next.js adds it to its own), and the chunks
    // they load ('strict-dynamic': the what-if panel). 'self' only for browsers without CSP 3.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    development
      ? ["style-src", "'self'", "'unsafe-inline'"]
      : ["style-src", "'self'", `'nonce-${nonce}'`, ...inlineStyleHashes],
    // React's style props (progress bars) become style attributes, which cannot run script.
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    // The service worker (/serwist/sw.js) and any other worker: our own files only. Named on its
    // own so workers never fall back to script-src, whose 'strict-dynamic' would let a script
    // start one from elsewhere.
    ["worker-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/**
 * Whether the browser reached us over HTTPS: directly, through a TLS-terminating proxy that says
 * so, or because the site's public address (BETTER_AUTH_URL) is https. A forged header only adds
 * HSTS to a plain-HTTP answer, where browsers ignore it.
 */
export function servedOverHttps(url: string, headers: Headers, publicUrl: string | undefined): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https" || url.startsWith("https://") || (publicUrl?.startsWith("https://") ?? false);
}
