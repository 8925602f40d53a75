import type { NextConfig } from "next";
import { withSerwist } from "@serwist/turbopack";
import createNextIntlPlugin from "next-intl/plugin";
import { fixedSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tsc --noEmit) just before it builds, so it skips the
  // build's own second pass over the same files; every other build checks types as usual.
  typescript: { ignoreBuildErrors: process.env.CODERFIT_TYPES_CHECKED === "1" },
  // Native and Node-only database drivers stay out of the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  // The same on every response, static files included; the per-request CSP and HSTS are in proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: fixedSecurityHeaders },
      // The service worker is prerendered, and Next.js would let shared caches keep it for a year:
      // a proxy's stale copy would keep phones on an old build's file list.
      { source: "/serwist/:path*", headers: [{ key: "Cache-Control", value: "no-cache" }] },
    ];
  },
};

// withSerwist keeps esbuild, which bundles the service worker (app/serwist/[path]/route.ts), out of the server bundle.
// next-intl reads each request's language and messages from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(withSerwist(nextConfig));
