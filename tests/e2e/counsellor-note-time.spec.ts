/**
 * A counsellor's result page with a note written at 00:15 in India hydrates without an error
 * (issue 15.6): the server wrote the time "0:15 am" and Chromium "12:15 am", so React threw #418.
 */
import { createRequire } from "node:module";
import { expect, test } from "@playwright/test";
import { apiAnswers, fakeAddress, signedInCounsellor } from "./support/counsellor";

/** The few calls used here of better-sqlite3 (the app's SQLite driver, which ships no types). */
type Sqlite = { prepare(sql: string): { run(...values: unknown[]): unknown }; close(): void };
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string, options: { timeout: number }) => Sqlite;

// The database the e2e server uses (playwright.config.ts).
const E2E_DB = "data/e2e.db";
// 00:15 on 7 December in India; stored as Prisma stores dates in SQLite.
const QUARTER_PAST_MIDNIGHT_IN_INDIA = "2026-12-06T18:45:00.000+00:00";

test.use({ timezoneId: "Asia/Kolkata" });

test("a result page with a note at 00:15 India time hydrates without a mismatch", async ({ page, request, baseURL }) => {
  const counsellor = await signedInCounsellor(baseURL!, "Anita Desai");
  const cohort = await (await counsellor.api.post("/api/v1/counsellor/cohorts", { data: { name: "Night batch" } })).json();
  const inviteToken = (cohort.cohort.inviteUrl as string).split("/join/")[1];
  const shared = await request.post("/api/v1/assessments", {
    data: { answers: apiAnswers(3), share: { inviteToken, displayName: "Rohan S.", consent: true } },
    headers: { "x-forwarded-for": fakeAddress() },
  });
  expect(shared.status()).toBe(201);

  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.context().addCookies((await counsellor.api.storageState()).cookies);
  await page.goto("/counsellor");
  await page.getByRole("link", { name: "Rohan S." }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Rohan S.", exact: true })).toBeVisible();
  const shareId = new URL(page.url()).pathname.split("/").pop()!;

  const note = await counsellor.api.post(`/api/v1/counsellor/results/${shareId}/notes`, { data: { body: "Call after the mock test." } });
  expect(note.status()).toBe(201);
  const noteId = (await note.json()).note.id as string;
  const db = new Database(E2E_DB, { timeout: 5_000 });
  try {
    db.prepare('UPDATE "Note" SET "createdAt" = ?, "updatedAt" = ? WHERE "id" = ?').run(
      QUARTER_PAST_MIDNIGHT_IN_INDIA,
      QUARTER_PAST_MIDNIGHT_IN_INDIA,
      noteId,
    );
  } finally {
    db.close();
  }

  errors.length = 0;
  await page.reload();
  const written = page.locator(`[data-note-id="${noteId}"]`).getByText(/^Written/);
  await expect(written).toHaveText("Written 7 Dec 2026, 12:15 am");
  // Let hydration finish and report.
  await page.waitForLoadState("networkidle");
  expect(errors.filter((text) => /418|hydrat/i.test(text))).toEqual([]);
});
