/**
 * A signed-in counsellor who opens the sign-in or sign-up page is sent on to `?next=` by the
 * server: only ever to a page of the workspace on this site, in its resolved form.
 */
import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { signedInCounsellor } from "./support/counsellor";

const hostile = [
  "/counsellor/../..//127.0.0.1:3109/pwned",
  "/counsellor/%2e%2e/%2e%2e//evil.example",
  "//evil.example",
  "/\\evil.example",
  "/\t/evil.example",
  "https://evil.example",
  "javascript:alert(1)",
  "/results/abc",
];

for (const page of ["sign-in", "sign-up"]) {
  test(`the ${page} page sends a signed-in counsellor only to the workspace`, async () => {
    const { api } = await signedInCounsellor(baseURL, "Meera Iyer");
    for (const next of hostile) {
      const response = await api.get(`/counsellor/${page}?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
      expect(response.status(), next).toBe(307);
      expect(response.headers()["location"], next).toBe("/counsellor");
    }
    const kept = await api.get(`/counsellor/${page}?next=${encodeURIComponent("/counsellor/cohorts/../results/abc?x=1")}`, { maxRedirects: 0 });
    expect(kept.headers()["location"]).toBe("/counsellor/results/abc?x=1");
    await api.dispose();
  });
}

test("a signed-out visitor's page carries only the safe path on to the other form", async ({ request }) => {
  const response = await request.get(`/counsellor/sign-in?next=${encodeURIComponent("/counsellor/../..//127.0.0.1:3109/pwned")}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).not.toContain("127.0.0.1:3109");
  expect(html).toContain('href="/counsellor/sign-up"');
});
