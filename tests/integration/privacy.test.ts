/**
 * Issue 15.7 on both databases: "Download my data" (GET /api/v1/assessments/{id}/my-data) is the
 * owner's alone and holds the answers, the result and the shares without the counsellor's email;
 * the report's opening date is written at most once a day; and the retention job deletes only old,
 * unshared, unopened results, and nothing more on a second run.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createAssessment } from "@/lib/assessments/service";
import { noteReportOpened, pruneUnusedResults } from "@/lib/assessments/retention";
import { createCohort } from "@/lib/cohorts/service";
import { shareByInvite, withdrawShare } from "@/lib/shares/service";
import { myDataSchema } from "@/lib/validations/my-data";
import { providers, useAsAppDatabase, useMigratedDatabase } from "../support/databases";
import { buildAnswers } from "../fixtures/answers";

const BASE = "http://127.0.0.1:3000";
const DAY = 24 * 60 * 60 * 1000;
const answers = buildAnswers({ degree: "bpharm", pro: 4, con: 2, knowledgeCorrect: 3 });
const key = () => `key_${crypto.randomUUID().replace(/-/g, "")}`;

type Route = typeof import("@/app/api/v1/assessments/[id]/my-data/route");

describe.each(providers.filter((p) => p.enabled))("privacy: my data and retention on $name", ({ fresh }) => {
  const state = useMigratedDatabase(fresh);
  const db = () => state.handle.db;
  // The handler uses the app's one client (lib/db.ts getDb): pointed at this suite's database.
  useAsAppDatabase(state);
  let route: Route;

  beforeAll(async () => {
    route = await import("@/app/api/v1/assessments/[id]/my-data/route");
  });

  const get = (id: string, headers: Record<string, string> = {}) =>
    route.GET(new Request(`${BASE}/api/v1/assessments/${id}/my-data`, { headers }), { params: Promise.resolve({ id }) });

  async function result() {
    const { assessment, ownerKey } = await createAssessment({ answers, submissionKey: key() }, db());
    return { id: assessment.id, ownerKey: ownerKey! };
  }

  async function cohortOf(name: string) {
    const counsellorId = `user_${Math.random().toString(36).slice(2, 12)}`;
    const email = `${counsellorId}@counsellors.example.org`;
    await db().user.create({ data: { id: counsellorId, name, email } });
    const cohort = await createCohort(counsellorId, { name: `${name}'s class` }, db());
    const token = (await db().cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { inviteToken: true } })).inviteToken;
    return { cohort, token, email };
  }

  async function share(assessmentId: string, token: string, displayName = "Asha") {
    const outcome = await shareByInvite(assessmentId, { inviteToken: token, displayName, email: "asha@example.org", consent: true }, db());
    if (outcome.status !== "shared") throw new Error(outcome.status);
    return outcome.shareId;
  }

  it("gives the owner a JSON file of the answers, the result and the shares, never a counsellor's email or internal ids", async () => {
    const mine = await result();
    const { cohort, token, email } = await cohortOf("Meera Iyer");
    await share(mine.id, token);

    const response = await get(mine.id, { "x-owner-key": mine.ownerKey });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="coder-fit-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const text = await response.text();
    const data = myDataSchema.parse(JSON.parse(text));
    expect(data.result.id).toBe(mine.id);
    expect(data.result.answers).toEqual(answers);
    expect(data.result.reportUrl).toBe(`${BASE}/report/${mine.id}`);
    expect(data.shares).toEqual([
      expect.objectContaining({ counsellorName: "Meera Iyer", cohortName: "Meera Iyer's class", yourName: "Asha", yourEmail: "asha@example.org", withdrawn: false }),
    ]);
    // Nothing the person does not already have: no counsellor email, owner-key hash, submission key or cohort/share ids.
    expect(text).not.toContain(email);
    expect(text).not.toContain(cohort.id);
    expect(text).not.toContain(cohort.code);
    expect(text).not.toMatch(/ownerKeyHash|submissionKey|counsellorId|cohortId|inviteToken/);
    const shareRow = await db().share.findFirstOrThrow({ where: { assessmentId: mine.id } });
    expect(text).not.toContain(shareRow.id);
  });

  it("refuses without the key, with a wrong key and with another result's key (403), and 404s an unknown result", async () => {
    const mine = await result();
    const other = await result();
    for (const headers of [{} as Record<string, string>, { "x-owner-key": "not-a-key" }, { "x-owner-key": "A".repeat(32) }, { "x-owner-key": other.ownerKey }]) {
      const response = await get(mine.id, headers);
      expect(response.status).toBe(403);
      const body = (await response.json()) as { error: string };
      expect(body.error).toMatch(/Only the person who took this assessment/);
      expect(response.headers.get("content-disposition")).toBeNull();
    }
    expect((await get("AAAAAAAAAAAAAAAAAAAAAAAA", { "x-owner-key": mine.ownerKey })).status).toBe(404);
    expect((await get("../../etc/passwd", { "x-owner-key": mine.ownerKey })).status).toBe(404);
  });

  it("writes a report's opening date at most once a day", async () => {
    const { id } = await result();
    const now = new Date();
    expect(await noteReportOpened(id, null, now, db())).toBe(true);
    const stamped = (await db().assessment.findUniqueOrThrow({ where: { id } })).lastOpenedAt;
    expect(stamped?.getTime()).toBe(now.getTime());
    // Read again within the day: the caller's copy says fresh, so no write at all.
    expect(await noteReportOpened(id, stamped, new Date(now.getTime() + DAY / 2), db())).toBe(false);
    // A stale copy read by two requests at once: the update's own condition lets only one write.
    const later = new Date(now.getTime() + DAY + 1000);
    const writes = await Promise.all([noteReportOpened(id, null, later, db()), noteReportOpened(id, null, later, db())]);
    expect(writes.filter(Boolean).length).toBeLessThanOrEqual(1);
    expect((await db().assessment.findUniqueOrThrow({ where: { id } })).lastOpenedAt?.getTime()).toBe(later.getTime());
    expect(await noteReportOpened("not an id", null, later, db())).toBe(false);
  });

  it("prunes old unshared unopened results only, and nothing more when run again", async () => {
    const now = new Date();
    const old = new Date(now.getTime() - 400 * DAY);
    const age = async (id: string, createdAt: Date, lastOpenedAt: Date | null = null) =>
      db().assessment.update({ where: { id }, data: { createdAt, lastOpenedAt } });

    const oldUnopened = await result();
    await age(oldUnopened.id, old);
    const oldOpenedLongAgo = await result();
    await age(oldOpenedLongAgo.id, old, new Date(now.getTime() - 380 * DAY));
    const oldOpenedRecently = await result();
    await age(oldOpenedRecently.id, old, new Date(now.getTime() - 10 * DAY));
    const recent = await result();
    await age(recent.id, new Date(now.getTime() - 100 * DAY));
    const oldShared = await result();
    await age(oldShared.id, old);
    const { token } = await cohortOf("Ravi Menon");
    await share(oldShared.id, token);
    const oldWithdrawn = await result();
    await age(oldWithdrawn.id, old);
    const withdrawnShare = await share(oldWithdrawn.id, token, "Kiran");
    expect(await withdrawShare(oldWithdrawn.id, withdrawnShare, db())).toBe(true);

    const ours = [oldUnopened, oldOpenedLongAgo, oldOpenedRecently, recent, oldShared, oldWithdrawn].map((r) => r.id);
    const othersBefore = await db().assessment.count({ where: { id: { notIn: ours } } });

    const deleted = await pruneUnusedResults(365, now, db());
    const left = new Set((await db().assessment.findMany({ where: { id: { in: ours } }, select: { id: true } })).map((row) => row.id));
    expect([...left].sort()).toEqual([oldOpenedRecently.id, recent.id, oldShared.id].sort());
    expect(deleted).toBe(3);
    // Results of earlier tests in this file are recent: untouched.
    expect(await db().assessment.count({ where: { id: { notIn: ours } } })).toBe(othersBefore);
    expect(await db().share.count({ where: { assessmentId: oldShared.id } })).toBe(1);

    expect(await pruneUnusedResults(365, now, db())).toBe(0);
    await expect(pruneUnusedResults(0, now, db())).rejects.toThrow(RangeError);
  });
});
