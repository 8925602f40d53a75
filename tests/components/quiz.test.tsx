import { act, cleanup, render, screen, waitFor, within } from "@/tests/support/render";
import { NextIntlClientProvider } from "next-intl";
import { renderToString } from "react-dom/server";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Quiz } from "@/components/quiz/quiz";
import { uiCatalogs } from "@/lib/i18n/generated/ui";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile } from "@/lib/profiles";
import { openReport } from "@/lib/quiz/navigate";
import { quizMinutes, stepCount } from "@/lib/quiz/progress";
import { QUIZ_STORAGE_KEY, RESULTS_STORAGE_KEY, type QuizProgress } from "@/lib/quiz/storage";
import { buildAnswers } from "@/tests/fixtures/answers";

vi.mock("@/lib/quiz/navigate", () => ({ openReport: vi.fn() }));

const questionnaire = medicalCoderProfile.questionnaire;
const KEY = "savedKey_0123456789abcd";
const REQUIRED = "Please answer this question.";
/** Question steps (Temperament comes in three parts) plus the review step. */
const STEPS = stepCount(questionnaire);

const complete = buildAnswers({
  market: "india",
  degree: "bsc-life-sciences",
  skills: { "medical-terminology": 2 },
  pro: 4,
  con: 2,
  knowledgeCorrect: 3,
});

function seed(progress: Partial<QuizProgress>) {
  const stamp = "2026-03-01T10:00:00.000Z";
  localStorage.setItem(
    QUIZ_STORAGE_KEY,
    JSON.stringify({
      questionnaireVersion: questionnaire.version,
      submissionKey: KEY,
      answers: {},
      step: 0,
      startedAt: stamp,
      updatedAt: stamp,
      ...progress,
    }),
  );
}

function stored(): QuizProgress | null {
  const raw = localStorage.getItem(QUIZ_STORAGE_KEY);
  return raw === null ? null : (JSON.parse(raw) as QuizProgress);
}

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

const created = {
  id: "report_id_0123456789abcd",
  reportUrl: "/report/report_id_0123456789abcd",
  result: { overall: 71.5, band: { id: "good", label: "Good fit", meaning: "…" } },
};

function setup() {
  const user = userEvent.setup();
  render(<Quiz questionnaire={questionnaire} />);
  return user;
}

async function continueSaved(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Continue where you left off" }));
}

const stepHeading = (name: string) => screen.getByRole("heading", { level: 2, name });

beforeEach(() => {
  localStorage.clear();
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  vi.mocked(openReport).mockReset();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("quiz: starting and validation", () => {
  it("opens on step 1 of 8 with the time left, without taking focus", () => {
    setup();
    expect(stepHeading("About you")).not.toHaveFocus();
    expect(screen.queryByRole("button", { name: "Continue where you left off" })).not.toBeInTheDocument();
    expect(screen.getByText(`Step 1 of ${STEPS}`)).toBeInTheDocument();
    expect(screen.getByText(`About ${quizMinutes(questionnaire)} minutes left`)).toBeInTheDocument();
    const bar = screen.getByRole("progressbar", { name: "Assessment progress" });
    expect(bar).toHaveAttribute("aria-valuenow", "1");
    expect(bar).toHaveAttribute("aria-valuemax", String(STEPS));
    expect(screen.getByText(questionnaire.sections[0]!.intro)).toBeInTheDocument();
  });

  it("Next on an empty About-you step marks every question and focuses the first one", async () => {
    const user = setup();
    await user.click(screen.getByRole("button", { name: "Next" }));

    const about = questionnaire.sections[0]!;
    expect(await screen.findByRole("alert")).toHaveTextContent(`${about.items.length} questions need an answer`);

    for (const item of about.items) {
      const group = screen.getByRole("group", { name: item.prompt });
      expect(within(group).getByText(REQUIRED)).toBeInTheDocument();
      expect(group).toHaveAttribute("aria-invalid", "true");
      expect(group).toHaveAccessibleDescription(expect.stringContaining(REQUIRED));
    }

    const first = screen.getByRole("group", { name: about.items[0]!.prompt });
    expect(within(first).getAllByRole("radio")[0]).toHaveFocus();
    // Still on step 1.
    expect(screen.getByText(`Step 1 of ${STEPS}`)).toBeInTheDocument();

    // Answering a question clears its message and updates the summary count.
    await user.click(within(first).getByRole("radio", { name: /India/ }));
    expect(within(first).queryByText(REQUIRED)).not.toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(`${about.items.length - 1} questions need an answer`);
  });

  it("moves to the next step once every question is answered, focusing its heading", async () => {
    const user = setup();
    for (const group of screen.getAllByRole("group")) await user.click(within(group).getAllByRole("radio")[0]!);
    await user.click(screen.getByRole("button", { name: "Next" }));

    await waitFor(() => expect(stepHeading("Education")).toHaveFocus());
    expect(screen.getByText(`Step 2 of ${STEPS}`)).toBeInTheDocument();
    expect(window.scrollTo).toHaveBeenCalled();
    expect(stored()?.step).toBe(1);
    expect(stored()?.stepKey).toBe("education");

    await user.click(screen.getByRole("button", { name: "Back" }));
    await waitFor(() => expect(stepHeading("About you")).toHaveFocus());
    expect(screen.getByRole("radio", { name: /India/ })).toBeChecked();
  });
});

describe("quiz: first paint", () => {
  it("server-renders step 1 with its controls disabled and nothing that depends on this device", () => {
    seed({ answers: { "about.market": "usa" }, step: 0 });
    const html = renderToString(
      <NextIntlClientProvider locale="en" messages={uiCatalogs.en} timeZone="UTC">
        <Quiz questionnaire={questionnaire} />
      </NextIntlClientProvider>,
    );
    const page = document.createElement("div");
    page.innerHTML = html;
    expect(page.textContent).toContain(`Step 1 of ${STEPS}`);
    expect(page.textContent).not.toContain("Welcome back");
    expect(page.textContent).not.toContain("can't be saved");
    const radios = page.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios.length).toBeGreaterThan(0);
    for (const radio of radios) expect(radio.disabled && !radio.checked).toBe(true);
    const next = [...page.querySelectorAll("button")].find((button) => button.textContent === "Next");
    expect(next?.hasAttribute("disabled")).toBe(true);
  });
});

describe("quiz: radio groups", () => {
  it("an agreement scale is one native radio group: arrow keys move the selection", async () => {
    seed({ answers: { ...complete, "temperament.notice-small-mistakes": undefined } as never, step: 3 });
    const user = setup();
    await continueSaved(user);
    expect(stepHeading("Temperament (1 of 3)")).toHaveFocus();

    const prompt = questionnaire.sections[3]!.items[0]!.prompt;
    const group = screen.getByRole("group", { name: prompt });
    expect(group.tagName).toBe("FIELDSET");
    expect(group.querySelector("legend")).toHaveTextContent(prompt);

    const radios = within(group).getAllByRole("radio");
    expect(radios.map((radio) => (radio as HTMLInputElement).name)).toEqual(radios.map(() => "temperament.notice-small-mistakes"));
    expect(radios.map((radio) => radio.getAttribute("type"))).toEqual(radios.map(() => "radio"));
    expect(radios.map((radio) => radio.closest("label")?.textContent)).toEqual(
      questionnaire.agreementScale.map((point) => point.label),
    );

    await user.click(within(group).getByRole("radio", { name: "Neither" }));
    expect(stored()?.answers["temperament.notice-small-mistakes"]).toBe(3);

    await user.keyboard("{ArrowRight}");
    expect(within(group).getByRole("radio", { name: "Agree" })).toBeChecked();
    expect(within(group).getByRole("radio", { name: "Agree" })).toHaveFocus();
    expect(stored()?.answers["temperament.notice-small-mistakes"]).toBe(4);

    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(within(group).getByRole("radio", { name: "Disagree" })).toBeChecked();
    expect(stored()?.answers["temperament.notice-small-mistakes"]).toBe(2);
  });

  it("skill levels show each behavioural anchor as the option label, and the not-a-test note", async () => {
    seed({ answers: Object.fromEntries(Object.entries(complete).filter(([id]) => /^(about|education)\./.test(id))), step: 2 });
    const user = setup();
    await continueSaved(user);
    expect(stepHeading("Skills")).toHaveFocus();
    expect(screen.getByText(/This is not a test\./)).toBeInTheDocument();
    const group = screen.getByRole("group", { name: "Medical terminology" });
    expect(
      within(group).getByRole("radio", {
        name: "Level 2 — I can read a doctor's note and understand most terms without looking them up.",
      }),
    ).toBeInTheDocument();
    expect(within(group).getAllByRole("radio")).toHaveLength(5);
  });

  it("never resumes past a step with a missing answer", async () => {
    seed({ answers: { "about.market": "india" }, step: 2 });
    const user = setup();
    await continueSaved(user);
    expect(stepHeading("About you")).toHaveFocus();
    expect(screen.getByRole("radio", { name: /India/ })).toBeChecked();
  });

  it("can be answered with the keyboard alone (Tab to the group, Space to choose)", async () => {
    const user = setup();
    await user.tab();
    expect(screen.getByRole("radio", { name: /India/ })).toHaveFocus();
    await user.keyboard(" ");
    expect(screen.getByRole("radio", { name: /India/ })).toBeChecked();
    await user.tab();
    expect(screen.getByRole("radio", { name: "In school (11th or 12th)" })).toHaveFocus();
  });
});

describe("quiz: saving on this device", () => {
  it("writes each answer to localStorage as soon as it is given", async () => {
    const user = setup();
    expect(stored()).toBeNull();

    await user.click(screen.getByRole("radio", { name: /India/ }));
    const started = stored();
    expect(started?.answers).toEqual({ "about.market": "india" });
    expect(started?.submissionKey).toMatch(/^[A-Za-z0-9_-]{22,64}$/);
    expect(started?.questionnaireVersion).toBe(questionnaire.version);
    expect(started?.step).toBe(0);
    expect(Date.parse(started!.startedAt)).not.toBeNaN();
    await user.click(screen.getByRole("radio", { name: "Working" }));
    expect(stored()?.answers).toEqual({ "about.market": "india", "about.stage": "working" });
    expect(stored()?.submissionKey).toBe(started?.submissionKey);
    expect(Date.parse(stored()!.updatedAt)).not.toBeNaN();
  });

  it("offers to continue saved progress, restoring the step and the answers", async () => {
    const answers = { ...Object.fromEntries(Object.entries(complete).filter(([id]) => id.startsWith("about."))) };
    seed({ answers, step: 1 });
    const user = setup();

    expect(screen.getByRole("heading", { name: "Welcome back" })).toBeInTheDocument();
    expect(screen.getByText(/You have answered 5 of 39 questions/)).toBeInTheDocument();
    await continueSaved(user);

    expect(stepHeading("Education")).toHaveFocus();
    expect(screen.getByText(`Step 2 of ${STEPS}`)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole("radio", { name: /India/ })).toBeChecked();
    expect(stored()?.submissionKey).toBe(KEY);
  });

  it("Start over clears the saved answers and makes a new submission key", async () => {
    seed({ answers: { "about.market": "usa", "about.stage": "working" }, step: 0 });
    const user = setup();
    await user.click(screen.getByRole("button", { name: "Start over" }));

    expect(stepHeading("About you")).toHaveFocus();
    for (const radio of screen.getAllByRole("radio")) expect(radio).not.toBeChecked();
    expect(stored()?.answers).toEqual({});
    expect(stored()?.submissionKey).not.toBe(KEY);
    expect(stored()?.submissionKey).toMatch(/^[A-Za-z0-9_-]{22,64}$/);
  });

  it("still works, with a note, when the browser refuses storage", async () => {
    const spy = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("Blocked", "SecurityError");
    });
    try {
      const user = setup();
      expect(screen.getByText("Your answers are saved on this device as you go.")).toBeInTheDocument();
      await user.click(screen.getByRole("radio", { name: /India/ }));
      expect(screen.getByRole("radio", { name: /India/ })).toBeChecked();
      expect(screen.getByText(/progress can't be saved on this device/)).toBeInTheDocument();
      expect(screen.queryByText("Your answers are saved on this device as you go.")).not.toBeInTheDocument();
      for (const group of screen.getAllByRole("group")) await user.click(within(group).getAllByRole("radio")[1]!);
      await user.click(screen.getByRole("button", { name: "Next" }));
      await waitFor(() => expect(stepHeading("Education")).toHaveFocus());
    } finally {
      spy.mockRestore();
    }
  });
});

describe("quiz: review", () => {
  it("lists every answer in words; Change goes to that step and question, then back to review", async () => {
    seed({ answers: complete, step: 5 });
    const user = setup();
    await continueSaved(user);
    expect(stepHeading("Check your answers")).toHaveFocus();
    expect(screen.getByText(`Step ${STEPS} of ${STEPS}`)).toBeInTheDocument();

    for (const section of questionnaire.sections) {
      expect(screen.getByRole("heading", { level: 3, name: section.title })).toBeInTheDocument();
    }
    const terms = screen.getAllByRole("term");
    expect(terms).toHaveLength(39);
    const row = (prompt: string) => screen.getByText(prompt, { selector: "dt" }).parentElement!;
    expect(row("Where do you want to work as a coder?")).toHaveTextContent("India");
    expect(row("Medical terminology")).toHaveTextContent("Level 2 — I can read a doctor's note");
    expect(row(questionnaire.sections[3]!.items[0]!.prompt)).toHaveTextContent(/Agree|Disagree|Neither/);

    await user.click(screen.getByRole("button", { name: "Change your answer to: What is your highest qualification, or the one you are studying for?" }));
    expect(screen.getByText(`Step 2 of ${STEPS}`)).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "B.Sc Biology / Microbiology / Biotechnology" })).toHaveFocus();

    await user.click(screen.getByRole("radio", { name: "B.Pharm" }));
    await user.click(screen.getByRole("button", { name: "Return to review" }));
    await waitFor(() => expect(stepHeading("Check your answers")).toHaveFocus());
    expect(row("What is your highest qualification, or the one you are studying for?")).toHaveTextContent("B.Pharm");
    expect(stored()?.answers["education.degree"]).toBe("bpharm");
  });

  it("after Change, Next still walks forward one step at a time", async () => {
    seed({ answers: complete, step: 5 });
    const user = setup();
    await continueSaved(user);
    await user.click(screen.getByRole("button", { name: "Change your answer to: Where do you want to work as a coder?" }));
    expect(screen.getByText(`Step 1 of ${STEPS}`)).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: /India/ })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Next" }));
    await waitFor(() => expect(stepHeading("Education")).toHaveFocus());
    expect(screen.getByRole("button", { name: "Return to review" })).toBeInTheDocument();
  });
});

describe("quiz: submitting", () => {
  it("posts once on a double click, saves the result on this device and opens the report", async () => {
    let release: (response: Response) => void = () => {};
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (release = resolve)));
    vi.stubGlobal("fetch", fetchMock);
    seed({ answers: complete, step: 5 });
    const user = setup();
    await continueSaved(user);

    const button = screen.getByRole("button", { name: "See my report" });
    await user.dblClick(button);
    await user.click(button);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveTextContent("Saving your answers…");

    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/assessments");
    expect(init.method).toBe("POST");
    const sent = JSON.parse(init.body as string) as { ownerKey: string };
    // The owner key is made on this device with the submission key, so a retried submit keeps it.
    expect(sent).toEqual({ answers: complete, submissionKey: KEY, ownerKey: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/), locale: navigator.language });

    await act(async () => release(json(201, { ...created, ownerKey: sent.ownerKey })));
    await waitFor(() => expect(openReport).toHaveBeenCalledWith(created.reportUrl));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(QUIZ_STORAGE_KEY)).toBeNull();
    const results = JSON.parse(localStorage.getItem(RESULTS_STORAGE_KEY)!) as unknown[];
    expect(results).toEqual([
      { id: created.id, createdAt: expect.any(String), overall: 71.5, band: "good", bandLabel: "Good fit", ownerKey: sent.ownerKey },
    ]);
  });

  it("keeps the answers and offers a retry with the same key when the network fails", async () => {
    const fetchMock = vi.fn().mockRejectedValueOnce(new TypeError("Failed to fetch")).mockResolvedValueOnce(json(200, created));
    vi.stubGlobal("fetch", fetchMock);
    seed({ answers: complete, step: 5 });
    const user = setup();
    await continueSaved(user);

    await user.click(screen.getByRole("button", { name: "See my report" }));
    const alert = await screen.findByText(/We couldn't save your answers just now\. They are still on this device\./);
    expect(alert.closest("[role=alert]")).not.toBeNull();
    expect(screen.queryByText(/Failed to fetch/)).not.toBeInTheDocument();
    expect(stored()?.answers).toEqual(complete);

    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(openReport).toHaveBeenCalledWith(created.reportUrl));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const keys = fetchMock.mock.calls.map((call) => (JSON.parse((call[1] as RequestInit).body as string) as { submissionKey: string }).submissionKey);
    expect(keys).toEqual([KEY, KEY]);
  });

  it("treats a 503 like a network failure and shows the wait on a 429", async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(json(503, { error: "Database unavailable: ECONNREFUSED" }))
      .mockResolvedValueOnce(json(429, { error: "Too many requests" }, { "Retry-After": "30" }));
    vi.stubGlobal("fetch", fetchMock);
    seed({ answers: complete, step: 5 });
    const user = setup();
    await continueSaved(user);

    await user.click(screen.getByRole("button", { name: "See my report" }));
    expect(await screen.findByText(/We couldn't save your answers just now/)).toBeInTheDocument();
    expect(screen.queryByText(/ECONNREFUSED/)).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText(/Please wait about 30 seconds, then try again/)).toBeInTheDocument();
    expect(stored()?.answers).toEqual(complete);
  });

  it("shows the server's problems beside the questions on their step (422)", async () => {
    const fetchMock = vi.fn().mockResolvedValueOnce(
      json(422, {
        error: "Some answers are invalid",
        issues: [{ path: "about.stage", message: "Choose one of the options listed." }],
      }),
    );
    vi.stubGlobal("fetch", fetchMock);
    seed({ answers: complete, step: 5 });
    const user = setup();
    await continueSaved(user);

    await user.click(screen.getByRole("button", { name: "See my report" }));
    await waitFor(() => expect(screen.getByText(`Step 1 of ${STEPS}`)).toBeInTheDocument());
    const group = screen.getByRole("group", { name: "Which describes you now?" });
    expect(within(group).getByText("Choose one of the options listed.")).toBeInTheDocument();
    expect(group).toHaveAttribute("aria-invalid", "true");
    await waitFor(() => expect(within(group).getByRole("radio", { checked: true })).toHaveFocus());
    expect(screen.getByRole("alert")).toHaveTextContent("1 question needs an answer");
  });
});

describe("quiz: in Hindi", () => {
  const hindi = profileIn(medicalCoderProfile, "hi").questionnaire;
  const renderHindi = () => {
    const user = userEvent.setup();
    render(<Quiz questionnaire={hindi} />, { locale: "hi" });
    return user;
  };

  it("shows the questions and everything around them in Hindi", () => {
    renderHindi();
    expect(screen.getByRole("heading", { level: 2, name: hindi.sections[0]!.title })).toBeInTheDocument();
    expect(screen.getByText(`कुल ${STEPS} में से कदम 1`)).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "टेस्ट में आप कहाँ तक पहुँचे" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: hindi.sections[0]!.items[0]!.prompt })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "आगे" })).toBeInTheDocument();
  });

  it("carries on with answers given on the English page: they are kept by question id and option value", async () => {
    const english = setup();
    await english.click(screen.getByRole("radio", { name: /India/ }));
    await english.click(screen.getByRole("radio", { name: "Working" }));
    cleanup();

    const user = renderHindi();
    expect(screen.getByRole("heading", { name: "फिर से स्वागत है" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "जहाँ छोड़ा था वहीं से आगे बढ़ें" }));
    expect(screen.getByRole("radio", { name: /भारत/ })).toBeChecked();
    expect(stored()?.answers).toEqual({ "about.market": "india", "about.stage": "working" });
  });

  it("opens the report in Hindi after submitting", async () => {
    vi.stubGlobal("fetch", vi.fn().mockResolvedValueOnce(json(201, created)));
    seed({ answers: complete, step: 5 });
    const user = renderHindi();
    await user.click(screen.getByRole("button", { name: "जहाँ छोड़ा था वहीं से आगे बढ़ें" }));
    expect(screen.getByRole("heading", { level: 3, name: hindi.sections[3]!.title })).toBeInTheDocument();
    // The agreement scale is the profile's words too.
    const statement = screen.getByText(hindi.sections[3]!.items[0]!.prompt, { selector: "dt" }).parentElement!;
    const chosen = hindi.agreementScale.find((point) => point.value === complete[hindi.sections[3]!.items[0]!.id])!;
    expect(chosen.label).toMatch(/[\u0900-\u097F]/);
    expect(statement).toHaveTextContent(chosen.label);
    await user.click(screen.getByRole("button", { name: "मेरी रिपोर्ट देखें" }));
    await waitFor(() => expect(openReport).toHaveBeenCalledWith(`/hi${created.reportUrl}`));
  });
});
