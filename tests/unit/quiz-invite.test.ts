import { describe, expect, it, vi } from "vitest";
import { medicalCoderProfile } from "@/lib/profiles";
import {
  consentFormSchema,
  formatCohortCode,
  lookUpInvite,
  readShareStatus,
  reportUrlWithShare,
  shareResultByCode,
  toInviteShare,
  type QuizInvite,
} from "@/lib/quiz/invite";
import { withdrawShareRequest } from "@/lib/results/api";
import { loadProgress, parseProgress, QUIZ_STORAGE_KEY, saveProgress, stampProgress, type QuizProgress } from "@/lib/quiz/storage";
import { submitAssessment } from "@/lib/quiz/submit";
import { buildAnswers } from "@/tests/fixtures/answers";

const questionnaire = medicalCoderProfile.questionnaire;
const TOKEN = "inviteToken_0123456789ab";
const KEY = "savedKey_0123456789abcd";

const invite: QuizInvite = { token: TOKEN, cohortName: "B.Sc Microbiology 2026, Pune", counsellorName: "Priya Sharma", invitesOpen: true };

/** A minimal in-memory Storage (the node project has no localStorage). */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

const answers = buildAnswers({ market: "india", degree: "bsc-life-sciences", pro: 4, con: 2, knowledgeCorrect: 3 });
const saved = {
  id: "report_id_0123456789abcd",
  reportUrl: "http://localhost:3200/report/report_id_0123456789abcd",
  result: { overall: 71.5, band: { id: "good", label: "Good fit" } },
};

describe("quiz storage: the invite and the consent draft", () => {
  it("keeps the invite and what was typed across a save and a reload", () => {
    const storage = memoryStorage();
    const progress: QuizProgress = stampProgress({
      questionnaireVersion: questionnaire.version,
      submissionKey: KEY,
      answers: {},
      step: 0,
      startedAt: "",
      updatedAt: "",
      invite,
      shareDraft: { displayName: "Anjali K.", email: "anjali@example.com", consent: true },
    });
    expect(saveProgress(storage, progress)).toBe(true);
    const loaded = loadProgress(storage, questionnaire);
    expect(loaded?.invite).toEqual(invite);
    expect(loaded?.shareDraft).toEqual({ displayName: "Anjali K.", email: "anjali@example.com", consent: true });
  });

  it("still reads progress saved before invites existed, without inventing one", () => {
    const old = JSON.stringify({
      questionnaireVersion: questionnaire.version,
      submissionKey: KEY,
      answers: { "about.market": "india" },
      step: 0,
      startedAt: "2026-03-01T10:00:00.000Z",
      updatedAt: "2026-03-01T10:00:00.000Z",
    });
    const storage = memoryStorage();
    storage.setItem(QUIZ_STORAGE_KEY, old);
    const loaded = loadProgress(storage, questionnaire);
    expect(loaded).not.toBeNull();
    expect(loaded?.answers).toEqual({ "about.market": "india" });
    expect(loaded?.submissionKey).toBe(KEY);
    expect(loaded).not.toHaveProperty("invite");
    expect(loaded).not.toHaveProperty("shareDraft");
  });

  it("drops a broken invite but keeps the answers; a draft's text is kept and its tick only when true", () => {
    const raw = (extra: Record<string, unknown>) =>
      JSON.stringify({ answers: { "about.market": "india" }, step: 0, ...extra });
    for (const broken of [
      { token: "short", cohortName: "A", counsellorName: "B" },
      { token: TOKEN, cohortName: "", counsellorName: "B" },
      { token: TOKEN, cohortName: "A" },
      "a string",
    ]) {
      const progress = parseProgress(raw({ invite: broken }), questionnaire);
      expect(progress?.invite).toBeUndefined();
      expect(progress?.answers).toEqual({ "about.market": "india" });
    }
    const closed = parseProgress(raw({ invite: { ...invite, invitesOpen: false } }), questionnaire);
    expect(closed?.invite?.invitesOpen).toBe(false);
    const draft = parseProgress(raw({ shareDraft: { displayName: 7, email: "x@", consent: "yes" } }), questionnaire);
    expect(draft?.shareDraft).toEqual({ displayName: "", email: "x@", consent: false });
  });
});

describe("consent panel schema", () => {
  it("accepts not sharing with nothing filled in, or anything typed", () => {
    expect(consentFormSchema.safeParse({ displayName: "", email: "", consent: false }).success).toBe(true);
    expect(consentFormSchema.safeParse({ displayName: "", email: "not an email", consent: false }).success).toBe(true);
  });

  it("needs a name and a well-formed email (if any) once the box is ticked", () => {
    const missing = consentFormSchema.safeParse({ displayName: "   ", email: "", consent: true });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues).toEqual([
      expect.objectContaining({ path: ["displayName"], message: "Enter the name your counsellor knows you by." }),
    ]);
    const badEmail = consentFormSchema.safeParse({ displayName: "Anjali", email: "anjali@", consent: true });
    expect(badEmail.error?.issues.map((issue) => issue.path)).toEqual([["email"]]);
    expect(consentFormSchema.safeParse({ displayName: "Anjali", email: "", consent: true }).success).toBe(true);
  });
});

describe("what the quiz sends", () => {
  it("shares only with an open invite and a ticked box, trimmed, without an empty email", () => {
    const draft = { displayName: "  Anjali K. ", email: " ", consent: true };
    expect(toInviteShare(invite, draft)).toEqual({ inviteToken: TOKEN, displayName: "Anjali K.", consent: true });
    expect(toInviteShare(invite, { ...draft, email: "anjali@example.com" })).toEqual({
      inviteToken: TOKEN,
      displayName: "Anjali K.",
      email: "anjali@example.com",
      consent: true,
    });
    expect(toInviteShare(invite, { ...draft, consent: false })).toBeUndefined();
    expect(toInviteShare({ ...invite, invitesOpen: false }, draft)).toBeUndefined();
    expect(toInviteShare(null, draft)).toBeUndefined();
    expect(toInviteShare(invite, { ...draft, displayName: "" })).toBeUndefined();
  });

  it("posts `share` only when given, and reads what happened to it", async () => {
    const fetchImpl = vi
      .fn()
      .mockResolvedValueOnce(json(201, saved))
      .mockResolvedValueOnce(json(201, { ...saved, share: { status: "closed", cohortName: "X", counsellorName: "Y" } }));

    const plain = await submitAssessment({ answers, submissionKey: KEY, locale: "en-IN" }, { fetchImpl });
    expect(JSON.parse((fetchImpl.mock.calls[0]![1] as RequestInit).body as string)).not.toHaveProperty("share");
    expect(plain).toMatchObject({ kind: "saved", share: null, reportUrl: "/report/report_id_0123456789abcd" });

    const share = { inviteToken: TOKEN, displayName: "Anjali K.", consent: true as const };
    const shared = await submitAssessment({ answers, submissionKey: KEY, locale: "en-IN", share }, { fetchImpl });
    expect(JSON.parse((fetchImpl.mock.calls[1]![1] as RequestInit).body as string)).toEqual({
      answers,
      submissionKey: KEY,
      locale: "en-IN",
      share,
    });
    expect(shared).toMatchObject({ kind: "saved", share: "closed" });
  });

  it("puts the outcome on the report's address", () => {
    expect(reportUrlWithShare("/report/abc", "shared")).toBe("/report/abc?share=shared");
    expect(reportUrlWithShare("/report/abc?x=1#top", "not-found")).toBe("/report/abc?x=1&share=not-found#top");
    expect(reportUrlWithShare("/report/abc", null)).toBe("/report/abc");
    expect(readShareStatus({ status: "closed" })).toBe("closed");
    expect(readShareStatus("shared")).toBe("shared");
    expect(readShareStatus({ status: "maybe" })).toBeNull();
    expect(readShareStatus(["shared"])).toBeNull();
  });
});

describe("cohort codes and the sharing API", () => {
  it("reads a code however it was typed", () => {
    expect(formatCohortCode("K7QM-4TPX")).toBe("K7QM-4TPX");
    expect(formatCohortCode("k7qm4tpx")).toBe("K7QM-4TPX");
    expect(formatCohortCode(" k7qm 4tpx ")).toBe("K7QM-4TPX");
    expect(formatCohortCode("K7QM-4TP")).toBeNull();
    expect(formatCohortCode("K7QM-4TPX!")).toBeNull();
  });

  it("looks up an invite by code", async () => {
    const fetchImpl = vi
      .fn()
      .mockResolvedValueOnce(json(200, { cohortName: "Pune", counsellorName: "Priya", invitesOpen: false, inviteToken: TOKEN }))
      .mockResolvedValueOnce(json(404, { error: "No cohort has this code.", issues: [] }))
      .mockRejectedValueOnce(new TypeError("offline"));
    expect(await lookUpInvite("K7QM-4TPX", { fetchImpl })).toEqual({
      kind: "found",
      invite: { token: TOKEN, cohortName: "Pune", counsellorName: "Priya", invitesOpen: false },
    });
    expect(fetchImpl.mock.calls[0]![0]).toBe("/api/v1/invites?code=K7QM-4TPX");
    expect(await lookUpInvite("K7QM-4TPX", { fetchImpl })).toEqual({ kind: "not-found", message: "No cohort has this code." });
    expect(await lookUpInvite("K7QM-4TPX", { fetchImpl })).toEqual({ kind: "failed" });
  });

  it("tells an unknown code from a deleted result, and reads closed cohorts and field problems", async () => {
    const input = { code: "K7QM-4TPX", displayName: "Anjali", consent: true as const };
    const reply = (status: number, body: unknown) => shareResultByCode("result_id_0123456789abcd", "ownerKey_0123456789abcdef", input, { fetchImpl: vi.fn().mockResolvedValue(json(status, body)) });

    expect(await reply(404, { error: "No cohort has this code.", issues: [{ path: "code", message: "No cohort has this code." }] })).toEqual({
      kind: "not-found",
      message: "No cohort has this code.",
    });
    expect(await reply(404, { error: "No result exists at this address.", issues: [] })).toEqual({ kind: "missing" });
    expect(await reply(409, { error: "Priya has stopped taking new results for “Pune”.", issues: [] })).toEqual({
      kind: "closed",
      message: "Priya has stopped taking new results for “Pune”.",
    });
    expect(await reply(422, { error: "The request is not valid.", issues: [{ path: "email", message: "Bad email" }] })).toEqual({
      kind: "invalid",
      issues: [{ path: "email", message: "Bad email" }],
      message: "The request is not valid.",
    });
    expect(await reply(403, { error: "Only the person who took this assessment can do this.", issues: [] })).toEqual({ kind: "not-owner" });
    expect(await reply(500, { error: "boom" })).toEqual({ kind: "failed" });

    const shared = await shareResultByCode("result_id_0123456789abcd", "ownerKey_0123456789abcdef", { ...input, email: " a@b.in " }, {
      fetchImpl: vi.fn().mockResolvedValue(json(201, { share: { status: "shared", shareId: "share_1", cohortName: "Pune", counsellorName: "Priya" } })),
      now: () => new Date("2026-11-22T10:00:00.000Z"),
    });
    expect(shared).toEqual({
      kind: "shared",
      share: { id: "share_1", cohortName: "Pune", counsellorName: "Priya", displayName: "Anjali", email: "a@b.in", consentedAt: "2026-11-22T10:00:00.000Z" },
    });
  });

  it("treats an already withdrawn share as withdrawn", async () => {
    const withStatus = (status: number) => withdrawShareRequest("r", "s", "ownerKey_0123456789abcdef", { fetchImpl: vi.fn().mockResolvedValue(new Response(null, { status })) });
    expect(await withStatus(204)).toBe("withdrawn");
    expect(await withStatus(404)).toBe("withdrawn");
    expect(await withStatus(503)).toBe("failed");
    expect(await withdrawShareRequest("r", "s", "ownerKey_0123456789abcdef", { fetchImpl: vi.fn().mockRejectedValue(new TypeError("offline")) })).toBe("failed");
  });
});
