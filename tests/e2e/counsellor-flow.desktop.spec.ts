/**
 * The counsellor workspace end to end in Chromium, against the built app on SQLite: a counsellor
 * signs up and creates a cohort; one student joins by the invite link and another by the code,
 * both take the quiz and share with consent, one withdraws; the counsellor filters, opens the
 * result, writes a note, marks it reviewed, reads the analytics and downloads a CSV whose rows
 * match the table. axe runs on every counsellor page on the way. Runs once, at desktop width
 * (*.desktop.spec.ts); counsellor.spec.ts checks every counsellor page at 360 px too.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { fakeAddress, uniqueEmail } from "./support/counsellor";
import { answerByPointer, next, STEP_COUNT, steps } from "./support/quiz";

const PASSWORD = "a long enough password";

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeAddress() } });
  return context.newPage();
}

/** Answers every step of a quiz that is already open, ending on the review step. */
async function answerAll(page: Page) {
  for (const [i, step] of steps.entries()) {
    await expect(page.getByText(`Step ${i + 1} of ${STEP_COUNT}`)).toBeVisible();
    await answerByPointer(page, step);
    await next(page, i + 2);
  }
}

/** Reads a CSV as the export writes it (RFC 4180, CRLF, a BOM) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && body[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  return rows;
}

test("a counsellor's cohort, two students, one withdrawal, and the counsellor's review", async ({ browser, page }) => {
  test.setTimeout(240_000);
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": fakeAddress() });

  // The counsellor signs up and lands in the workspace.
  await page.goto("/counsellor/sign-up");
  await expectNoAxeViolations(page);
  const counsellorName = "Meera Iyer";
  await page.getByLabel("Your name").fill(counsellorName);
  await page.getByLabel("Work email").fill(uniqueEmail("meera"));
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/counsellor$/);
  await expectNoAxeViolations(page);

  // A cohort, with its link and its code.
  await page.getByRole("link", { name: "Cohorts", exact: true }).click();
  await page.getByLabel("Cohort name").fill("B.Sc Microbiology 2026, Pune");
  await page.getByRole("button", { name: "Create cohort" }).click();
  const cohortCard = page.getByRole("region", { name: /Your cohorts/ });
  await expect(cohortCard.getByRole("heading", { name: "B.Sc Microbiology 2026, Pune" })).toBeVisible();
  await expectNoAxeViolations(page);
  const cards = await cohortCard.innerText();
  const inviteUrl = /https?:\/\/\S+\/join\/[A-Za-z0-9_-]{24}/.exec(cards)?.[0];
  const code = /\b[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}\b/.exec(cards.replace(/(?<=\S) (?=\S)/g, ""))?.[0];
  expect(inviteUrl).toBeTruthy();
  expect(code).toBeTruthy();

  // Student 1 opens the invite link, takes the quiz and shares with consent.
  const priya = await newPage(browser);
  await priya.goto(new URL(inviteUrl!).pathname);
  await expect(priya.getByRole("heading", { level: 1 })).toContainText(counsellorName);
  await priya.getByRole("link", { name: /Start the assessment/ }).click();
  await answerAll(priya);
  const consent = priya.getByRole("region", { name: "Share with your counsellor" });
  await expect(consent).toContainText(counsellorName);
  await consent.getByRole("textbox", { name: /knows you by/ }).fill("Priya Nair");
  await consent.getByRole("textbox", { name: /Your email/ }).fill("priya.nair@example.com");
  await consent.getByRole("checkbox", { name: /I agree/ }).check();
  await priya.getByRole("button", { name: "Share and see my report" }).click();
  await priya.waitForURL(/\/report\/[A-Za-z0-9_-]{24}\?share=shared/);
  await expect(priya.getByRole("list", { name: "Shared with" })).toContainText(counsellorName);

  // Student 2 takes the quiz without an invite, then shares from the report with the code…
  const karthik = await newPage(browser);
  await karthik.goto("/assessment");
  await answerAll(karthik);
  await karthik.getByRole("button", { name: "See my report" }).click();
  await karthik.waitForURL(/\/report\/[A-Za-z0-9_-]{24}/);
  const shareForm = karthik.getByRole("form", { name: "Share with a counsellor" });
  await shareForm.getByRole("textbox", { name: "Cohort code" }).fill(code!.toLowerCase().replace("-", " "));
  await shareForm.getByRole("textbox", { name: /name/i }).first().fill("Karthik Rao");
  // Nothing is shared before the counsellor behind the code is on screen.
  await expect(shareForm.getByText(`You are sharing with ${counsellorName},`)).toBeVisible();
  await shareForm.getByRole("checkbox", { name: /I agree/ }).check();
  await shareForm.getByRole("button", { name: "Share my result" }).click();
  const sharedWith = karthik.getByRole("list", { name: "Shared with" });
  await expect(sharedWith).toContainText(counsellorName);
  // …and the counsellor sees it, until Karthik withdraws.
  await page.goto("/counsellor");
  await expect(page.getByRole("link", { name: "Karthik Rao" })).toBeVisible();
  await sharedWith.getByRole("button", { name: /^Withdraw from/ }).click();
  await karthik.getByRole("button", { name: "Yes, withdraw" }).click();
  await expect(karthik.getByRole("list", { name: "Shared with" })).toHaveCount(0);

  // The counsellor's table: Priya only, found by name, bookmarked in the URL.
  await page.reload();
  await expect(page.getByRole("link", { name: "Priya Nair" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Karthik Rao" })).toHaveCount(0);
  await page.getByRole("searchbox", { name: /Search by name/ }).fill("priya");
  await expect(page).toHaveURL(/q=priya/);
  await expect(page.getByRole("status").filter({ hasText: /Showing 1–1 of 1 result/ })).toBeVisible();
  await page.getByRole("searchbox", { name: /Search by name/ }).fill("nobody");
  await expect(page.getByText(/No results match/i)).toBeVisible();
  await page.getByRole("searchbox", { name: /Search by name/ }).fill("");
  await expect(page.getByRole("status").filter({ hasText: /Showing 1–1 of 1 result/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // The result: the full report, a private note, the reviewed mark.
  await page.getByRole("link", { name: "Priya Nair" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Priya Nair", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /Delete (this|my) result/i })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("textbox", { name: "New note" }).fill("Talked about the CPC-A plan; starts terminology in June.");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByRole("list", { name: "Your notes, newest first" })).toContainText("CPC-A plan");
  await page.getByRole("button", { name: "Mark as reviewed" }).click();
  await expect(page.getByRole("region", { name: "Review", exact: true })).toContainText("Reviewed on");
  await page.reload();
  await expect(page.getByRole("list", { name: "Your notes, newest first" })).toContainText("CPC-A plan");
  await expect(page.getByRole("region", { name: "Review", exact: true })).toContainText("Reviewed on");

  // Back to the table, filtered to reviewed results.
  await page.goto("/counsellor?reviewed=yes");
  await expect(page.getByRole("status").filter({ hasText: /Showing 1–1 of 1 result/ })).toBeVisible();
  await page.goto("/counsellor?reviewed=no");
  await expect(page.getByText(/No results match/i)).toBeVisible();

  // Analytics count the same rows as the table.
  await page.goto("/counsellor/analytics");
  await expectNoAxeViolations(page);
  await expect(page.getByText(/1 results? counted/)).toBeVisible();

  // The CSV has the table's rows.
  await page.goto("/counsellor");
  const tableNames = await page.getByRole("table").getByRole("link").allInnerTexts();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download CSV/ }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^coder-fit-results-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(readFileSync((await download.path())!, "utf8"));
  expect(rows[0]).toContain("Report link");
  const body = rows.slice(1);
  expect(body.map((row) => row[0])).toEqual(tableNames);
  expect(body[0]![1]).toBe("priya.nair@example.com");
  expect(body[0]![rows[0]!.indexOf("Reviewed")]).toBe("Yes");
  expect(body[0]![rows[0]!.indexOf("Report link")]).toMatch(/\/counsellor\/results\/[A-Za-z0-9_-]{24}$/);
});
