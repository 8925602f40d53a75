import type { NextConfig } from "next";
import { fixedSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and Node-only database drivers stay out of the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  // The same on every response, static files included; the per-request CSP and HSTS are in proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: fixedSecurityHeaders }];
  },
};

export default nextConfig;
