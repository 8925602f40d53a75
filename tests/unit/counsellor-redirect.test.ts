/**
 * `?next=` after counsellor sign-in and sign-up: only a page of the workspace on this site is
 * followed, judged after the value is resolved as a URL, and the resolved form is what is returned.
 */
import { describe, expect, it } from "vitest";
import { counsellorReturnPath } from "@/lib/validations/redirect";

const hostile: unknown[] = [
  // Resolved, these leave the site or the workspace.
  "/counsellor/../..//127.0.0.1:3109/pwned",
  "/counsellor/../../evil",
  "/counsellor/%2e%2e/%2e%2e//evil.example",
  "/counsellor/..%2F..%2F%2Fevil.example",
  "//evil.example",
  "///evil.example",
  "//counsellor",
  "https://evil.example",
  "https://evil.example/counsellor",
  "http:evil.example",
  "http:/counsellor/results",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  // Backslashes, literal and encoded: browsers read "\" as "/".
  "/\\evil.example",
  "\\\\evil",
  "/counsellor/..\\..\\evil.example",
  "%5C%5Cevil.example",
  "/%5Cevil.example",
  "/counsellor/%5C%5Cevil.example",
  // Encoded slashes.
  "%2F%2Fevil.example",
  "/%2F%2Fevil.example",
  "/counsellor/%2F%2Fevil.example",
  // Tabs and line breaks, which browsers drop from a URL, literal and encoded.
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/%09/evil.example",
  "/counsellor/%0d%0aSet-Cookie:%20x=1",
  "/counsellor/\u0000",
  "\u202e/counsellor",
  // On this site but not in the workspace, or only looking like it.
  "/",
  "/results/abc",
  "/counsellorevil",
  "/counsellor@evil.example",
  "/counsellor.evil.example",
  "counsellor/results",
  // Too long, empty, or not a string at all.
  `/counsellor/${"a".repeat(5000)}`,
  `/counsellor?x=${"%".repeat(3000)}`,
  "",
  undefined,
  null,
  42,
  ["/counsellor/results"],
  { toString: () => "/counsellor" },
];

describe("counsellorReturnPath", () => {
  it.each(hostile.map((value) => [value]))("falls back to /counsellor for %j", (value) => {
    expect(counsellorReturnPath(value)).toBe("/counsellor");
  });

  it.each([
    ["/counsellor", "/counsellor"],
    ["/counsellor/results/abc?x=1", "/counsellor/results/abc?x=1"],
    ["/counsellor/results/abc#notes", "/counsellor/results/abc#notes"],
    ["/counsellor/analytics?band=good&cohort=c1", "/counsellor/analytics?band=good&cohort=c1"],
    // The resolved path is returned, not the value as given.
    ["/counsellor/cohorts/../results/abc", "/counsellor/results/abc"],
    ["/counsellor/./cohorts", "/counsellor/cohorts"],
    ["/counsellor/results/café", "/counsellor/results/caf%C3%A9"],
  ])("keeps the workspace page %j as %j", (value, expected) => {
    expect(counsellorReturnPath(value)).toBe(expected);
  });

  it("uses the fallback it is given", () => {
    expect(counsellorReturnPath("//evil.example", "/counsellor/cohorts")).toBe("/counsellor/cohorts");
  });

  // The sign-in form used to resolve `next` once more in the browser and follow the pathname.
  it("gives a path that stays on this site even when resolved and followed again", () => {
    const site = "https://coderfit.example";
    for (const value of hostile) {
      const once = new URL(counsellorReturnPath(value), site);
      const again = new URL(`${once.pathname}${once.search}${once.hash}`, site);
      expect(again.origin, JSON.stringify(value)).toBe(site);
    }
  });
});
