import { act, render, screen, waitFor } from "@/tests/support/render";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Quiz } from "@/components/quiz/quiz";
import offlineMessages from "@/lib/i18n/messages/en/offline.json" with { type: "json" };
import { medicalCoderProfile } from "@/lib/profiles";
import { openReport } from "@/lib/quiz/navigate";
import { reviewStep } from "@/lib/quiz/progress";
import { QUIZ_STORAGE_KEY, RESULTS_STORAGE_KEY } from "@/lib/quiz/storage";
import { buildAnswers } from "@/tests/fixtures/answers";

const OFFLINE_SUBMIT_WORDS = offlineMessages.submit;

vi.mock("@/lib/quiz/navigate", () => ({ openReport: vi.fn() }));

const questionnaire = medicalCoderProfile.questionnaire;
const KEY = "offlineKey_0123456789ab";
const answers = buildAnswers({ market: "india", degree: "bsc-life-sciences", pro: 4, con: 2, knowledgeCorrect: 3 });
const created = {
  id: "report_id_0123456789abcd",
  reportUrl: "/report/report_id_0123456789abcd",
  result: { overall: 71.5, band: { id: "good", label: "Good fit", meaning: "…" } },
};

let online = true;

/** The browser's connection: navigator.onLine, and the "online" event when it comes back. */
function setOnline(value: boolean) {
  online = value;
  if (value) window.dispatchEvent(new Event("online"));
}

const sentKeys = (fetchMock: ReturnType<typeof vi.fn>) =>
  fetchMock.mock.calls.map((call) => (JSON.parse((call[1] as RequestInit).body as string) as { submissionKey: string }).submissionKey);

async function openReview() {
  const stamp = "2026-03-01T10:00:00.000Z";
  localStorage.setItem(
    QUIZ_STORAGE_KEY,
    JSON.stringify({ questionnaireVersion: questionnaire.version, submissionKey: KEY, answers, step: reviewStep(questionnaire), startedAt: stamp, updatedAt: stamp }),
  );
  const user = userEvent.setup();
  render(<Quiz questionnaire={questionnaire} />);
  await user.click(screen.getByRole("button", { name: "Continue where you left off" }));
  return user;
}

beforeEach(() => {
  localStorage.clear();
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  vi.mocked(openReport).mockReset();
  online = true;
  Object.defineProperty(window.navigator, "onLine", { configurable: true, get: () => online });
});

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(window.navigator, "onLine");
});

describe("quiz: submitting offline", () => {
  it("says so plainly, waits, and sends once by itself when the connection is back", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(created), { status: 201, headers: { "Content-Type": "application/json" } }));
    vi.stubGlobal("fetch", fetchMock);
    const user = await openReview();

    setOnline(false);
    await user.click(screen.getByRole("button", { name: "See my report" }));
    const note = await screen.findByText(OFFLINE_SUBMIT_WORDS.title);
    expect(note.closest("[role=status]")).not.toBeNull();
    expect(screen.getByText(OFFLINE_SUBMIT_WORDS.body)).toBeInTheDocument();
    const button = screen.getByRole("button", { name: OFFLINE_SUBMIT_WORDS.button });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("button", { name: /back/i })).toBeDisabled();

    // Taps while waiting do nothing; nothing is tried while offline.
    await user.click(button);
    await user.dblClick(button);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(JSON.parse(localStorage.getItem(QUIZ_STORAGE_KEY)!)).toMatchObject({ submissionKey: KEY, answers });

    await act(async () => setOnline(true));
    await waitFor(() => expect(openReport).toHaveBeenCalledWith(created.reportUrl));
    // A second "online" event later changes nothing.
    await act(async () => setOnline(true));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(sentKeys(fetchMock)).toEqual([KEY]);
    expect((JSON.parse(localStorage.getItem(RESULTS_STORAGE_KEY)!) as { id: string }[]).map((result) => result.id)).toEqual([created.id]);
    expect(localStorage.getItem(QUIZ_STORAGE_KEY)).toBeNull();
  });

  it("waits when the connection drops during the send, then resends the same submission once", async () => {
    const fetchMock = vi
      .fn()
      .mockImplementationOnce(async () => {
        online = false;
        throw new TypeError("Failed to fetch");
      })
      .mockResolvedValueOnce(new Response(JSON.stringify(created), { status: 200, headers: { "Content-Type": "application/json" } }));
    vi.stubGlobal("fetch", fetchMock);
    const user = await openReview();

    await user.click(screen.getByRole("button", { name: "See my report" }));
    expect(await screen.findByText(OFFLINE_SUBMIT_WORDS.title)).toBeInTheDocument();
    expect(screen.queryByRole("alert", { name: /couldn't save/i })).not.toBeInTheDocument();

    await act(async () => setOnline(true));
    await waitFor(() => expect(openReport).toHaveBeenCalledWith(created.reportUrl));
    expect(sentKeys(fetchMock)).toEqual([KEY, KEY]);
  });

  it("says the connection is the problem, with Try again, when sends keep failing once back online", async () => {
    const fetchMock = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    vi.stubGlobal("fetch", fetchMock);
    const user = await openReview();

    setOnline(false);
    await user.click(screen.getByRole("button", { name: "See my report" }));
    await screen.findByText(OFFLINE_SUBMIT_WORDS.title);
    // Back "online", but nothing gets through: a few tries, then the usual message and button.
    for (let i = 0; i < 3; i++) await act(async () => setOnline(true));
    expect(await screen.findByText(/We couldn't save your answers just now/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).not.toHaveAttribute("aria-disabled");
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(openReport).not.toHaveBeenCalled();
  });
});
