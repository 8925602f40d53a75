/**
 * Issue 15.4, "comparing 3 students works", at 360 px and 1280 px with axe on every page: a
 * counsellor ticks students on the dashboard (the limit of 4 explained), compares three side by
 * side, and each column's figures are those of that student's own result page. A link with one
 * student explains and links back; a withdrawn result fails the comparison without naming anyone.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { apiAnswers, fakeAddress, uniqueEmail } from "./support/counsellor";

const PASSWORD = "a long enough password";
const STUDENTS = ["Priya Nair", "Karthik Rao", "Meena Iyer", "Arjun Das", "Sana Khan"];

interface Shared {
  name: string;
  assessmentId: string;
  ownerKey: string;
}

async function signUpAndIn(page: Page, request: APIRequestContext, baseURL: string, address: string) {
  const email = uniqueEmail("compare");
  await request.post("/api/auth/sign-up/email", {
    data: { name: "Compare Check", email, password: PASSWORD },
    headers: { origin: baseURL, "x-forwarded-for": address },
  });
  await page.goto("/counsellor/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/counsellor$/);
}

/** The figures a compare column shows for one student, read from the table's cells. */
async function columnFigures(page: Page, column: number) {
  const cell = (row: string) => page.locator(`tr[data-row="${row}"] td`).nth(column);
  return {
    overall: (await cell("overall").locator("[data-figure]").innerText()).trim(),
    band: (await cell("band").innerText()).trim(),
    parts: {
      education: (await cell("part-education").locator("[data-figure]").innerText()).trim(),
      skills: (await cell("part-skills").locator("[data-figure]").innerText()).trim(),
      temperament: (await cell("part-temperament").locator("[data-figure]").innerText()).trim(),
    },
  };
}

/** The same figures as the student's own result page shows them. */
async function resultPageFigures(page: Page) {
  const overall = page.locator("p", { hasText: "Your overall fit score" }).locator("xpath=following-sibling::p[1]/span[1]");
  const part = async (label: string) => {
    const name = await page.getByRole("img", { name: new RegExp(`^${label}: .* out of 100$`) }).getAttribute("aria-label");
    return name!.replace(`${label}: `, "").replace(" out of 100", "");
  };
  return {
    overall: (await overall.innerText()).trim(),
    parts: { education: await part("Education"), skills: await part("Skills"), temperament: await part("Temperament") },
  };
}

test("a counsellor compares three students side by side, and each column matches the student's result page", async ({ page, request, baseURL }) => {
  test.setTimeout(150_000);
  const address = fakeAddress();
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": address });
  await signUpAndIn(page, request, baseURL!, address);

  const cohort = await page.request.post("/api/v1/counsellor/cohorts", { data: { name: "Compare cohort" }, headers: { origin: baseURL! } });
  const inviteToken = (await cohort.json()).cohort.inviteUrl.split("/join/")[1];
  const shared: Shared[] = [];
  for (const [lean, name] of STUDENTS.entries()) {
    const saved = await request.post("/api/v1/assessments", {
      data: { answers: apiAnswers(lean), share: { inviteToken, displayName: name, consent: true } },
      headers: { "x-forwarded-for": address },
    });
    expect(saved.status()).toBe(201);
    const { id, ownerKey } = await saved.json();
    shared.push({ name, assessmentId: id, ownerKey });
  }

  // The dashboard: a checkbox per student, "Compare (n)" only for 2–4, the limit explained past it.
  await page.goto("/counsellor");
  const compareAction = page.getByRole("region", { name: "Compare students" });
  await expect(compareAction.locator("[aria-live]")).toHaveText("Tick 2 to 4 students to compare them side by side.");
  for (const name of STUDENTS) await page.getByRole("checkbox", { name: `Select ${name} to compare` }).check();
  await expect(compareAction.locator("[aria-live]")).toContainText("5 students selected: you can compare at most 4 at a time. Untick 1 to compare.");
  await expect(compareAction.getByRole("button", { name: "Compare (5)" })).toBeDisabled();
  await expect(compareAction.getByRole("link", { name: /^Compare/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  for (const name of STUDENTS.slice(3)) await page.getByRole("checkbox", { name: `Select ${name} to compare` }).uncheck();
  await expect(compareAction.locator("[aria-live]")).toHaveText("3 students selected.");
  await compareAction.getByRole("link", { name: "Compare (3)" }).click();
  await page.waitForURL(/\/counsellor\/compare\?ids=/);

  // The compare page: one column per student in the order ticked, in a labelled region.
  await expect(page.getByRole("heading", { level: 1, name: "Compare students" })).toBeVisible();
  const table = page.getByRole("region", { name: "Students compared side by side" });
  await expect(table.getByRole("columnheader")).toHaveText([/^Measure$/, /^Priya Nair/, /^Karthik Rao/, /^Meena Iyer/]);
  await expect(table.getByText(/^Highest/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);

  const compareUrl = page.url();
  const columns = [];
  for (let column = 0; column < 3; column++) columns.push(await columnFigures(page, column));
  for (const [column, name] of STUDENTS.slice(0, 3).entries()) {
    await page.goto(compareUrl);
    await table.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();
    const own = await resultPageFigures(page);
    expect(columns[column]!.overall, name).toBe(own.overall);
    expect(columns[column]!.parts, name).toEqual(own.parts);
    await expect(page.getByText(columns[column]!.band, { exact: true }).first(), name).toBeVisible();
  }

  // A link with one student explains why and links back to the results.
  const firstId = new URL(compareUrl).searchParams.get("ids")!.split(",")[0]!;
  await page.goto(`/counsellor/compare?ids=${firstId}`);
  await expect(page.getByText("Choose at least 2 students to compare.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to results" })).toHaveAttribute("href", "/counsellor");
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);

  // Meena stops sharing: the comparison is refused as a whole, and no one is named.
  const meena = shared[2]!;
  const shares = await request.get(`/api/v1/assessments/${meena.assessmentId}/shares`, { headers: { "X-Owner-Key": meena.ownerKey, "x-forwarded-for": address } });
  const shareId = (await shares.json()).shares[0].id;
  const withdrawn = await request.delete(`/api/v1/assessments/${meena.assessmentId}/shares/${shareId}`, {
    headers: { "X-Owner-Key": meena.ownerKey, "x-forwarded-for": address },
  });
  expect(withdrawn.status()).toBe(204);
  const gone = await page.goto(compareUrl);
  expect(gone?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "One of the results you chose is not available." })).toBeVisible();
  for (const name of STUDENTS.slice(0, 3)) await expect(page.getByText(name)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
});
