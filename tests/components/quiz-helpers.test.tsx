import { beforeEach, describe, expect, it, vi } from "vitest";
import { medicalCoderProfile } from "@/lib/profiles";
import { answerLabel } from "@/lib/quiz/labels";
import { firstIncompleteStep, quizMinutes, secondsLeft, stepCount, stepSeconds, timeLeftLabel } from "@/lib/quiz/progress";
import { quizSteps } from "@/lib/quiz/steps";
import {
  addSavedResult,
  createSubmissionKey,
  loadProgress,
  MAX_SAVED_RESULTS,
  QUIZ_STORAGE_KEY,
  readSavedResults,
  stampProgress,
  type SavedResult,
} from "@/lib/quiz/storage";
import { describeWait, parseRetryAfter, pickLocale, safeReportUrl, submitAssessment } from "@/lib/quiz/submit";

const questionnaire = medicalCoderProfile.questionnaire;

beforeEach(() => localStorage.clear());

describe("quiz helpers: time left", () => {
  const steps = quizSteps(questionnaire);
  const review = steps.length;

  it("adds up the seconds of the current and later steps", () => {
    const all = steps.reduce((sum, step) => sum + stepSeconds(step, questionnaire.agreementScale), 0);
    const itemSeconds = questionnaire.sections.flatMap((section) => section.items).reduce((sum, item) => sum + item.seconds, 0);
    expect(stepCount(questionnaire)).toBe(8);
    expect(secondsLeft(questionnaire, 0)).toBe(all);
    // Reading each step's title, intro and notes comes on top of the questions' own estimates.
    expect(all).toBeGreaterThan(itemSeconds);
    expect(secondsLeft(questionnaire, review - 1)).toBe(stepSeconds(steps[review - 1]!, questionnaire.agreementScale));
    expect(secondsLeft(questionnaire, review)).toBe(0);
  });

  it("promises the slow reader's total and counts down by step", () => {
    expect(timeLeftLabel(questionnaire, 0)).toBe(`About ${quizMinutes(questionnaire)} minutes left`);
    expect(quizMinutes(questionnaire)).toBeGreaterThanOrEqual(11);
    expect(quizMinutes(questionnaire)).toBeLessThanOrEqual(15);
    const minutes = steps.map((_, step) => Number(/About (\d+)/.exec(timeLeftLabel(questionnaire, step))![1]));
    expect(minutes).toEqual([...minutes].sort((a, b) => b - a));
    expect(timeLeftLabel(questionnaire, review)).toBe("Less than a minute left");
  });
});

describe("quiz helpers: submission details", () => {
  it("makes unguessable base64url submission keys the API accepts", () => {
    const keys = new Set(Array.from({ length: 50 }, () => createSubmissionKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it("sends the browser's language only in a form the API accepts", () => {
    expect(pickLocale("en-IN")).toBe("en-IN");
    expect(pickLocale("hi")).toBe("hi");
    expect(pickLocale("zh-Hant-TW")).toBe("en-IN");
    expect(pickLocale("en-us")).toBe("en-IN");
    expect(pickLocale(undefined)).toBe("en-IN");
  });

  it("reads Retry-After as seconds or as a date", () => {
    const now = Date.parse("2026-03-01T10:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120);
    expect(parseRetryAfter("Sun, 01 Mar 2026 10:00:45 GMT", now)).toBe(45);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(describeWait(30)).toBe("about 30 seconds");
    expect(describeWait(61)).toBe("about 2 minutes");
  });

  it("follows only same-site report links", () => {
    expect(safeReportUrl("/report/abc", "abc")).toBe("/report/abc");
    expect(safeReportUrl("https://evil.example/report", "abc")).toBe("/report/abc");
    expect(safeReportUrl("//evil.example", "abc")).toBe("/report/abc");
  });

  it("gives up after the timeout, without throwing", async () => {
    const fetchImpl = vi.fn(
      (_url: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener("abort", () => reject(new DOMException("Aborted", "AbortError")));
        }),
    );
    const outcome = await submitAssessment({ answers: {}, submissionKey: "k".repeat(22), locale: "en-IN" }, { fetchImpl, timeoutMs: 10 });
    expect(outcome).toEqual({ kind: "failed" });
  });

  it("tells a server that answered but could not save (5xx) apart from no answer at all", async () => {
    const submission = { answers: {}, submissionKey: "k".repeat(22), locale: "en-IN" };
    for (const status of [500, 502, 503]) {
      const fetchImpl = vi.fn(async () => Response.json({ error: "The database is not answering." }, { status }));
      expect(await submitAssessment(submission, { fetchImpl })).toEqual({ kind: "unavailable" });
    }
    const offline = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(await submitAssessment(submission, { fetchImpl: offline })).toEqual({ kind: "failed" });
  });

  it("treats a malformed success reply as a failure to retry", async () => {
    const fetchImpl = vi.fn(async () => new Response("<html>", { status: 201 }));
    const outcome = await submitAssessment({ answers: {}, submissionKey: "k".repeat(22), locale: "en-IN" }, { fetchImpl });
    expect(outcome).toEqual({ kind: "failed" });
  });
});

describe("quiz helpers: storage", () => {
  it("keeps only valid answers from saved progress and never skips an incomplete step", () => {
    localStorage.setItem(
      QUIZ_STORAGE_KEY,
      JSON.stringify({
        submissionKey: "short",
        answers: { "about.market": "india", "about.stage": "astronaut", "skills.icd-coding": 9, "retired.item": 1 },
        step: 4,
        startedAt: "not a date",
      }),
    );
    const progress = loadProgress(localStorage, questionnaire)!;
    expect(progress.answers).toEqual({ "about.market": "india" });
    expect(progress.step).toBe(0);
    // A broken key or date is left empty; stampProgress fills it in when the progress is next saved.
    expect(progress.submissionKey).toBe("");
    expect(progress.startedAt).toBe("");
    expect(progress.questionnaireVersion).toBe(questionnaire.version);
    const stamped = stampProgress(progress, new Date("2026-03-01T10:00:00Z"));
    expect(stamped.submissionKey).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(stamped.startedAt).toBe("2026-03-01T10:00:00.000Z");
    expect(stampProgress(stamped).submissionKey).toBe(stamped.submissionKey);
    expect(firstIncompleteStep(questionnaire, progress.answers)).toBe(0);
  });

  it("ignores unreadable saved progress", () => {
    localStorage.setItem(QUIZ_STORAGE_KEY, "{not json");
    expect(loadProgress(localStorage, questionnaire)).toBeNull();
  });

  it("keeps at most 50 results, newest first, once per id", () => {
    const result = (id: string): SavedResult => ({ id, createdAt: new Date().toISOString(), overall: 50, band: "fair", bandLabel: "Fair" });
    for (let i = 0; i < 60; i++) addSavedResult(localStorage, result(`r${i}`));
    addSavedResult(localStorage, result("r55"));
    const list = readSavedResults(localStorage);
    expect(list).toHaveLength(MAX_SAVED_RESULTS);
    expect(list[0]!.id).toBe("r55");
    expect(list.filter((entry) => entry.id === "r55")).toHaveLength(1);
    expect(list[1]!.id).toBe("r59");
  });

  it("reads answers back in words", () => {
    const [market] = questionnaire.sections[0]!.items;
    const skill = questionnaire.sections[2]!.items[0]!;
    const agreement = questionnaire.sections[3]!.items[0]!;
    expect(answerLabel(market!, "india", questionnaire.agreementScale)).toBe("India");
    expect(answerLabel(skill, 0, questionnaire.agreementScale)).toMatch(/^Level 0 — /);
    expect(answerLabel(agreement, 5, questionnaire.agreementScale)).toBe("Strongly agree");
    expect(answerLabel(agreement, undefined, questionnaire.agreementScale)).toBeNull();
  });
});
