/**
 * The cohort roster (issue 15, point 2), at 360 px and 1280 px with axe: a counsellor pastes five
 * names, one student picks their name on the invite page (started) and shares through the quiz
 * with it preselected (shared), another shares without picking one and the counsellor matches
 * that result to a name by hand.
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { apiAnswers, fakeAddress, signedInCounsellor } from "./support/counsellor";
import { answerByPointer, next, STEP_COUNT, steps } from "./support/quiz";

/** Set ROSTER_SHOTS to a folder to keep screenshots of the pages checked here. */
const shots = process.env.ROSTER_SHOTS;

test("a counsellor pastes a roster, a student picks their name and shares, and an unmatched result is matched by hand", async ({ page, baseURL }, testInfo) => {
  test.setTimeout(150_000);
  const shot = async (name: string) => {
    if (shots) await page.screenshot({ path: `${shots}/${testInfo.project.name}-${name}.png`, fullPage: true });
  };
  const address = fakeAddress();
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": address });
  const counsellor = await signedInCounsellor(baseURL!, "Lakshmi Nair");
  const created = await counsellor.api.post("/api/v1/counsellor/cohorts", { data: { name: "B.Sc Life Sciences 2026" } });
  expect(created.status()).toBe(201);
  const { cohort } = await created.json();
  const token = (cohort.inviteUrl as string).split("/join/")[1]!;

  // The counsellor opens the cohort from its card and pastes five names, two with roll numbers.
  await page.context().addCookies((await counsellor.api.storageState()).cookies);
  await page.goto("/counsellor/cohorts");
  await page.getByRole("link", { name: "Roster for B.Sc Life Sciences 2026" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "B.Sc Life Sciences 2026: roster" })).toBeVisible();
  await expect(page.getByText("No one on the roster yet.")).toBeVisible();
  await page.getByRole("textbox", { name: "Names, one per line" }).fill("Asha Rao, 21LS001\nRavi Menon\t21LS002\n\nPriya Sharma\nKiran Das\nMeena Pillai\nasha rao, 21ls001");
  await expect(page.getByText("6 lines ready to add.")).toBeVisible();
  await page.getByRole("button", { name: "Add to roster" }).click();
  await expect(page.getByText("Added 5 students.")).toBeVisible();
  await expect(page.getByText("1 name was already on the roster and not added again:")).toBeVisible();
  const summary = page.locator("[data-roster-summary]");
  await expect(summary).toHaveText("5 students on the roster: 0 shared, 0 started, 5 not started");
  await expect(page.locator("[data-roster-entry]")).toHaveCount(5);
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);

  // A student picks their name on the invite page: the roster shows them as started.
  await page.context().clearCookies();
  await page.goto(`/join/${token}`);
  const pick = page.getByRole("combobox", { name: /Pick your name/ });
  await expect(pick.locator("option")).toHaveText(["My name is not on the list", "Asha Rao", "Ravi Menon", "Priya Sharma", "Kiran Das", "Meena Pillai"]);
  // Names only: roll numbers never reach the student's page.
  await expect(page.locator("body")).not.toContainText("21LS001");
  await pick.selectOption({ label: "Asha Rao" });
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  await shot("join-pick");
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await page.waitForURL(/\/assessment\?invite=[^&]+&entry=/);
  const started = await (await counsellor.api.get(`/api/v1/counsellor/cohorts/${cohort.id}/roster`)).json();
  expect(started.roster.counts).toEqual({ total: 5, shared: 0, started: 1, invited: 4 });

  for (const [i, step] of steps.entries()) {
    await expect(page.getByText(`Step ${i + 1} of ${STEP_COUNT}`)).toBeVisible();
    await answerByPointer(page, step);
    await next(page, i + 2);
  }
  const consent = page.getByRole("region", { name: "Share with your counsellor" });
  const sharePick = consent.getByRole("combobox", { name: /Pick your name/ });
  await expect(sharePick).toHaveValue(started.roster.entries[0].id);
  await consent.getByRole("textbox", { name: /knows you by/ }).fill("Asha R.");
  await consent.getByRole("checkbox", { name: /I agree/ }).check();
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  await consent.scrollIntoViewIfNeeded();
  if (shots) await consent.screenshot({ path: `${shots}/${testInfo.project.name}-share-step.png` });
  await page.getByRole("button", { name: "Share and see my report" }).click();
  await page.waitForURL(/\/report\/[A-Za-z0-9_-]{24}\?share=shared/);

  // Another student shares without picking a name.
  const other = await page.request.post("/api/v1/assessments", {
    data: { answers: apiAnswers(2), share: { inviteToken: token, displayName: "Ravi M.", consent: true } },
    headers: { "x-forwarded-for": address },
  });
  expect(other.status()).toBe(201);

  await page.context().addCookies((await counsellor.api.storageState()).cookies);
  await page.goto(`/counsellor/cohorts/${cohort.id}`);
  await expect(summary).toHaveText("5 students on the roster: 1 shared, 0 started, 4 not started");
  const asha = page.locator("[data-roster-entry]").filter({ hasText: "Asha Rao" });
  await expect(asha).toContainText("Shared");
  await expect(asha).toContainText(/\d+\/100/);
  await expect(asha).toContainText("Shared as “Asha R.”");
  await expect(asha.getByRole("link", { name: "Open result of Asha Rao" })).toHaveAttribute("href", /\/counsellor\/results\/[A-Za-z0-9_-]{24}$/);
  await expect(page.locator('[data-status="invited"]')).toHaveCount(4);

  // The counsellor matches the unmatched result to Ravi Menon.
  const unmatched = page.locator("[data-unmatched-share]");
  await expect(unmatched).toHaveCount(1);
  await expect(unmatched).toContainText("Shared as “Ravi M.”");
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  await shot("cohort-page");
  await unmatched.getByRole("button", { name: "Match" }).click();
  await expect(unmatched.getByText("Choose a student from the roster.")).toBeVisible();
  await unmatched.getByRole("combobox", { name: "Roster name for “Ravi M.”" }).selectOption({ label: "Ravi Menon (21LS002)" });
  await unmatched.getByRole("button", { name: "Match" }).click();
  await expect(page.getByText("“Ravi M.” is now matched to Ravi Menon.")).toBeVisible();
  await expect(summary).toHaveText("5 students on the roster: 2 shared, 0 started, 3 not started");
  await expect(page.getByText("Every shared result is matched to a student on the roster.")).toBeVisible();

  // Removing a student keeps their result, unmatched again.
  const ravi = page.locator("[data-roster-entry]").filter({ hasText: "Ravi Menon" });
  await ravi.getByRole("button", { name: "Remove Ravi Menon from the roster" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove", exact: true }).click();
  await expect(page.getByText("Ravi Menon was removed from the roster.")).toBeVisible();
  await expect(summary).toHaveText("4 students on the roster: 1 shared, 0 started, 3 not started");
  await expect(page.locator("[data-unmatched-share]")).toContainText("Shared as “Ravi M.”");
  await expectNoAxeViolations(page);
});

test("sharing by code from a report offers the roster's names once the code is confirmed, and the server checks the pick", async ({ page, baseURL }, testInfo) => {
  test.setTimeout(90_000);
  const address = fakeAddress();
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": address });
  const headers = { "x-forwarded-for": address };
  const counsellor = await signedInCounsellor(baseURL!, "Joseph Mathew");
  const { cohort } = await (await counsellor.api.post("/api/v1/counsellor/cohorts", { data: { name: "Pharmacy bridge 2026" } })).json();
  const added = await counsellor.api.post(`/api/v1/counsellor/cohorts/${cohort.id}/roster`, { data: { text: "Name,Roll number\nNisha Thomas,PB-07\nArun Kumar,PB-08" } });
  expect(added.status()).toBe(201);
  const other = (await (await counsellor.api.post("/api/v1/counsellor/cohorts", { data: { name: "Other batch" } })).json()).cohort;
  const outsider = (await (await counsellor.api.post(`/api/v1/counsellor/cohorts/${other.id}/roster`, { data: { text: "Outsider" } })).json()).roster.entries[0].id;

  // The code look-up lists names only; a start for a name on another roster is refused.
  const lookup = await (await page.request.get(`/api/v1/invites?code=${cohort.code}`, { headers })).json();
  expect(lookup.roster.map((entry: { name: string }) => entry.name)).toEqual(["Nisha Thomas", "Arun Kumar"]);
  expect(JSON.stringify(lookup)).not.toContain("PB-07");
  const token = (cohort.inviteUrl as string).split("/join/")[1]!;
  const refusedStart = await page.request.post("/api/v1/invites/started", { data: { inviteToken: token, rosterEntryId: outsider }, headers });
  expect(refusedStart.status()).toBe(404);
  expect((await page.request.post("/api/v1/invites/started", { data: { inviteToken: token }, headers })).status()).toBe(422);

  const created = await page.request.post("/api/v1/assessments", { data: { answers: apiAnswers(1) }, headers });
  expect(created.status()).toBe(201);
  const { id, ownerKey } = await created.json();
  // A name from another cohort's roster is a field issue, and nothing is shared.
  const refused = await page.request.post(`/api/v1/assessments/${id}/shares`, {
    data: { code: cohort.code, displayName: "Nisha", consent: true, rosterEntryId: outsider },
    headers: { ...headers, "X-Owner-Key": ownerKey },
  });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).issues).toEqual([{ path: "rosterEntryId", message: expect.stringContaining("not on this cohort's list") }]);

  await page.goto(`/report/${id}#owner=${ownerKey}`);
  const form = page.getByRole("form", { name: "Share with a counsellor" });
  await expect(form.getByRole("combobox", { name: /Pick your name/ })).toHaveCount(0);
  await form.getByRole("textbox", { name: "Cohort code" }).fill(cohort.code);
  await expect(form.getByText("You are sharing with Joseph Mathew, Pharmacy bridge 2026.")).toBeVisible();
  const pick = form.getByRole("combobox", { name: /Pick your name/ });
  await expect(pick.locator("option")).toHaveText(["My name is not on the list", "Nisha Thomas", "Arun Kumar"]);
  await pick.selectOption({ label: "Nisha Thomas" });
  await form.getByRole("textbox", { name: /knows you by/ }).fill("Nisha T.");
  await form.getByRole("checkbox", { name: /I agree/ }).check();
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  if (shots) await form.screenshot({ path: `${shots}/${testInfo.project.name}-code-share.png` });
  await form.getByRole("button", { name: "Share my result" }).click();
  await expect(page.getByRole("list", { name: "Shared with" })).toContainText("Joseph Mathew");

  const roster = (await (await counsellor.api.get(`/api/v1/counsellor/cohorts/${cohort.id}/roster`)).json()).roster;
  expect(roster.counts).toEqual({ total: 2, shared: 1, started: 0, invited: 1 });
  expect(roster.entries[0]).toMatchObject({ name: "Nisha Thomas", status: "shared", share: { displayName: "Nisha T." } });
});
