import { describe, expect, it } from "vitest";
import { isAllowedOrigin } from "@/lib/security/origin";

const host = "127.0.0.1:3100";
const check = (method: string, origin: string | null, extra: { host?: string | null; publicUrl?: string } = {}) =>
  isAllowedOrigin({ method, origin, host: extra.host === undefined ? host : extra.host, publicUrl: extra.publicUrl });

describe("refusing cross-site requests that change state", () => {
  it("lets reads through from anywhere", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) expect(check(method, "http://evil.example")).toBe(true);
  });

  it("keeps same-origin pages and Origin-less API clients (curl) working", () => {
    expect(check("POST", `http://${host}`)).toBe(true);
    expect(check("DELETE", `https://${host}`)).toBe(true);
    expect(check("POST", null)).toBe(true);
    expect(check("POST", "https://coderfit.example.org", { host: "10.0.0.5:3000", publicUrl: "https://coderfit.example.org" })).toBe(true);
  });

  it.each([
    "http://evil.example",
    "https://evil.example",
    "null",
    "http://127.0.0.1:3101",
    "http://127.0.0.1",
    "http://127.0.0.1:3100.evil.example",
    "file://",
    "chrome-extension://abcdef",
    "javascript:alert(1)",
    "not a url",
    "",
  ])("refuses POST, PUT, PATCH and DELETE from %j", (origin) => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "PROPFIND"]) expect(check(method, origin)).toBe(false);
  });

  it("refuses a foreign Origin when the request has no Host to compare with", () => {
    expect(check("POST", "http://evil.example", { host: null })).toBe(false);
  });
});
