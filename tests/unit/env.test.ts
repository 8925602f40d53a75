import { describe, expect, it } from "vitest";
import { resolveDatabase } from "@/lib/database-url";
import { EnvError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("defaults to the embedded SQLite database when DATABASE_URL is unset or blank", () => {
    expect(parseEnv({}).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: "  " }).DATABASE_URL).toBeUndefined();
    expect(resolveDatabase(undefined, "/srv/app")).toEqual({
      provider: "sqlite",
      url: "file:/srv/app/data/coder-fit.db",
      filePath: "/srv/app/data/coder-fit.db",
    });
  });

  it.each(["postgres://u:p@db:5432/app", "postgresql://db/app?sslmode=require", "file:./data/other.db"])(
    "accepts %s",
    (url) => {
      expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    },
  );

  it("chooses PostgreSQL by the URL scheme", () => {
    expect(resolveDatabase("postgresql://db/app").provider).toBe("postgresql");
    expect(resolveDatabase("POSTGRES://db/app").provider).toBe("postgresql");
    expect(resolveDatabase("file:x.db", "/srv").filePath).toBe("/srv/x.db");
  });

  it("rejects another database with one line naming the variable and what is accepted", () => {
    let message = "";
    try {
      parseEnv({ DATABASE_URL: "mysql://admin:secret@db/app" });
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Invalid DATABASE_URL: must be /);
    expect(message).toContain("postgresql://");
    expect(message).toContain("file:");
    expect(message).toContain("a mysql: URL");
    expect(message).not.toContain("secret");
    expect(message.split("\n")).toHaveLength(1);
  });

  it("rejects a port that is not a number", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/^Invalid PORT: /);
    expect(parseEnv({ PORT: "3100" }).PORT).toBe(3100);
    expect(parseEnv({}).PORT).toBe(3000);
  });

  it("checks the counsellor-account settings without echoing a secret", () => {
    expect(() => parseEnv({ BETTER_AUTH_SECRET: "short-secret-value" })).toThrow(/^Invalid BETTER_AUTH_SECRET: must be at least 32/);
    expect(() => parseEnv({ BETTER_AUTH_SECRET: "short-secret-value" })).not.toThrow(/short-secret-value"/);
    expect(parseEnv({ BETTER_AUTH_SECRET: "k".repeat(32) }).BETTER_AUTH_SECRET).toBe("k".repeat(32));
    expect(() => parseEnv({ BETTER_AUTH_URL: "ftp://example.org" })).toThrow(/^Invalid BETTER_AUTH_URL: /);
    expect(parseEnv({ BETTER_AUTH_URL: "https://coderfit.example.org" }).BETTER_AUTH_URL).toBe("https://coderfit.example.org");
    expect(() => parseEnv({ AUTH_BREACH_CHECK: "maybe" })).toThrow(/^Invalid AUTH_BREACH_CHECK: must be "on" or "off"/);
    expect(parseEnv({}).AUTH_BREACH_CHECK).toBe("on");
  });

  it("reads the request limits as whole numbers, with defaults sized for a classroom", () => {
    expect(parseEnv({})).toMatchObject({
      RATE_LIMIT_WINDOW_SECONDS: 600,
      RATE_LIMIT_SUBMISSIONS: 300,
      RATE_LIMIT_SHARES: 300,
      RATE_LIMIT_INVITE_LOOKUPS: 300,
    });
    expect(parseEnv({ RATE_LIMIT_SUBMISSIONS: " 1000 ", RATE_LIMIT_WINDOW_SECONDS: "3600" })).toMatchObject({
      RATE_LIMIT_SUBMISSIONS: 1000,
      RATE_LIMIT_WINDOW_SECONDS: 3600,
    });
    expect(parseEnv({ RATE_LIMIT_INVITE_LOOKUPS: "" }).RATE_LIMIT_INVITE_LOOKUPS).toBe(300);
    for (const value of ["0", "-5", "2.5", "lots", "1000001"]) {
      expect(() => parseEnv({ RATE_LIMIT_SHARES: value })).toThrow(/^Invalid RATE_LIMIT_SHARES: must be a whole number from 1 to 1000000; got /);
    }
    expect(() => parseEnv({ RATE_LIMIT_WINDOW_SECONDS: "5" })).toThrow(/^Invalid RATE_LIMIT_WINDOW_SECONDS: must be a whole number from 10 to 86400/);
  });

  it("reads TRUSTED_PROXIES as addresses and CIDR ranges, and names a bad entry in one line", () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ TRUSTED_PROXIES: " " }).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ TRUSTED_PROXIES: "10.0.0.5, 10.1.0.0/16, ::1, fd00::/8" }).TRUSTED_PROXIES.map((range) => range.prefix)).toEqual([32, 16, 128, 8]);
    for (const [value, entry] of [["10.0.0.5, nginx", "nginx"], ["10.0.0.0/33", "10.0.0.0/33"], ["10.0.0.5:80", "10.0.0.5:80"], ["*", "*"]]) {
      let message = "";
      try {
        parseEnv({ TRUSTED_PROXIES: value });
      } catch (error) {
        expect(error).toBeInstanceOf(EnvError);
        message = (error as Error).message;
      }
      expect(message).toMatch(/^Invalid TRUSTED_PROXIES: must be IP addresses or CIDR ranges separated by commas/);
      expect(message).toContain(`"${entry}" is neither`);
      expect(message.split("\n")).toHaveLength(1);
    }
  });

  it("gives the HTTP server limits for slow clients", () => {
    expect(parseEnv({})).toMatchObject({ HTTP_HEADERS_TIMEOUT_SECONDS: 10, HTTP_REQUEST_TIMEOUT_SECONDS: 30, HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: 5 });
    expect(parseEnv({ HTTP_REQUEST_TIMEOUT_SECONDS: "120" }).HTTP_REQUEST_TIMEOUT_SECONDS).toBe(120);
    expect(() => parseEnv({ HTTP_HEADERS_TIMEOUT_SECONDS: "0" })).toThrow(/^Invalid HTTP_HEADERS_TIMEOUT_SECONDS: must be a whole number from 1 to 600/);
    expect(() => parseEnv({ HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: "soon" })).toThrow(/^Invalid HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: /);
  });
});
