import { act, render, screen, waitFor, within } from "@/tests/support/render";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Quiz } from "@/components/quiz/quiz";
import { TryWork } from "@/components/try-work/try-work";
import { pageWords } from "@/lib/i18n/page-words";
import { medicalCoderProfile } from "@/lib/profiles";
import { openReport } from "@/lib/quiz/navigate";
import { reviewStep } from "@/lib/quiz/progress";
import { QUIZ_STORAGE_KEY, RESULTS_STORAGE_KEY } from "@/lib/quiz/storage";
import { tryWorkExercise as exercise, TRY_WORK_VERSION } from "@/lib/try-work/exercise";
import { correctOption, exerciseQuestions } from "@/lib/try-work/score";
import { TRY_WORK_STORAGE_KEY } from "@/lib/try-work/storage";
import { exerciseIn } from "@/lib/try-work/words";
import { buildAnswers } from "@/tests/fixtures/answers";

vi.mock("@/lib/quiz/navigate", () => ({ openReport: vi.fn() }));

const REPORT = "report_id_0123456789abcd";
const OWNER = "owner_key_0123456789abcdef";
const questions = exerciseQuestions(exercise);

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

function ownResult() {
  localStorage.setItem(
    RESULTS_STORAGE_KEY,
    JSON.stringify([{ id: REPORT, createdAt: "2026-12-01T10:00:00.000Z", overall: 70, band: "good", bandLabel: "Good fit", ownerKey: OWNER }]),
  );
}

/** Answers note by note: the right option for the first two, the first wrong one for the last. */
async function answerAll(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Start with note 1" }));
  for (const [index, question] of questions.entries()) {
    const group = screen.getByRole("group", { name: question.prompt });
    const pick = index < 2 ? correctOption(question) : question.options.find((option) => !option.correct)!;
    const code = pick.code ?? "No separate code";
    await user.click(within(group).getByRole("radio", { name: new RegExp(code.replace(".", "\\.")) }));
    await user.click(screen.getByRole("button", { name: "Check my answer" }));
    const verdict = screen.getByRole("heading", { level: 3, name: index < 2 ? "Right" : "Not quite" });
    expect(verdict).toHaveFocus();
    // Every option is explained, the right one marked as fitting.
    for (const option of question.options) expect(screen.getByText(option.explanation)).toBeInTheDocument();
    expect(screen.getAllByText(/^Fits/)).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: index < questions.length - 1 ? "Next note" : "See how you did" }));
  }
}

beforeEach(() => {
  localStorage.clear();
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  vi.mocked(openReport).mockReset();
});
afterEach(() => vi.unstubAllGlobals());

describe("Try the work", () => {
  it("goes one note at a time, asks for a choice before checking, and focuses each note's heading", async () => {
    const user = userEvent.setup();
    render(<TryWork exercise={exercise} reportId={null} />);
    await user.click(screen.getByRole("button", { name: "Start with note 1" }));
    expect(screen.getByRole("heading", { level: 2, name: exercise.notes[0]!.setting })).toHaveFocus();
    expect(screen.getByRole("progressbar", { name: "Exercise progress" })).toHaveAttribute("aria-valuetext", "Note 1 of 3");

    await user.click(screen.getByRole("button", { name: "Check my answer" }));
    const group = screen.getByRole("group", { name: questions[0]!.prompt });
    expect(group).toHaveAttribute("aria-invalid", "true");
    expect(group).toHaveAccessibleDescription(/Pick one option first/);
    expect(within(group).getAllByRole("radio")[0]).toHaveFocus();
  });

  it("ends with the count and the feeling, and keeps it on this device without a report", async () => {
    const user = userEvent.setup();
    render(<TryWork exercise={exercise} reportId={null} />);
    await answerAll(user);
    expect(screen.getByRole("heading", { level: 2, name: "You tried the work" })).toHaveFocus();
    expect(screen.getByText("You got 2 of 3")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByRole("group", { name: "How did that feel?" })).toHaveAccessibleDescription(/Pick how it felt first/);
    await user.click(screen.getByRole("radio", { name: "I disliked it" }));
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText(/Saved on this device/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Take the assessment/ })).toHaveAttribute("href", "/assessment");
    const kept = JSON.parse(localStorage.getItem(TRY_WORK_STORAGE_KEY)!);
    expect(kept).toMatchObject({ version: TRY_WORK_VERSION, feeling: "disliked", correct: 2, total: 3 });
    expect(Object.keys(kept.answers)).toEqual(questions.map((question) => question.id));
  });

  it("saves to the report this device owns, sending the choices and the feeling but no count", async () => {
    ownResult();
    const fetchMock = vi.fn().mockResolvedValue(json(200, { tryWork: { correct: 2, total: 3, feeling: "enjoyed" } }));
    vi.stubGlobal("fetch", fetchMock);
    const user = userEvent.setup();
    render(<TryWork exercise={exercise} reportId={REPORT} />);
    await answerAll(user);
    await user.click(screen.getByRole("radio", { name: "I enjoyed it" }));
    await user.click(screen.getByRole("button", { name: "Save to my report" }));

    expect(await screen.findByText("Saved to your report.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Back to your report/ })).toHaveAttribute("href", `/report/${REPORT}`);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(`/api/v1/assessments/${REPORT}/try-work`);
    expect(init.method).toBe("PUT");
    expect((init.headers as Record<string, string>)["X-Owner-Key"]).toBe(OWNER);
    const body = JSON.parse(init.body as string);
    expect(body).toEqual({ version: TRY_WORK_VERSION, answers: expect.any(Object), feeling: "enjoyed" });
    expect(localStorage.getItem(TRY_WORK_STORAGE_KEY)).toBeNull();
  });

  it("keeps it on the device and offers to try again when the report cannot be reached", async () => {
    ownResult();
    const fetchMock = vi.fn().mockRejectedValueOnce(new TypeError("Failed to fetch")).mockResolvedValueOnce(json(200, {}));
    vi.stubGlobal("fetch", fetchMock);
    const user = userEvent.setup();
    render(<TryWork exercise={exercise} reportId={REPORT} />);
    await answerAll(user);
    await user.click(screen.getByRole("radio", { name: "Neutral" }));
    await user.click(screen.getByRole("button", { name: "Save to my report" }));
    expect(await screen.findByText(/couldn't save this to your report/)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(TRY_WORK_STORAGE_KEY)!)).toMatchObject({ feeling: "neutral" });
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Saved to your report.")).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});

describe("Try the work in Hindi", () => {
  it("shows the words around the notes and the notes themselves in Hindi", async () => {
    const hindi = exerciseIn(exercise, pageWords("hi", "tryWork"));
    const user = userEvent.setup();
    render(<TryWork exercise={hindi} reportId={null} />, { locale: "hi" });
    expect(screen.getByRole("heading", { level: 2, name: "कोडर क्या करता है" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "नोट 1 से शुरू करें" }));
    expect(screen.getByRole("heading", { level: 2, name: hindi.notes[0]!.setting })).toHaveFocus();
    expect(screen.getByRole("progressbar", { name: "अभ्यास में आप कहाँ तक पहुँचे" })).toHaveAttribute("aria-valuetext", "3 में से नोट 1");
    const group = screen.getByRole("group", { name: hindi.notes[0]!.question.prompt });
    await user.click(within(group).getByRole("radio", { name: /S61\.211A/ }));
    await user.click(screen.getByRole("button", { name: "मेरा जवाब जाँचें" }));
    expect(screen.getByRole("heading", { level: 3, name: "सही" })).toHaveFocus();
    for (const option of hindi.notes[0]!.question.options) expect(screen.getByText(option.explanation)).toBeInTheDocument();
  });
});

describe("the quiz carries a kept outcome", () => {
  const questionnaire = medicalCoderProfile.questionnaire;
  const answers = buildAnswers({ degree: "bpharm", pro: 4, con: 2, knowledgeCorrect: 3 });
  const kept = {
    version: TRY_WORK_VERSION,
    answers: Object.fromEntries(questions.map((question) => [question.id, correctOption(question).id])),
    feeling: "disliked",
    correct: 3,
    total: 3,
    triedAt: "2026-12-06T10:00:00.000Z",
  };

  it("sends it with the answers (no count) and forgets it once the result is saved", async () => {
    const stamp = "2026-12-06T10:00:00.000Z";
    localStorage.setItem(
      QUIZ_STORAGE_KEY,
      JSON.stringify({ questionnaireVersion: questionnaire.version, submissionKey: "savedKey_0123456789abcd", answers, step: reviewStep(questionnaire), startedAt: stamp, updatedAt: stamp }),
    );
    localStorage.setItem(TRY_WORK_STORAGE_KEY, JSON.stringify(kept));
    let release: (response: Response) => void = () => {};
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (release = resolve)));
    vi.stubGlobal("fetch", fetchMock);
    const user = userEvent.setup();
    render(<Quiz questionnaire={questionnaire} />);
    await user.click(screen.getByRole("button", { name: "Continue where you left off" }));
    await user.click(screen.getByRole("button", { name: "See my report" }));

    const sent = JSON.parse((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body as string);
    expect(sent.tryWork).toEqual({ version: TRY_WORK_VERSION, answers: kept.answers, feeling: "disliked" });
    await act(async () =>
      release(json(201, { id: REPORT, reportUrl: `/report/${REPORT}`, ownerKey: sent.ownerKey, result: { overall: 70, band: { id: "good", label: "Good fit" } } })),
    );
    await waitFor(() => expect(openReport).toHaveBeenCalled());
    expect(localStorage.getItem(TRY_WORK_STORAGE_KEY)).toBeNull();
  });
});
