import { createHash } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import GlobalError from "@/app/global-error";
import { contentSecurityPolicy, createNonce, fixedSecurityHeaders, servedOverHttps } from "@/lib/security/headers";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.split(" ")[0] === name);

describe("contentSecurityPolicy", () => {
  const production = contentSecurityPolicy({ nonce: "abc123==", development: false, https: false });

  it("allows only scripts with this response's nonce, and never eval in production", () => {
    expect(directive(production, "script-src")).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(production).not.toContain("unsafe-eval");
    expect(directive(production, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(production, "object-src")).toBe("object-src 'none'");
  });

  it("lets only our own files run as workers (the service worker), whatever script-src allows", () => {
    expect(directive(production, "worker-src")).toBe("worker-src 'self'");
    expect(directive(production, "script-src")).not.toContain("unsafe-inline");
  });

  it("allows eval and inline styles only under next dev", () => {
    const development = contentSecurityPolicy({ nonce: "abc123==", development: true, https: false });
    expect(directive(development, "script-src")).toContain("'unsafe-eval'");
    expect(directive(development, "style-src")).toBe("style-src 'self' 'unsafe-inline'");
  });

  it("asks for upgraded subresources only over HTTPS", () => {
    expect(production).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "n", development: false, https: true })).toMatch(/; upgrade-insecure-requests$/);
  });

  // Rendered by React exactly as the browser will hash it, so a changed rule cannot slip past the policy.
  it("allows every inline <style> of the global error page by its hash", () => {
    const html = renderToStaticMarkup(createElement(GlobalError, { error: new Error("x"), retry() {}, reset() {} }));
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
    expect(styles.length).toBeGreaterThan(0);
    for (const css of styles) {
      const hash = createHash("sha256").update(css).digest("base64");
      expect(directive(production, "style-src")).toContain(`'sha256-${hash}'`);
    }
  });
});

describe("createNonce", () => {
  it("gives 128 random bits in base64, different each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("servedOverHttps", () => {
  const headers = (proto?: string) => new Headers(proto ? { "x-forwarded-proto": proto } : {});
  it("trusts the proxy's x-forwarded-proto, a TLS URL or an https public address", () => {
    expect(servedOverHttps("http://127.0.0.1/", headers(), undefined)).toBe(false);
    expect(servedOverHttps("http://127.0.0.1/", headers("http"), "http://localhost:3000")).toBe(false);
    expect(servedOverHttps("http://127.0.0.1/", headers("https"), undefined)).toBe(true);
    expect(servedOverHttps("http://127.0.0.1/", headers("HTTPS, http"), undefined)).toBe(true);
    expect(servedOverHttps("https://coderfit.example.org/", headers(), undefined)).toBe(true);
    expect(servedOverHttps("http://10.0.0.5/", headers(), "https://coderfit.example.org")).toBe(true);
  });
});

describe("fixedSecurityHeaders", () => {
  it("sets each header once", () => {
    const keys = fixedSecurityHeaders.map((header) => header.key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining(["x-content-type-options", "referrer-policy", "x-frame-options", "permissions-policy", "cross-origin-opener-policy"]),
    );
  });
});
