/**
 * GET /api/v1/counsellor/results/compare?ids=…: 2–4 different results or a 422 that says what is
 * wrong (never a 500), and the figures of each result, in the order asked. Who may ask is in
 * counsellor-access.api.spec.ts.
 */
import { expect, test } from "@playwright/test";
import { apiAnswers, signedInCounsellor, type SignedIn } from "./support/counsellor";

let owner: SignedIn;
const shareIds: string[] = [];

// One counsellor and three results for both tests, made once.
test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  shareIds.length = 0;
  owner = await signedInCounsellor(baseURL!, "Asha Rao");
  const cohort = (await (await owner.api.post("/api/v1/counsellor/cohorts", { data: { name: "Compare API batch" } })).json()).cohort;
  const inviteToken = cohort.inviteUrl.split("/join/")[1];
  for (const [lean, displayName] of ["Priya", "Karthik", "Meena"].entries()) {
    const saved = await owner.api.post("/api/v1/assessments", { data: { answers: apiAnswers(lean), share: { inviteToken, displayName, consent: true } } });
    expect(saved.status()).toBe(201);
    const { id, ownerKey } = await saved.json();
    shareIds.push((await (await owner.api.get(`/api/v1/assessments/${id}/shares`, { headers: { "X-Owner-Key": ownerKey } })).json()).shares[0].id);
  }
});

test.afterAll(async () => owner?.api.dispose());

test("three results in the order asked, each with its figures", async () => {
  const ids = [shareIds[2]!, shareIds[0]!, shareIds[1]!];
  const response = await owner.api.get(`/api/v1/counsellor/results/compare?ids=${ids.join(",")}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const { students } = await response.json();
  expect(students.map((student: { id: string }) => student.id)).toEqual(ids);
  expect(students.map((student: { displayName: string }) => student.displayName)).toEqual(["Meena", "Priya", "Karthik"]);
  for (const student of students) {
    const one = await (await owner.api.get(`/api/v1/counsellor/results/${student.id}`)).json();
    expect(student.overall).toBe(one.result.overall);
    expect(student.band.id).toBe(one.result.band.id);
    expect(student.parts.map((part: { id: string }) => part.id)).toEqual(["education", "skills", "temperament"]);
    expect(student.parts[0].score).toBe(one.result.components.education.score);
    expect(student.skills.length).toBeGreaterThan(0);
    expect(student.cohortName).toBe("Compare API batch");
  }
});

test("not 2–4 different ids: 422 with a message a person understands", async () => {
  const cases: [string, RegExp][] = [
    ["", /at least 2/],
    [`?ids=${shareIds[0]}`, /at least 2/],
    [`?ids=${[...shareIds, "B".repeat(24), "C".repeat(24)].join(",")}`, /at most 4/],
    [`?ids=${shareIds[0]},${shareIds[0]}`, /same student is chosen twice/],
    [`?ids=${shareIds[0]},not-an-id`, /not valid/],
    [`?ids=${shareIds[0]}&ids=${shareIds[0]}`, /same student is chosen twice/],
  ];
  for (const [query, message] of cases) {
    const response = await owner.api.get(`/api/v1/counsellor/results/compare${query}`);
    expect(response.status(), query).toBe(422);
    const body = await response.json();
    expect(body.error, query).toMatch(message);
    expect(body.issues.length, query).toBeGreaterThan(0);
  }
  // Two ids given as a repeated parameter work like a list.
  expect((await owner.api.get(`/api/v1/counsellor/results/compare?ids=${shareIds[0]}&ids=${shareIds[1]}`)).status()).toBe(200);
});
