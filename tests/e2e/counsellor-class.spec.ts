/**
 * Issue 15's acceptance, as a counsellor with a class lives it, at 360 px and at desktop width
 * with axe on every page: a cohort with a roster of five, its QR invite, three students who share
 * (one through the invite page in the browser, one under 18 with a guardian's consent), one of
 * them retakes; the dashboard shows one row per student with the retake's change, the roster two
 * who have not taken it; the class summary PDF and a student's PDF carry the dashboard's figures;
 * three students compared side by side; the cohort archived, after which a new share is refused.
 */
import { readFileSync } from "node:fs";
import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from "@playwright/test";
import { pageWords } from "../../lib/i18n/page-words";
import { counsellorPdfWords } from "../../lib/pdf/counsellor-words";
import { readPdfText } from "../support/pdf-text";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { apiAnswers, fakeAddress, signedInCounsellor } from "./support/counsellor";
import { answerByPointer, next, STEP_COUNT, steps } from "./support/quiz";

/** The workspace's words as the English pages show them. */
const counsellorWords = pageWords("en", "counsellor");
/** The cohort, roster and invite pages' words, and the student's join page's. */
const cohortsWords = pageWords("en", "cohorts");
const joinWords = pageWords("en", "join");
const rosterSummary = (counts: { total: number; shared: number; started: number; invited: number }) => cohortsWords("roster.summary", counts);

const COHORT = "B.Sc Microbiology 2027, Pune";
const ROSTER = [
  ["Asha Rao", "21MB001"],
  ["Bilal Sheikh", "21MB002"],
  ["Chitra Nair", "21MB003"],
  ["Deepak Verma", "21MB004"],
  ["Esha Gupta", "21MB005"],
] as const;

async function pageIsSound(page: Page) {
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
}

interface RosterEntryView {
  id: string;
  name: string;
}

/** A student's result sent through the API, shared through the invite with a roster name. */
async function shareThroughApi(
  student: APIRequestContext,
  inviteToken: string,
  share: Record<string, unknown>,
  answers: Record<string, unknown>,
  previous?: { id: string; ownerKey: string },
) {
  const saved = await student.post("/api/v1/assessments", {
    data: {
      answers,
      share: { inviteToken, consent: true, ...share },
      ...(previous ? { previousId: previous.id, previousOwnerKey: previous.ownerKey } : {}),
    },
  });
  expect(saved.status(), await saved.text()).toBe(201);
  const body = await saved.json();
  expect(body.share?.status).toBe("shared");
  return { id: body.id as string, ownerKey: body.ownerKey as string };
}

test("a class of five: roster, QR invite, three shares and a retake, one row per student, PDFs, compare, archive", async ({ page, browser, baseURL }) => {
  test.setTimeout(300_000);
  const address = fakeAddress();
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": address });
  const counsellor = await signedInCounsellor(baseURL!, "Sunita Kulkarni");
  await page.context().addCookies((await counsellor.api.storageState()).cookies);

  // The counsellor creates the cohort and adds five names by pasting a list.
  await page.goto("/counsellor/cohorts");
  await page.getByRole("textbox", { name: "Cohort name" }).fill(COHORT);
  await page.getByRole("button", { name: "Create cohort" }).click();
  await expect(page.getByRole("status").filter({ hasText: COHORT })).toBeVisible();
  await pageIsSound(page);
  await page.getByRole("link", { name: `${cohortsWords("roster.open")} ${cohortsWords("card.forCohort", { name: COHORT })}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(COHORT);
  await page.getByRole("textbox", { name: cohortsWords("roster.textLabel") }).fill(ROSTER.map(([name, roll]) => `${name}, ${roll}`).join("\n"));
  await page.getByRole("button", { name: cohortsWords("roster.add") }).click();
  await expect(page.getByText(rosterSummary({ total: 5, shared: 0, started: 0, invited: 5 }))).toBeVisible();
  await pageIsSound(page);
  const rosterUrl = page.url();

  const cohorts = (await (await counsellor.api.get("/api/v1/counsellor/cohorts")).json()).cohorts as { id: string; name: string; inviteUrl: string; code: string }[];
  const cohort = cohorts.find((entry) => entry.name === COHORT)!;
  const inviteToken = cohort.inviteUrl.split("/join/")[1]!;
  const cohortId = cohort.id;
  const roster = (await (await counsellor.api.get(`/api/v1/counsellor/cohorts/${cohortId}/roster`)).json()).roster.entries as RosterEntryView[];
  const entryOf = (name: string) => roster.find((entry) => entry.name === name)!.id;

  // The printable QR invite.
  await page.goto("/counsellor/cohorts");
  await page.getByRole("link", { name: `${cohortsWords("card.showQr")} ${cohortsWords("card.forCohort", { name: COHORT })}` }).click();
  await expect(page.getByRole("img", { name: cohortsWords("sheet.qrLabel", { name: COHORT }) })).toBeVisible();
  await pageIsSound(page);

  // Asha opens the invite on her phone, picks her name, takes the quiz and shares.
  const ashaContext = await browser.newContext({ viewport: page.viewportSize()!, extraHTTPHeaders: { "x-forwarded-for": fakeAddress() } });
  const asha = await ashaContext.newPage();
  await asha.goto(`/join/${inviteToken}`);
  await asha.getByRole("combobox", { name: new RegExp(joinWords("pick.label")) }).selectOption({ label: "Asha Rao" });
  await pageIsSound(asha);
  await asha.getByRole("button", { name: joinWords("pick.start") }).click();
  await asha.waitForURL(/\/assessment\?invite=/);
  for (const [i, step] of steps.entries()) {
    await expect(asha.getByText(`Step ${i + 1} of ${STEP_COUNT}`)).toBeVisible();
    await answerByPointer(asha, step);
    await next(asha, i + 2);
  }
  const consent = asha.getByRole("region", { name: "Share with your counsellor" });
  await expect(consent.getByRole("combobox", { name: new RegExp(joinWords("pick.label")) })).toHaveValue(entryOf("Asha Rao"));
  await consent.getByRole("textbox", { name: /knows you by/ }).fill("Asha Rao");
  await consent.getByRole("checkbox", { name: /I agree/ }).check();
  await pageIsSound(asha);
  await asha.getByRole("button", { name: "Share and see my report" }).click();
  await asha.waitForURL(/\/report\/[A-Za-z0-9_-]{24}\?share=shared/);
  await ashaContext.close();

  // Bilal (under 18, with his father's consent) and Chitra share from their own devices; Chitra retakes.
  const students = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": fakeAddress() } });
  await shareThroughApi(
    students,
    inviteToken,
    { displayName: "Bilal Sheikh", rosterEntryId: entryOf("Bilal Sheikh"), under18: true, guardianName: "Farid Sheikh", guardianConsent: true },
    apiAnswers(0),
  );
  const chitraFirst = await shareThroughApi(students, inviteToken, { displayName: "Chitra Nair", rosterEntryId: entryOf("Chitra Nair") }, apiAnswers(0));
  await shareThroughApi(students, inviteToken, { displayName: "Chitra Nair" }, apiAnswers(3), chitraFirst);

  // The dashboard: one row per student by default, the retake's change on Chitra's row.
  await page.goto(`/counsellor?cohort=${cohortId}`);
  // The table at desktop width, cards on a phone: the rows on show.
  const results = page.locator("[data-result-row]:visible");
  await expect(results).toHaveCount(3);
  const chitraRow = results.filter({ hasText: "Chitra Nair" });
  await expect(chitraRow).toContainText("Retook:");
  await pageIsSound(page);
  await page.getByRole("radio", { name: counsellorWords("attempts.switch.all") }).check();
  await expect(results).toHaveCount(4);
  await page.getByRole("radio", { name: counsellorWords("attempts.switch.latest") }).check();
  await expect(results).toHaveCount(3);
  const listed = (await (await counsellor.api.get(`/api/v1/counsellor/results?cohort=${cohortId}`)).json()) as {
    total: number;
    rows: { id: string; displayName: string; overall: number }[];
  };
  expect(listed.total).toBe(3);
  for (const row of listed.rows) await expect(results.filter({ hasText: row.displayName })).toContainText(String(row.overall));

  // The roster: three shared, two not taken.
  await page.goto(rosterUrl);
  await expect(page.getByText(rosterSummary({ total: 5, shared: 3, started: 0, invited: 2 }))).toBeVisible();
  for (const name of ["Deepak Verma", "Esha Gupta"]) {
    await expect(page.getByRole("listitem").filter({ hasText: name })).toContainText(cohortsWords("roster.status.invited"));
  }
  await pageIsSound(page);

  // The class summary PDF, downloaded from Analytics: the dashboard's count and every name.
  await page.goto(`/counsellor/analytics?cohort=${cohortId}`);
  await pageIsSound(page);
  const classDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: counsellorPdfWords.class.download.label }).click();
  const summary = await readPdfText(readFileSync((await (await classDownload).path())!));
  expect(summary.pages[0]).toContain(COHORT);
  expect(summary.pages[0]).toContain("3 results");
  for (const row of listed.rows) expect(summary.text).toContain(row.displayName);
  const analytics = await (await counsellor.api.get(`/api/v1/counsellor/analytics?cohort=${cohortId}`)).json();
  expect(analytics.total).toBe(3);

  // Chitra's PDF, from her result page: her latest score, as on the dashboard.
  const chitra = listed.rows.find((row) => row.displayName === "Chitra Nair")!;
  await page.goto(`/counsellor/results/${chitra.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Chitra Nair" })).toBeVisible();
  await expect(page.getByRole("heading", { name: counsellorWords("attempts.page.heading") })).toBeVisible();
  await pageIsSound(page);
  const pdfHref = await page.locator(`a[href^="/api/v1/counsellor/results/${chitra.id}/pdf"]`).first().getAttribute("href");
  const studentPdf = await readPdfText(await (await counsellor.api.get(pdfHref!)).body());
  expect(studentPdf.text).toContain(String(chitra.overall));

  // Three students side by side.
  await page.goto(`/counsellor?cohort=${cohortId}`);
  for (const row of listed.rows) await page.getByRole("checkbox", { name: counsellorWords("compare.select.checkbox", { name: row.displayName }) }).check();
  const compareThree = counsellorWords("compare.select.action", { count: "3" });
  await page.getByRole("link", { name: compareThree }).or(page.getByRole("button", { name: compareThree })).click();
  await page.waitForURL(/\/counsellor\/compare\?ids=/);
  await expect(page.getByRole("heading", { level: 1, name: counsellorWords("compare.page.title") })).toBeVisible();
  const compared = page.getByRole("table");
  for (const row of listed.rows) await expect(compared.getByRole("link", { name: row.displayName, exact: true })).toBeVisible();
  for (const row of listed.rows) await expect(compared).toContainText(String(row.overall));
  await pageIsSound(page);

  // Archived, the cohort refuses a new share.
  await page.goto("/counsellor/cohorts");
  await page.getByRole("button", { name: new RegExp(`^${cohortsWords("archive.archive")}`) }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: cohortsWords("archive.archiveConfirm") }).click();
  await expect(page.getByText(cohortsWords("archive.archivedDone", { name: COHORT }))).toBeVisible();
  await pageIsSound(page);
  const late = await students.post("/api/v1/assessments", {
    data: { answers: apiAnswers(1), share: { inviteToken, displayName: "Deepak Verma", consent: true, rosterEntryId: entryOf("Deepak Verma") } },
  });
  expect((await late.json()).share.status).toBe("closed");
  expect((await (await counsellor.api.get(`/api/v1/counsellor/results?cohort=${cohortId}`)).json()).total).toBe(3);
  await students.dispose();
});
