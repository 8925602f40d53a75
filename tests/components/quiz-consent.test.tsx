import { act, render, screen, waitFor, within } from "@/tests/support/render";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Quiz } from "@/components/quiz/quiz";
import { medicalCoderProfile } from "@/lib/profiles";
import type { QuizInvite } from "@/lib/quiz/invite";
import { openReport } from "@/lib/quiz/navigate";
import { QUIZ_STORAGE_KEY, type QuizProgress } from "@/lib/quiz/storage";
import { buildAnswers } from "@/tests/fixtures/answers";

vi.mock("@/lib/quiz/navigate", () => ({ openReport: vi.fn() }));

const questionnaire = medicalCoderProfile.questionnaire;
const KEY = "savedKey_0123456789abcd";
const TOKEN = "inviteToken_0123456789ab";
const invite: QuizInvite = { token: TOKEN, cohortName: "B.Sc Microbiology 2026, Pune", counsellorName: "Priya Sharma", invitesOpen: true };
const NAME_LABEL = "The name Priya Sharma knows you by";

const complete = buildAnswers({ market: "india", degree: "bsc-life-sciences", pro: 4, con: 2, knowledgeCorrect: 3 });

const created = {
  id: "report_id_0123456789abcd",
  reportUrl: "/report/report_id_0123456789abcd",
  result: { overall: 71.5, band: { id: "good", label: "Good fit", meaning: "…" } },
};

function seed(progress: Partial<QuizProgress>) {
  const stamp = "2026-03-01T10:00:00.000Z";
  localStorage.setItem(
    QUIZ_STORAGE_KEY,
    JSON.stringify({ questionnaireVersion: questionnaire.version, submissionKey: KEY, answers: {}, step: 0, startedAt: stamp, updatedAt: stamp, ...progress }),
  );
}

const stored = () => JSON.parse(localStorage.getItem(QUIZ_STORAGE_KEY) ?? "null") as QuizProgress | null;

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

function sentBody(fetchMock: ReturnType<typeof vi.fn>, call = 0) {
  return JSON.parse((fetchMock.mock.calls[call]![1] as RequestInit).body as string) as Record<string, unknown>;
}

async function openReview(props: { invite?: QuizInvite | null } = {}) {
  const user = userEvent.setup();
  const view = render(<Quiz questionnaire={questionnaire} {...props} />);
  await user.click(screen.getByRole("button", { name: "Continue where you left off" }));
  return { user, ...view };
}

const panel = () => screen.getByRole("region", { name: "Share with your counsellor" });

beforeEach(() => {
  localStorage.clear();
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  vi.mocked(openReport).mockReset();
});

afterEach(() => vi.unstubAllGlobals());

describe("quiz with an invite: remembering it", () => {
  it("saves the invite with the answers, and still offers sharing when reopened without the link", async () => {
    const user = userEvent.setup();
    const first = render(<Quiz questionnaire={questionnaire} invite={invite} />);
    expect(screen.getByText(/Priya Sharma invited you to share your result with “B.Sc Microbiology 2026, Pune”/)).toBeInTheDocument();
    await user.click(screen.getAllByRole("radio")[0]!);
    expect(stored()?.invite).toEqual(invite);
    first.unmount();

    seed({ ...stored(), answers: complete, step: 7, stepKey: "review" });
    await openReview();
    expect(within(panel()).getByText(/Priya Sharma invited you to share your result with “B.Sc Microbiology 2026, Pune”/)).toBeInTheDocument();
  });

  it("has no sharing panel without an invite", async () => {
    seed({ answers: complete, step: 5 });
    await openReview();
    expect(screen.queryByRole("region", { name: "Share with your counsellor" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "See my report" })).toBeInTheDocument();
  });
});

describe("quiz with an invite: the consent panel", () => {
  it("says exactly what is shared with whom, with the box unticked", async () => {
    seed({ answers: complete, step: 5, invite });
    await openReview();
    const region = panel();
    expect(within(region).getByText("If you agree, Priya Sharma will see:")).toBeInTheDocument();
    expect(within(region).getByText(/your answers to every question/)).toBeInTheDocument();
    expect(within(region).getByText(/overall score and band.*strengths, skill gaps and not-ideal flags, and the date/)).toBeInTheDocument();
    expect(within(region).getByRole("checkbox", { name: /I agree to share my name.*with Priya Sharma for “B.Sc Microbiology 2026, Pune”/ })).not.toBeChecked();
    expect(within(region).getByRole("textbox", { name: NAME_LABEL })).toBeInTheDocument();
    expect(within(region).getByRole("textbox", { name: /Your email \(optional\)/ })).toBeInTheDocument();
    expect(screen.getByText("Your result will not be shared unless you tick the box above.")).toBeInTheDocument();
  });

  it("sends nothing to share when the box is not ticked, even with a name typed", async () => {
    const fetchMock = vi.fn().mockResolvedValue(json(201, created));
    vi.stubGlobal("fetch", fetchMock);
    seed({ answers: complete, step: 5, invite });
    const { user } = await openReview();
    await user.type(screen.getByRole("textbox", { name: NAME_LABEL }), "Anjali");
    expect(screen.getByText("You have not ticked the box, so your result will not be shared.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "See my report" }));
    await waitFor(() => expect(openReport).toHaveBeenCalledWith(created.reportUrl));
    expect(sentBody(fetchMock)).not.toHaveProperty("share");
  });

  it("needs a name once the box is ticked, shown beside the field, and sends nothing until then", async () => {
    const fetchMock = vi.fn().mockResolvedValue(json(201, created));
    vi.stubGlobal("fetch", fetchMock);
    seed({ answers: complete, step: 5, invite });
    const { user } = await openReview();
    await user.click(screen.getByRole("checkbox", { name: /I agree/ }));
    await user.type(screen.getByRole("textbox", { name: /Your email/ }), "anjali@");
    await user.click(screen.getByRole("button", { name: "Share and see my report" }));

    const name = await screen.findByRole("textbox", { name: NAME_LABEL });
    await waitFor(() => expect(name).toHaveAttribute("aria-invalid", "true"));
    expect(name).toHaveAccessibleDescription(/Enter the name your counsellor knows you by\./);
    expect(screen.getByRole("textbox", { name: /Your email/ })).toHaveAccessibleDescription(/Enter an email address such as name@example.com/);
    expect(name).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("keeps the name, email and tick across a refresh, then shares them and says how it went", async () => {
    const fetchMock = vi.fn().mockResolvedValue(json(201, { ...created, share: { status: "shared", cohortName: "B.Sc", counsellorName: "Priya" } }));
    vi.stubGlobal("fetch", fetchMock);
    seed({ answers: complete, step: 5, invite });
    const first = await openReview();
    await first.user.type(screen.getByRole("textbox", { name: NAME_LABEL }), "Anjali K.");
    await first.user.type(screen.getByRole("textbox", { name: /Your email/ }), "anjali@example.com");
    await first.user.click(screen.getByRole("checkbox", { name: /I agree/ }));
    expect(stored()?.shareDraft).toEqual({ displayName: "Anjali K.", email: "anjali@example.com", consent: true });
    first.unmount();

    // A refresh: the page opens again from what this device saved.
    const { user } = await openReview({ invite });
    expect(screen.getByRole("textbox", { name: NAME_LABEL })).toHaveValue("Anjali K.");
    expect(screen.getByRole("textbox", { name: /Your email/ })).toHaveValue("anjali@example.com");
    expect(screen.getByRole("checkbox", { name: /I agree/ })).toBeChecked();
    expect(screen.getByText("Your result will be shared with Priya Sharma for “B.Sc Microbiology 2026, Pune”.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Share and see my report" }));
    await waitFor(() => expect(openReport).toHaveBeenCalledWith(`${created.reportUrl}?share=shared`));
    expect(sentBody(fetchMock)).toEqual({
      answers: complete,
      submissionKey: KEY,
      ownerKey: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/),
      locale: navigator.language,
      share: { inviteToken: TOKEN, displayName: "Anjali K.", email: "anjali@example.com", consent: true },
    });
    expect(stored()).toBeNull();
  });

  it("opens the report with the reason when the cohort closed meanwhile", async () => {
    const fetchMock = vi.fn().mockResolvedValue(json(201, { ...created, share: { status: "closed", cohortName: "B.Sc", counsellorName: "Priya" } }));
    vi.stubGlobal("fetch", fetchMock);
    seed({ answers: complete, step: 5, invite, shareDraft: { displayName: "Anjali", email: "", consent: true } });
    const { user } = await openReview();
    await user.click(screen.getByRole("button", { name: "Share and see my report" }));
    await waitFor(() => expect(openReport).toHaveBeenCalledWith(`${created.reportUrl}?share=closed`));
    expect(sentBody(fetchMock).share).toEqual({ inviteToken: TOKEN, displayName: "Anjali", consent: true });
  });

  it("shows the server's problems with the sharing details beside their fields, keeping everything typed", async () => {
    const fetchMock = vi.fn().mockResolvedValue(
      json(422, { error: "The request is not valid.", issues: [{ path: "share.displayName", message: "Keep the name to 80 characters or fewer." }] }),
    );
    vi.stubGlobal("fetch", fetchMock);
    seed({ answers: complete, step: 5, invite, shareDraft: { displayName: "Anjali", email: "", consent: true } });
    const { user } = await openReview();
    await user.click(screen.getByRole("button", { name: "Share and see my report" }));

    const name = screen.getByRole("textbox", { name: NAME_LABEL });
    await waitFor(() => expect(name).toHaveAccessibleDescription(/Keep the name to 80 characters or fewer\./));
    expect(name).toHaveValue("Anjali");
    expect(name).toHaveFocus();
    expect(stored()?.answers).toEqual(complete);
    expect(openReport).not.toHaveBeenCalled();
  });

  it("explains a closed cohort and never sends a share for it", async () => {
    const fetchMock = vi.fn().mockResolvedValue(json(201, created));
    vi.stubGlobal("fetch", fetchMock);
    seed({ answers: complete, step: 5, shareDraft: { displayName: "Anjali", email: "", consent: true } });
    const { user } = await openReview({ invite: { ...invite, invitesOpen: false } });
    const region = screen.getByRole("region", { name: "Your result will not be shared" });
    expect(region).toHaveTextContent(/Priya Sharma is not taking new results for “B.Sc Microbiology 2026, Pune” right now/);
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "See my report" }));
    await act(async () => {});
    await waitFor(() => expect(openReport).toHaveBeenCalledWith(created.reportUrl));
    expect(sentBody(fetchMock)).not.toHaveProperty("share");
  });
});
