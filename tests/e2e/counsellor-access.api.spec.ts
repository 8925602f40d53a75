/**
 * The access-control matrix: every counsellor page and route handler, asked with no session,
 * with another counsellor's session, with a foreign cohort id, a foreign result id, an unknown id
 * and a withdrawn result. Each must be denied: 401 (API) or a sign-in redirect (pages) without a
 * session, and 404 (never the data) otherwise. A positive control shows each request can succeed.
 * Runs against the built app on SQLite, and on PostgreSQL when TEST_POSTGRES_URL is set.
 * (The counsellor workspace has no server actions: every change goes through these handlers.)
 */
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { apiAnswers, signedInCounsellor, type SignedIn } from "./support/counsellor";
import { postgresURL } from "./support/servers";

const servers = [{ name: "SQLite", url: baseURL }, ...(postgresURL ? [{ name: "PostgreSQL", url: postgresURL }] : [])];
const UNKNOWN = "AAAAAAAAAAAAAAAAAAAAAAAA";

interface World {
  owner: SignedIn;
  stranger: SignedIn;
  anonymous: APIRequestContext;
  cohortId: string;
  strangerCohortId: string;
  spareCohortId: string;
  shareId: string;
  noteId: string;
  withdrawnShareId: string;
  /** A second live result of the owner's, to compare with the first. */
  pairShareId: string;
  /** A student on the owner's cohort roster, and one on the other counsellor's. */
  entryId: string;
  strangerEntryId: string;
}

interface Ids {
  cohortId: string;
  shareId: string;
  noteId: string;
  pairShareId: string;
  entryId: string;
}

/** A body may name an id (linking a result to a roster entry). */
type Call = {
  name: string;
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  path: (ids: Ids) => string;
  body?: unknown | ((ids: Ids) => unknown);
  page?: boolean;
};

/** Every counsellor route, in one list: a new route must be added here to be covered. */
const calls: Call[] = [
  { name: "dashboard page", method: "GET", path: () => "/counsellor", page: true },
  { name: "analytics page", method: "GET", path: () => "/counsellor/analytics", page: true },
  { name: "cohorts page", method: "GET", path: () => "/counsellor/cohorts", page: true },
  { name: "result page", method: "GET", path: (ids) => `/counsellor/results/${ids.shareId}`, page: true },
  { name: "compare page", method: "GET", path: (ids) => `/counsellor/compare?ids=${ids.shareId},${ids.pairShareId}`, page: true },
  { name: "cohort invite page", method: "GET", path: (ids) => `/counsellor/cohorts/${ids.cohortId}/invite`, page: true },
  { name: "cohort roster page", method: "GET", path: (ids) => `/counsellor/cohorts/${ids.cohortId}`, page: true },
  { name: "list cohorts", method: "GET", path: () => "/api/v1/counsellor/cohorts" },
  { name: "create cohort", method: "POST", path: () => "/api/v1/counsellor/cohorts", body: { name: "Matrix cohort" } },
  { name: "read cohort", method: "GET", path: (ids) => `/api/v1/counsellor/cohorts/${ids.cohortId}` },
  { name: "read roster", method: "GET", path: (ids) => `/api/v1/counsellor/cohorts/${ids.cohortId}/roster` },
  { name: "update cohort", method: "PATCH", path: (ids) => `/api/v1/counsellor/cohorts/${ids.cohortId}`, body: { invitesOpen: true } },
  { name: "archive cohort", method: "PATCH", path: (ids) => `/api/v1/counsellor/cohorts/${ids.cohortId}`, body: { archived: true } },
  { name: "restore cohort", method: "PATCH", path: (ids) => `/api/v1/counsellor/cohorts/${ids.cohortId}`, body: { archived: false } },
  { name: "results by cohort", method: "GET", path: (ids) => `/api/v1/counsellor/results?cohort=${ids.cohortId}` },
  { name: "analytics by cohort", method: "GET", path: (ids) => `/api/v1/counsellor/analytics?cohort=${ids.cohortId}` },
  { name: "CSV by cohort", method: "GET", path: (ids) => `/api/v1/counsellor/results/export?cohort=${ids.cohortId}` },
  { name: "class PDF by cohort", method: "GET", path: (ids) => `/api/v1/counsellor/analytics/pdf?cohort=${ids.cohortId}` },
  { name: "read result", method: "GET", path: (ids) => `/api/v1/counsellor/results/${ids.shareId}` },
  { name: "compare results", method: "GET", path: (ids) => `/api/v1/counsellor/results/compare?ids=${ids.shareId},${ids.pairShareId}` },
  { name: "result PDF", method: "GET", path: (ids) => `/api/v1/counsellor/results/${ids.shareId}/pdf` },
  { name: "result PDF with notes", method: "GET", path: (ids) => `/api/v1/counsellor/results/${ids.shareId}/pdf?notes=1` },
  { name: "mark reviewed", method: "PUT", path: (ids) => `/api/v1/counsellor/results/${ids.shareId}/review`, body: { reviewed: true } },
  { name: "list notes", method: "GET", path: (ids) => `/api/v1/counsellor/results/${ids.shareId}/notes` },
  { name: "add note", method: "POST", path: (ids) => `/api/v1/counsellor/results/${ids.shareId}/notes`, body: { body: "Matrix" } },
  { name: "edit note", method: "PATCH", path: (ids) => `/api/v1/counsellor/results/${ids.shareId}/notes/${ids.noteId}`, body: { body: "Edited" } },
  { name: "add to roster", method: "POST", path: (ids) => `/api/v1/counsellor/cohorts/${ids.cohortId}/roster`, body: { text: "Matrix Student, M01" } },
  { name: "edit roster entry", method: "PATCH", path: (ids) => `/api/v1/counsellor/cohorts/${ids.cohortId}/roster/${ids.entryId}`, body: { rollNumber: "M02" } },
  { name: "link result to roster", method: "PUT", path: (ids) => `/api/v1/counsellor/results/${ids.shareId}/roster`, body: (ids: Ids) => ({ rosterEntryId: ids.entryId }) },
  { name: "unlink result from roster", method: "DELETE", path: (ids) => `/api/v1/counsellor/results/${ids.shareId}/roster` },
  // In the positive control it removes the entry, made again afterwards.
  { name: "remove roster entry", method: "DELETE", path: (ids) => `/api/v1/counsellor/cohorts/${ids.cohortId}/roster/${ids.entryId}` },
  { name: "delete note", method: "DELETE", path: (ids) => `/api/v1/counsellor/results/${ids.shareId}/notes/${ids.noteId}` },
  // In the positive control it deletes a spare cohort of the owner's (see below), not the one with the results.
  { name: "delete cohort", method: "DELETE", path: (ids) => `/api/v1/counsellor/cohorts/${ids.cohortId}` },
];

/** Calls that take no id of their own: for them "foreign id" cases do not apply. */
const idFree = new Set(["dashboard page", "analytics page", "cohorts page", "list cohorts", "create cohort"]);
/** Calls about one result (or a comparison that includes it): the withdrawn-result case applies. */
const aboutResult = (call: Call) => {
  const path = call.path({ cohortId: "c", shareId: "s", noteId: "n", pairShareId: "p", entryId: "e" });
  return path.includes("/results/s") || path.includes("ids=s,");
};

/** Adds one student to a cohort's roster and returns their entry id. */
async function rosterEntry(counsellor: SignedIn, cohortId: string, line: string): Promise<string> {
  const added = await counsellor.api.post(`/api/v1/counsellor/cohorts/${cohortId}/roster`, { data: { text: line } });
  expect(added.status()).toBe(201);
  const { roster } = await added.json();
  return roster.entries.find((entry: { name: string }) => line.startsWith(entry.name)).id;
}

async function send(api: APIRequestContext, call: Call, ids: Ids) {
  return api.fetch(call.path(ids), {
    method: call.method,
    ...(call.body ? { data: typeof call.body === "function" ? call.body(ids) : call.body } : {}),
    maxRedirects: 0,
  });
}

for (const server of servers) {
  test.describe(`counsellor access control on ${server.name}`, () => {
    test.describe.configure({ mode: "serial" });
    const world = {} as World;

    test.beforeAll(async () => {
      world.owner = await signedInCounsellor(server.url, "Asha Rao");
      world.stranger = await signedInCounsellor(server.url, "Ravi Menon");
      world.anonymous = await playwrightRequest.newContext({ baseURL: server.url });

      const cohort = await (await world.owner.api.post("/api/v1/counsellor/cohorts", { data: { name: "Owner's batch" } })).json();
      world.cohortId = cohort.cohort.id;
      const inviteToken = cohort.cohort.inviteUrl.split("/join/")[1];
      world.strangerCohortId = (await (await world.stranger.api.post("/api/v1/counsellor/cohorts", { data: { name: "Other batch" } })).json()).cohort.id;
      world.spareCohortId = (await (await world.owner.api.post("/api/v1/counsellor/cohorts", { data: { name: "Spare batch" } })).json()).cohort.id;

      // Three students share with the owner's cohort through the invite; the second withdraws.
      const shareIds: string[] = [];
      const assessmentIds: string[] = [];
      const ownerKeys: string[] = [];
      for (const [i, displayName] of ["Priya", "Karthik", "Meena"].entries()) {
        const saved = await world.anonymous.post("/api/v1/assessments", {
          data: { answers: apiAnswers(i), submissionKey: `matrix_${crypto.randomUUID().replace(/-/g, "")}`, share: { inviteToken, displayName, consent: true } },
        });
        expect(saved.status()).toBe(201);
        const { id, ownerKey } = await saved.json();
        assessmentIds.push(id);
        ownerKeys.push(ownerKey);
        const shares = (await (await world.anonymous.get(`/api/v1/assessments/${id}/shares`, { headers: { "X-Owner-Key": ownerKey } })).json()).shares;
        shareIds.push(shares[0].id);
      }
      world.shareId = shareIds[0]!;
      world.withdrawnShareId = shareIds[1]!;
      world.pairShareId = shareIds[2]!;
      const note = await world.owner.api.post(`/api/v1/counsellor/results/${world.shareId}/notes`, { data: { body: "Owner's note" } });
      world.noteId = (await note.json()).note.id;
      world.entryId = await rosterEntry(world.owner, world.cohortId, "Priya Raman, P01");
      world.strangerEntryId = await rosterEntry(world.stranger, world.strangerCohortId, "Other Student");
      const withdraw = `/api/v1/assessments/${assessmentIds[1]}/shares/${world.withdrawnShareId}`;
      expect((await world.anonymous.delete(withdraw, { headers: { "X-Owner-Key": ownerKeys[1]! } })).status()).toBe(204);
    });

    test.afterAll(async () => {
      await Promise.all([world.owner?.api.dispose(), world.stranger?.api.dispose(), world.anonymous?.dispose()]);
    });

    const own = () => ({ cohortId: world.cohortId, shareId: world.shareId, noteId: world.noteId, pairShareId: world.pairShareId, entryId: world.entryId });

    test("the owner can use every route (the positive control)", async () => {
      // Read-only calls first, then the changes, the note's deletion last.
      for (const call of calls) {
        const ids = call.name === "delete cohort" ? { ...own(), cohortId: world.spareCohortId } : own();
        const response = await send(world.owner.api, call, ids);
        expect(response.status(), call.name).toBeLessThan(300);
        expect(response.status(), call.name).toBeGreaterThanOrEqual(200);
      }
      // The note was deleted by the last call: make another for the cases below.
      world.noteId = (await (await world.owner.api.post(`/api/v1/counsellor/results/${world.shareId}/notes`, { data: { body: "Again" } })).json()).note.id;
      // So was the roster entry.
      world.entryId = await rosterEntry(world.owner, world.cohortId, "Priya Raman, P01");
    });

    test("no session: API routes answer 401, pages send the person to sign in", async () => {
      for (const call of calls) {
        const response = await send(world.anonymous, call, own());
        if (call.page) {
          expect(response.status(), call.name).toBeGreaterThanOrEqual(300);
          expect(response.status(), call.name).toBeLessThan(400);
          expect(response.headers().location, call.name).toContain("/counsellor/sign-in");
        } else {
          expect(response.status(), call.name).toBe(401);
          expect((await response.json()).error, call.name).toMatch(/sign in/i);
        }
      }
    });

    test("another counsellor's session: every id of the owner's is a 404", async () => {
      for (const call of calls.filter((c) => !idFree.has(c.name))) {
        const response = await send(world.stranger.api, call, own());
        expect(response.status(), call.name).toBe(404);
        const text = await response.text();
        expect(text, call.name).not.toContain("Priya");
        expect(text, call.name).not.toContain("Owner");
      }
      // Lists never include the owner's results or cohorts.
      const results = await (await world.stranger.api.get("/api/v1/counsellor/results")).json();
      expect(results.total).toBe(0);
      const cohorts = await (await world.stranger.api.get("/api/v1/counsellor/cohorts")).json();
      expect(cohorts.cohorts.map((c: { id: string }) => c.id)).toEqual([world.strangerCohortId]);
      // Nothing the stranger sent archived or deleted the owner's cohort.
      const owned = (await (await world.owner.api.get(`/api/v1/counsellor/cohorts/${world.cohortId}`)).json()).cohort;
      expect(owned.archivedAt).toBeNull();
    });

    test("the owner with a foreign cohort id, or unknown ids: 404", async () => {
      const foreign = { ...own(), cohortId: world.strangerCohortId };
      const unknown = { cohortId: UNKNOWN, shareId: UNKNOWN, noteId: UNKNOWN, pairShareId: UNKNOWN.replace(/A/g, "B"), entryId: UNKNOWN };
      for (const call of calls.filter((c) => !idFree.has(c.name))) {
        if (call.path(own()) !== call.path(foreign)) {
          expect((await send(world.owner.api, call, foreign)).status(), `${call.name} (foreign cohort)`).toBe(404);
        }
        expect((await send(world.owner.api, call, unknown)).status(), `${call.name} (unknown)`).toBe(404);
      }
      // The other counsellor's roster entry, on the owner's own cohort and result, is not found either.
      const foreignEntry = { ...own(), entryId: world.strangerEntryId };
      for (const name of ["edit roster entry", "link result to roster", "remove roster entry"]) {
        expect((await send(world.owner.api, calls.find((c) => c.name === name)!, foreignEntry)).status(), `${name} (foreign entry)`).toBe(404);
      }
    });

    test("a withdrawn result is gone for its own counsellor", async () => {
      const withdrawn = { ...own(), shareId: world.withdrawnShareId };
      for (const call of calls.filter(aboutResult)) {
        expect((await send(world.owner.api, call, withdrawn)).status(), call.name).toBe(404);
      }
      const results = await (await world.owner.api.get("/api/v1/counsellor/results")).json();
      expect(results.rows.map((row: { id: string }) => row.id).sort()).toEqual([world.shareId, world.pairShareId].sort());
      const csv = await (await world.owner.api.get("/api/v1/counsellor/results/export")).text();
      expect(csv).not.toContain("Karthik");
      expect(csv).toContain("Priya");
    });

    // Last: it gives the other counsellor a result, which the cases above expect them not to have.
    test("a comparison that includes one result of another counsellor's is a 404 as a whole, both ways", async () => {
      const invite = (await (await world.stranger.api.get(`/api/v1/counsellor/cohorts/${world.strangerCohortId}`)).json()).cohort.inviteUrl;
      const saved = await world.anonymous.post("/api/v1/assessments", {
        data: {
          answers: apiAnswers(3),
          submissionKey: `matrix_${crypto.randomUUID().replace(/-/g, "")}`,
          share: { inviteToken: invite.split("/join/")[1], displayName: "Stranger's student", consent: true },
        },
      });
      const { id, ownerKey } = await saved.json();
      const foreignShareId = (await (await world.anonymous.get(`/api/v1/assessments/${id}/shares`, { headers: { "X-Owner-Key": ownerKey } })).json()).shares[0].id;
      const mixes: [SignedIn, string[]][] = [
        [world.owner, [world.shareId, world.pairShareId, foreignShareId]],
        [world.stranger, [foreignShareId, world.shareId]],
      ];
      for (const [who, ids] of mixes) {
        for (const path of [`/api/v1/counsellor/results/compare?ids=${ids.join(",")}`, `/counsellor/compare?ids=${ids.join(",")}`]) {
          const response = await who.api.get(path, { maxRedirects: 0 });
          expect(response.status(), `${who.name}: ${path}`).toBe(404);
          const text = await response.text();
          for (const name of ["Priya", "Meena", "Stranger"]) expect(text, `${who.name}: ${path}`).not.toContain(name);
        }
      }
      // Each side's own results still compare.
      expect((await world.owner.api.get(`/api/v1/counsellor/results/compare?ids=${world.shareId},${world.pairShareId}`)).status()).toBe(200);
    });
  });
}
