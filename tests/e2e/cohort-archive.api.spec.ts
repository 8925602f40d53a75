/**
 * Archiving, restoring and deleting a cohort, end to end through the API and the invite page,
 * and the CSV's exact degree, per-skill levels and notes. On SQLite, and on PostgreSQL when
 * TEST_POSTGRES_URL is set. (Who may call these routes is in counsellor-access.api.spec.ts.)
 */
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { SKILL_ORDER, skillName } from "../../lib/shares/figures";
import { apiAnswers, fakeAddress, signedInCounsellor, type SignedIn } from "./support/counsellor";
import { postgresURL } from "./support/servers";

const servers = [{ name: "SQLite", url: baseURL }, ...(postgresURL ? [{ name: "PostgreSQL", url: postgresURL }] : [])];
const submissionKey = () => `arch_${crypto.randomUUID().replace(/-/g, "")}`;

/** Splits one CSV line (RFC 4180 quoting, no line breaks inside cells needed here). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === "," && !quoted) {
      out.push(cell);
      cell = "";
    } else {
      cell += ch;
    }
  }
  out.push(cell);
  return out;
}

for (const server of servers) {
  test.describe(`archiving and deleting cohorts on ${server.name}`, () => {
    test.describe.configure({ mode: "serial" });
    let owner: SignedIn;
    let student: APIRequestContext;
    let cohortId = "";
    let code = "";
    let inviteToken = "";
    let shareId = "";
    let assessmentId = "";
    let ownerKey = "";
    let laterId = "";
    let laterKey = "";

    test.beforeAll(async () => {
      owner = await signedInCounsellor(server.url, "Meera Iyer");
      student = await playwrightRequest.newContext({ baseURL: server.url, extraHTTPHeaders: { "x-forwarded-for": fakeAddress() } });
      const cohort = (await (await owner.api.post("/api/v1/counsellor/cohorts", { data: { name: "Commerce batch 2026" } })).json()).cohort;
      cohortId = cohort.id;
      code = cohort.code;
      inviteToken = cohort.inviteUrl.split("/join/")[1];
      const answers = { ...apiAnswers(2), "education.degree": "bcom", "skills.icd-coding": 3 };
      const saved = await student.post("/api/v1/assessments", {
        data: { answers, submissionKey: submissionKey(), share: { inviteToken, displayName: "Divya Shah", consent: true } },
      });
      expect(saved.status()).toBe(201);
      ({ id: assessmentId, ownerKey } = await saved.json());
      shareId = (await (await student.get(`/api/v1/assessments/${assessmentId}/shares`, { headers: { "X-Owner-Key": ownerKey } })).json()).shares[0].id;
      expect((await owner.api.post(`/api/v1/counsellor/results/${shareId}/notes`, { data: { body: "Keen on CPC, call in Jan" } })).status()).toBe(201);
      // A second result, not shared yet, to try sharing by code.
      const later = await student.post("/api/v1/assessments", { data: { answers: apiAnswers(1), submissionKey: submissionKey() } });
      ({ id: laterId, ownerKey: laterKey } = await later.json());
    });

    test.afterAll(async () => {
      await Promise.all([owner?.api.dispose(), student?.dispose()]);
    });

    test("the CSV has the exact degree, a level column per skill and the counsellor's notes", async () => {
      const response = await owner.api.get(`/api/v1/counsellor/results/export?cohort=${cohortId}`);
      expect(response.status()).toBe(200);
      const [header, row] = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
      const names = cells(header!);
      expect(names).toEqual(expect.arrayContaining(["Degree", "Background", "Counsellor's notes", ...SKILL_ORDER.map((id) => `${skillName(id)} level (0–4)`)]));
      const values = Object.fromEntries(cells(row!).map((value, i) => [names[i], value]));
      expect(values.Name).toBe("Divya Shah");
      expect(values.Degree).toBe("B.Com");
      expect(values["Counsellor's notes"]).toMatch(/^\d{4}-\d{2}-\d{2}: Keen on CPC, call in Jan$/);
      expect(values[`${skillName("icd-coding")} level (0–4)`]).toBe("3");
      for (const id of SKILL_ORDER) expect(values[`${skillName(id)} level (0–4)`]).toMatch(/^[0-4]$/);
      // The dashboard's rows carry the same exact degree.
      const rows = (await (await owner.api.get(`/api/v1/counsellor/results?cohort=${cohortId}`)).json()).rows;
      expect(rows[0].degree).toBe("B.Com");
    });

    test("an archived cohort takes no new results, says so, and is listed as archived", async () => {
      const archived = await owner.api.patch(`/api/v1/counsellor/cohorts/${cohortId}`, { data: { archived: true } });
      expect(archived.status()).toBe(200);
      const cohort = (await archived.json()).cohort;
      expect(cohort.archivedAt).not.toBeNull();
      expect(cohort.resultCount).toBe(1);

      const byCode = await student.post(`/api/v1/assessments/${laterId}/shares`, {
        headers: { "X-Owner-Key": laterKey },
        data: { code, displayName: "Divya Shah", consent: true },
      });
      expect(byCode.status()).toBe(409);
      const refusal = await byCode.json();
      expect(refusal.error).toMatch(/closed to new results; ask Meera Iyer, your counsellor/);
      expect(refusal.issues).toEqual([{ path: "code", message: "This class is closed to new results; ask your counsellor." }]);

      const invite = await (await student.get(`/api/v1/invites?code=${encodeURIComponent(code)}`)).json();
      expect(invite).toMatchObject({ invitesOpen: false, archived: true });
      const page = await (await student.get(`/join/${inviteToken}`)).text();
      expect(page).toContain("This class is closed to new results");

      const withInvite = await student.post("/api/v1/assessments", {
        data: { answers: apiAnswers(0), submissionKey: submissionKey(), share: { inviteToken, displayName: "Late", consent: true } },
      });
      expect((await withInvite.json()).share.status).toBe("closed");

      // Its results stay readable while it is archived.
      expect((await owner.api.get(`/api/v1/counsellor/results/${shareId}`)).status()).toBe(200);
      const listed = (await (await owner.api.get("/api/v1/counsellor/cohorts")).json()).cohorts;
      expect(listed.find((c: { id: string }) => c.id === cohortId).archivedAt).not.toBeNull();
    });

    test("a restored cohort takes results again; bad input is a 422", async () => {
      expect((await owner.api.patch(`/api/v1/counsellor/cohorts/${cohortId}`, { data: { archived: "yes" } })).status()).toBe(422);
      const restored = await owner.api.patch(`/api/v1/counsellor/cohorts/${cohortId}`, { data: { archived: false } });
      expect((await restored.json()).cohort.archivedAt).toBeNull();
      const byCode = await student.post(`/api/v1/assessments/${laterId}/shares`, {
        headers: { "X-Owner-Key": laterKey },
        data: { code, displayName: "Divya Shah", consent: true },
      });
      expect(byCode.status()).toBe(201);
    });

    test("deleting a cohort removes its shares and notes, and the students keep their results", async () => {
      expect((await owner.api.delete(`/api/v1/counsellor/cohorts/${cohortId}`)).status()).toBe(204);
      expect((await owner.api.get(`/api/v1/counsellor/cohorts/${cohortId}`)).status()).toBe(404);
      expect((await owner.api.get(`/api/v1/counsellor/results/${shareId}`)).status()).toBe(404);
      expect((await owner.api.get(`/api/v1/counsellor/results/${shareId}/notes`)).status()).toBe(404);
      expect((await (await owner.api.get("/api/v1/counsellor/results")).json()).total).toBe(0);
      expect((await owner.api.delete(`/api/v1/counsellor/cohorts/${cohortId}`)).status()).toBe(404);

      expect((await student.get(`/api/v1/assessments/${assessmentId}`)).status()).toBe(200);
      const shares = (await (await student.get(`/api/v1/assessments/${assessmentId}/shares`, { headers: { "X-Owner-Key": ownerKey } })).json()).shares;
      expect(shares).toEqual([]);
      expect((await student.get(`/join/${inviteToken}`)).status()).toBe(404);
    });
  });
}
