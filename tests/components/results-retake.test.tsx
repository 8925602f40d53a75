import { render, screen, waitFor } from "@/tests/support/render";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Quiz } from "@/components/quiz/quiz";
import { medicalCoderProfile } from "@/lib/profiles";
import { openReport } from "@/lib/quiz/navigate";
import { stepCount } from "@/lib/quiz/progress";
import { quizSteps } from "@/lib/quiz/steps";
import { QUIZ_STORAGE_KEY, RESULTS_STORAGE_KEY, type QuizProgress, type SavedResult } from "@/lib/quiz/storage";
import { buildAnswers } from "@/tests/fixtures/answers";

vi.mock("@/lib/quiz/navigate", () => ({ openReport: vi.fn() }));

const questionnaire = medicalCoderProfile.questionnaire;
const PREVIOUS = "previous_0123456789abcde";
const PREVIOUS_OWNER_KEY = "ownerKey_previous_0123456";
const earlier: SavedResult = {
  id: PREVIOUS,
  createdAt: "2026-03-01T10:00:00.000Z",
  overall: 55,
  band: "moderate",
  bandLabel: "Moderate fit",
  ownerKey: PREVIOUS_OWNER_KEY,
};
const answers = buildAnswers({ market: "india", degree: "bsc-life-sciences", skills: { "medical-terminology": 2 }, pro: 4, con: 2, knowledgeCorrect: 3 });

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

const stored = {
  id: PREVIOUS,
  createdAt: earlier.createdAt,
  previousId: null,
  answers,
  result: { overall: 55, band: { id: "moderate", label: "Moderate fit" }, components: {}, skills: [] },
};
const created = {
  id: "retake_id_0123456789abcd",
  reportUrl: "/report/retake_id_0123456789abcd",
  result: { overall: 60, band: { id: "good", label: "Good fit", meaning: "…" } },
};

beforeEach(() => {
  localStorage.clear();
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  vi.mocked(openReport).mockReset();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function setup() {
  const user = userEvent.setup();
  render(<Quiz questionnaire={questionnaire} />);
  return user;
}

describe("quiz: retaking with the last answers", () => {
  it("offers nothing when this device has no earlier result", () => {
    setup();
    expect(screen.queryByRole("button", { name: "Start with my last answers" })).not.toBeInTheDocument();
    expect(screen.getByText(`Step 1 of ${stepCount(questionnaire)}`)).toBeInTheDocument();
  });

  it("offers nothing for a result this device may only read (no owner key)", () => {
    const { ownerKey: _dropped, ...readOnly } = earlier;
    localStorage.setItem(RESULTS_STORAGE_KEY, JSON.stringify([readOnly]));
    setup();
    expect(screen.queryByRole("button", { name: "Start with my last answers" })).not.toBeInTheDocument();
  });

  it("offers nothing while a quiz is in progress: continuing comes first", () => {
    localStorage.setItem(RESULTS_STORAGE_KEY, JSON.stringify([earlier]));
    localStorage.setItem(QUIZ_STORAGE_KEY, JSON.stringify({ answers: { "about.market": "india" }, step: 0 }));
    setup();
    expect(screen.getByRole("button", { name: "Continue where you left off" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Start with my last answers" })).not.toBeInTheDocument();
  });

  it("pre-fills every step from the newest result, walks the steps and sends previousId", async () => {
    localStorage.setItem(RESULTS_STORAGE_KEY, JSON.stringify([earlier]));
    const fetchMock = vi.fn().mockResolvedValueOnce(json(200, stored)).mockResolvedValueOnce(json(201, created));
    vi.stubGlobal("fetch", fetchMock);
    const user = setup();

    expect(screen.getByRole("button", { name: "Start fresh" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Start with my last answers" }));
    expect(await screen.findByText(/Your last answers are filled in/)).toBeInTheDocument();
    expect(fetchMock.mock.calls[0]![0]).toBe(`/api/v1/assessments/${PREVIOUS}`);
    expect(screen.queryByRole("button", { name: "Start with my last answers" })).not.toBeInTheDocument();

    // Every step shows the earlier answers; the person still goes through each one.
    const total = stepCount(questionnaire);
    for (const [i, step] of quizSteps(questionnaire).entries()) {
      expect(screen.getByText(`Step ${i + 1} of ${total}`)).toBeInTheDocument();
      for (const item of step.items) {
        const group = screen.getByRole("group", { name: item.prompt });
        expect(group.querySelector("input:checked")).not.toBeNull();
      }
      await user.click(screen.getByRole("button", { name: "Next" }));
    }
    expect(screen.getByText(`Step ${total} of ${total}`)).toBeInTheDocument();
    const progress = JSON.parse(localStorage.getItem(QUIZ_STORAGE_KEY)!) as QuizProgress;
    expect(progress.previousId).toBe(PREVIOUS);
    expect(progress.answers).toEqual(answers);

    await user.click(screen.getByRole("button", { name: "See my report" }));
    await waitFor(() => expect(openReport).toHaveBeenCalledWith(created.reportUrl));
    const [, init] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    const body = JSON.parse(init.body as string) as Record<string, unknown>;
    expect(body.previousId).toBe(PREVIOUS);
    // The earlier result's owner key goes with it: without it the server does not link the two.
    expect(body.previousOwnerKey).toBe(PREVIOUS_OWNER_KEY);
    expect(body.answers).toEqual(answers);

    const results = JSON.parse(localStorage.getItem(RESULTS_STORAGE_KEY)!) as SavedResult[];
    expect(results.map((entry) => [entry.id, entry.previousId])).toEqual([
      [created.id, PREVIOUS],
      [PREVIOUS, undefined],
    ]);
  });

  it("explains a deleted earlier result, and Start fresh leaves an empty quiz", async () => {
    localStorage.setItem(RESULTS_STORAGE_KEY, JSON.stringify([earlier]));
    vi.stubGlobal("fetch", vi.fn().mockResolvedValue(json(404, { error: "Not found", issues: [] })));
    const user = setup();

    await user.click(screen.getByRole("button", { name: "Start with my last answers" }));
    expect(await screen.findByText(/That result has been deleted/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Start fresh" }));
    expect(screen.queryByRole("button", { name: "Start with my last answers" })).not.toBeInTheDocument();
    const first = questionnaire.sections[0]!.items[0]!;
    expect(screen.getByRole("group", { name: first.prompt }).querySelector("input:checked")).toBeNull();
  });

  it("says so when the answers cannot be loaded", async () => {
    localStorage.setItem(RESULTS_STORAGE_KEY, JSON.stringify([earlier]));
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    const user = setup();
    await user.click(screen.getByRole("button", { name: "Start with my last answers" }));
    expect(await screen.findByText(/couldn't load your last answers/)).toBeInTheDocument();
    expect(screen.queryByText(/Failed to fetch/)).not.toBeInTheDocument();
  });
});
