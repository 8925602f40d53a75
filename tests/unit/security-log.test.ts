import { afterEach, describe, expect, it, vi } from "vitest";
import { describeForLog, logForBetterAuth, redactPersonalData } from "@/lib/security/log";

describe("redactPersonalData", () => {
  it("removes anything shaped like an email, quoted or not", () => {
    expect(redactPersonalData("Sign-up attempt for existing email: priya.nair+cf@example.co.in")).toBe(
      "Sign-up attempt for existing email: [email]",
    );
    expect(redactPersonalData(`where: { email: "a_b@x.org" }, other: 'c@d.io'`)).toBe(`where: { email: "[email]" }, other: '[email]'`);
    expect(redactPersonalData("User not found")).toBe("User not found");
  });
});

describe("describeForLog", () => {
  it("keeps an error's name, message and origin, never its other fields", () => {
    const error = Object.assign(new Error("no user for sam@example.org"), { meta: { email: "sam@example.org", name: "Sam Rao" } });
    const text = describeForLog(error);
    expect(text).toMatch(/^Error: no user for \[email\] at /);
    expect(text).not.toContain("Sam Rao");
  });

  it("redacts strings and objects", () => {
    expect(describeForLog({ email: "x@y.org", count: 2 })).toBe('{"email":"[email]","count":2}');
    expect(describeForLog(3)).toBe("3");
  });
});

describe("logForBetterAuth", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints one redacted line at the matching console level", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    logForBetterAuth("warn", "User not found");
    logForBetterAuth("info", "Sign-up attempt for existing email: a@b.org", { email: "a@b.org" });
    expect(warn).toHaveBeenCalledWith("[Better Auth] WARN: User not found");
    expect(log).toHaveBeenCalledWith('[Better Auth] INFO: Sign-up attempt for existing email: [email] {"email":"[email]"}');
  });
});
