import { fireEvent, render, screen, waitFor, within } from "@/tests/support/render";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { JoinCodeForm } from "@/components/share/join-code-form";
import { OwnerSharing, ReportSharing } from "@/components/share/report-sharing";
import { shareFormFeedback } from "@/components/share/share-code-form";
import { pageWords } from "@/lib/i18n/page-words";
import type { ShareListItem } from "@/lib/quiz/invite";

const router = { push: vi.fn(), replace: vi.fn() };
let search = new URLSearchParams();
vi.mock("next/navigation", () => ({
  useRouter: () => router,
  usePathname: () => "/report/report_id_0123456789abcd",
  useSearchParams: () => search,
}));

const ID = "report_id_0123456789abcd";
const OWNER_KEY = "ownerKey_0123456789abcdef";
const TOKEN = "inviteToken_0123456789ab";

const priya: ShareListItem = {
  id: "share_priya_0123456789ab",
  cohortName: "B.Sc Microbiology 2026, Pune",
  counsellorName: "Priya Sharma",
  displayName: "Anjali K.",
  email: "anjali@example.com",
  consentedAt: "2026-11-20T10:00:00.000Z",
};
const ravi: ShareListItem = { ...priya, id: "share_ravi_0123456789abcd", cohortName: "Evening batch", counsellorName: "Ravi Menon", email: null };

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

type Route = (url: string, init: RequestInit | undefined) => Response | Promise<Response>;

/** Who the owner's GET of /shares finds: set by renderSharing. */
let listed: ShareListItem[] = [];
let stubbed = false;

/**
 * fetch that answers the owner's list of shares from `listed` (checking the owner key), invite
 * look-ups as "not found" unless told otherwise, and everything else by `route`, whose calls the
 * returned mock records.
 */
function stubFetch(route: Route = () => json(500, {}), lookups: Route = () => json(404, { error: "No cohort has this code.", issues: [] })) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => (url.startsWith("/api/v1/invites") ? lookups(url, init) : route(url, init)));
  stubbed = true;
  vi.stubGlobal("fetch", async (url: string, init?: RequestInit) => {
    if (url === `/api/v1/assessments/${ID}/shares` && (init?.method ?? "GET") === "GET") {
      const key = (init?.headers as Record<string, string> | undefined)?.["X-Owner-Key"];
      return key === OWNER_KEY ? json(200, { shares: listed }) : json(403, { error: "Not the owner", issues: [] });
    }
    return fetchMock(url, init);
  });
  return fetchMock;
}

/** The owner's sharing section, once its list has loaded (a stub fetch is made if the test has none). */
async function renderSharing(shares: ShareListItem[] = [priya, ravi], outcome: "shared" | "closed" | "not-found" | null = null) {
  listed = shares;
  if (!stubbed) stubFetch();
  const user = userEvent.setup();
  render(<OwnerSharing assessmentId={ID} ownerKey={OWNER_KEY} outcome={outcome} market="india" />);
  await waitFor(() => expect(screen.queryByText("Checking who can see this result…")).not.toBeInTheDocument());
  return user;
}

const form = () => screen.getByRole("form", { name: "Share with a counsellor" });

const codeField = () => within(form()).getByRole("textbox", { name: "Cohort code" });

/**
 * The report renders a stand-in until the live form's code loads (on approach or first touch):
 * touch it and wait for the swap, as a person's next keystroke would land in the live form.
 */
async function liveForm(user: ReturnType<typeof userEvent.setup>) {
  const standIn = codeField();
  await user.click(standIn);
  await waitFor(() => expect(codeField()).not.toBe(standIn));
}

async function fillShareForm(user: ReturnType<typeof userEvent.setup>, code = "k7qm 4tpx") {
  await liveForm(user);
  await user.type(within(form()).getByRole("textbox", { name: "Cohort code" }), code);
  await user.type(within(form()).getByRole("textbox", { name: /knows you by/ }), "Anjali K.");
  await user.click(within(form()).getByRole("checkbox", { name: /I agree/ }));
}

beforeEach(() => {
  stubbed = false;
  router.push.mockReset();
  router.replace.mockReset();
  search = new URLSearchParams();
});

afterEach(() => vi.unstubAllGlobals());

describe("report sharing: who can see the result", () => {
  it("lists each counsellor with the name, email and date shared", async () => {
    await renderSharing();
    const list = screen.getByRole("list", { name: "Shared with" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent("Priya Sharma");
    expect(items[0]).toHaveTextContent("“B.Sc Microbiology 2026, Pune”");
    expect(items[0]).toHaveTextContent("As Anjali K., anjali@example.com · since 20 November 2026");
    expect(items[1]).toHaveTextContent("As Anjali K. · since 20 November 2026");
    expect(screen.getByText(/removes your result and the counsellor’s notes about it from their view at once/)).toBeInTheDocument();
  });

  it("is not there at all for a device without the owner key, and asks the API for nothing", () => {
    const fetchMock = stubFetch();
    const { container } = render(<ReportSharing assessmentId={ID} outcome="shared" market="india" />);
    expect(container).toBeEmptyDOMElement();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("offers to try again when the list cannot be loaded", async () => {
    stubFetch();
    listed = [priya];
    const user = userEvent.setup();
    render(<OwnerSharing assessmentId={ID} ownerKey="ownerKey_wrong_0123456789ab" outcome={null} market="india" />);
    const alert = (await screen.findByText("We could not load who this result is shared with just now.")).closest("[role=alert]");
    expect(alert).not.toBeNull();
    expect(screen.queryByText("Priya Sharma")).not.toBeInTheDocument();
    await user.click(within(alert as HTMLElement).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("We could not load who this result is shared with just now.")).toBeInTheDocument();
  });

  it("says when nobody can see it", async () => {
    await renderSharing([]);
    expect(screen.getByText(/This result is not shared with anyone/)).toBeInTheDocument();
  });

  it("withdraws after a confirmation step: the item goes, the change is announced, focus stays in the section", async () => {
    const fetchMock = stubFetch(() => new Response(null, { status: 204 }));
    search = new URLSearchParams("share=shared");
    const user = await renderSharing([priya, ravi], "shared");
    expect(screen.getByText(/Your result is shared with/)).toHaveTextContent("Your result is shared with Priya Sharma for “B.Sc Microbiology 2026, Pune”");

    await user.click(screen.getByRole("button", { name: "Withdraw from Priya Sharma, “B.Sc Microbiology 2026, Pune”" }));
    const question = screen.getByRole("group", { name: /Stop sharing with Priya Sharma\?/ });
    expect(within(question).getByRole("button", { name: "Keep sharing" })).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();

    await user.click(within(question).getByRole("button", { name: "Keep sharing" }));
    const opener = screen.getByRole("button", { name: "Withdraw from Priya Sharma, “B.Sc Microbiology 2026, Pune”" });
    expect(opener).toHaveFocus();

    await user.click(opener);
    await user.click(screen.getByRole("button", { name: "Yes, withdraw" }));
    await waitFor(() => expect(screen.getAllByRole("listitem")).toHaveLength(1));
    expect(fetchMock).toHaveBeenCalledWith(
      `/api/v1/assessments/${ID}/shares/${priya.id}`,
      expect.objectContaining({ method: "DELETE", headers: expect.objectContaining({ "X-Owner-Key": OWNER_KEY }) }),
    );
    expect(screen.getByRole("status")).toHaveTextContent(
      "You stopped sharing with Priya Sharma for “B.Sc Microbiology 2026, Pune”. They can no longer see this result, and their notes about it are deleted.",
    );
    expect(screen.getByRole("heading", { name: "Shared with" })).toHaveFocus();
    expect(screen.queryByText(/Your result is shared with/)).not.toBeInTheDocument();
    expect(router.replace).toHaveBeenCalledWith("/report/report_id_0123456789abcd", { scroll: false });
  });

  it("keeps the item and says so when withdrawing fails", async () => {
    stubFetch(() => json(503, { error: "Database down" }));
    const user = await renderSharing([priya]);
    await user.click(screen.getByRole("button", { name: /^Withdraw from Priya Sharma/ }));
    await user.click(screen.getByRole("button", { name: "Yes, withdraw" }));
    const question = screen.getByRole("group", { name: /Stop sharing with Priya Sharma\?/ });
    expect(await within(question).findByRole("alert")).toHaveTextContent("We could not withdraw it just now. Check your connection and try again.");
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    expect(screen.queryByText(/Database down/)).not.toBeInTheDocument();
  });

  it("explains a share that did not happen in the quiz", async () => {
    await renderSharing([], "closed");
    expect(screen.getByText("Your result was not shared")).toBeInTheDocument();
    expect(screen.getByText(/stopped taking new results before you finished, so nothing was sent/)).toBeInTheDocument();
  });
});

describe("report sharing on a Hindi page", () => {
  it("words the section, the list and the form in Hindi", async () => {
    listed = [ravi];
    stubFetch();
    render(<OwnerSharing assessmentId={ID} ownerKey={OWNER_KEY} outcome={null} market="india" />, { locale: "hi" });
    expect(await screen.findByRole("list", { name: "किनके साथ शेयर है" })).toHaveTextContent("Anjali K. नाम से · 20 नवंबर 2026 से");
    expect(screen.getByRole("button", { name: "Ravi Menon (“Evening batch”) से वापस लें" })).toBeInTheDocument();
    expect(screen.getByRole("form", { name: "किसी काउंसलर के साथ शेयर करें" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "कोहोर्ट कोड" })).toBeInTheDocument();
  });

  it("shows the schema's English messages in Hindi", () => {
    const t = pageWords("hi", "share");
    expect(shareFormFeedback({ kind: "closed", message: "Priya has stopped taking new results for “Pune”." }, t)).toEqual({
      fields: { code: "Priya ने “Pune” के लिए नए नतीजे लेना बंद कर दिया है।" },
      alert: null,
    });
    expect(shareFormFeedback({ kind: "missing" }, t).alert).toBe("यह नतीजा अब मौजूद नहीं है, इसलिए इसे शेयर नहीं किया जा सकता।");
  });
});

describe("report sharing: the share form", () => {
  it("maps each failure to a field or a message for the whole form", () => {
    const t = pageWords("en", "share");
    expect(shareFormFeedback({ kind: "not-found", message: "x" }, t)).toEqual({
      fields: { code: "No cohort has this code. Check it with your counsellor and try again." },
      alert: null,
    });
    expect(shareFormFeedback({ kind: "closed", message: "Priya has stopped taking new results for “Pune”." }, t)).toEqual({
      fields: { code: "Priya has stopped taking new results for “Pune”." },
      alert: null,
    });
    expect(
      shareFormFeedback({
        kind: "invalid",
        issues: [
          { path: "email", message: "Enter an email address such as name@example.com, or leave it empty." },
          { path: "displayName", message: "Keep the name to 80 characters or fewer." },
          { path: "email", message: "second" },
        ],
        message: null,
      }, t),
    ).toEqual({
      fields: { email: "Enter an email address such as name@example.com, or leave it empty.", displayName: "Keep the name to 80 characters or fewer." },
      alert: null,
    });
    expect(shareFormFeedback({ kind: "invalid", issues: [{ path: "", message: "Body" }], message: "The request is not valid." }, t).alert).toMatch(
      /Some details could not be accepted/,
    );
    expect(shareFormFeedback({ kind: "missing" }, t).alert).toBe("This result no longer exists, so it cannot be shared.");
    expect(shareFormFeedback({ kind: "failed" }, t).alert).toMatch(/What you typed is still here/);
  });

  it("checks the fields before sending: code, name and the tick are needed", async () => {
    const fetchMock = stubFetch(() => json(201, {}));
    const user = await renderSharing([]);
    await user.click(within(form()).getByRole("button", { name: "Share my result" }));
    expect(await within(form()).findByRole("textbox", { name: "Cohort code" })).toHaveAccessibleDescription(/Enter the cohort code\./);
    expect(within(form()).getByRole("textbox", { name: /knows you by/ })).toHaveAccessibleDescription(/Enter the name your counsellor knows you by\./);
    expect(within(form()).getByRole("checkbox", { name: /I agree/ })).toHaveAccessibleDescription(/Tick the box to agree to share your result\./);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("carries what was typed into the stand-in, and the focus and caret, over to the live form", async () => {
    stubFetch(() => json(404, { error: "No cohort has this code." }));
    const user = await renderSharing([]);
    const standIn = codeField();
    // Typed before the live form's code is asked for (no touch events: a paste, say).
    fireEvent.change(standIn, { target: { value: "K7QM" } });
    fireEvent.change(within(form()).getByRole("textbox", { name: /knows you by/ }), { target: { value: "Anjali K." } });
    standIn.focus(); // the touch that loads the live form
    (standIn as HTMLInputElement).setSelectionRange(2, 2);
    await waitFor(() => expect(codeField()).not.toBe(standIn));
    expect(codeField()).toHaveValue("K7QM");
    expect(codeField()).toHaveFocus();
    expect(within(form()).getByRole("textbox", { name: /knows you by/ })).toHaveValue("Anjali K.");
    await user.keyboard("X");
    expect(codeField()).toHaveValue("K7XQM");
  });

  it("shows an unknown code and a closed cohort beside the code field, keeping what was typed", async () => {
    let behind: "nobody" | "closed" = "nobody";
    const fetchMock = stubFetch(
      () => json(201, {}),
      () =>
        behind === "nobody"
          ? json(404, { error: "No cohort has this code.", issues: [{ path: "code", message: "No cohort has this code." }] })
          : json(200, { cohortName: "Pune", counsellorName: "Priya Sharma", invitesOpen: false, inviteToken: TOKEN }),
    );
    const user = await renderSharing([]);
    await fillShareForm(user);
    await user.click(within(form()).getByRole("button", { name: "Share my result" }));
    const code = within(form()).getByRole("textbox", { name: "Cohort code" });
    await waitFor(() => expect(code).toHaveAccessibleDescription(/No cohort has this code\. Check it with your counsellor and try again\./));
    expect(code).toHaveFocus();

    behind = "closed";
    await user.click(within(form()).getByRole("button", { name: "Share my result" }));
    await waitFor(() => expect(code).toHaveAccessibleDescription(/Priya Sharma is not taking new results for “Pune” right now\./));
    expect(code).toHaveValue("k7qm 4tpx");
    expect(within(form()).getByRole("textbox", { name: /knows you by/ })).toHaveValue("Anjali K.");
    expect(within(form()).getByRole("checkbox", { name: /I agree/ })).toBeChecked();
    // Looked up, never shared.
    expect(fetchMock.mock.calls.some(([url]) => url === `/api/v1/assessments/${ID}/shares`)).toBe(false);
  });

  it("names the counsellor behind a code before the person agrees", async () => {
    stubFetch(
      () => json(201, {}),
      () => json(200, { cohortName: "B.Sc Microbiology 2026, Pune", counsellorName: "Priya Sharma", invitesOpen: true, inviteToken: TOKEN }),
    );
    const user = await renderSharing([]);
    await user.type(within(form()).getByRole("textbox", { name: "Cohort code" }), "K7QM-4TPX");
    expect(await within(form()).findByText(/You are sharing with/, {}, { timeout: 2000 })).toHaveTextContent(
      "You are sharing with Priya Sharma, B.Sc Microbiology 2026, Pune.",
    );
    expect(within(form()).getByRole("checkbox", { name: /I agree.*with Priya Sharma\./ })).toBeInTheDocument();
    expect(within(form()).getByRole("textbox", { name: "The name Priya Sharma knows you by" })).toBeInTheDocument();
  });

  it("adds the new share to the list, announces it and clears the form", async () => {
    const fetchMock = stubFetch(
      () => json(201, { share: { status: "shared", shareId: "share_new_0123456789abcd", cohortName: "Evening batch", counsellorName: "Ravi Menon" } }),
      () => json(200, { cohortName: "Evening batch", counsellorName: "Ravi Menon", invitesOpen: true, inviteToken: TOKEN }),
    );
    const user = await renderSharing([priya]);
    await fillShareForm(user);
    expect(await within(form()).findByText("You are sharing with Ravi Menon, Evening batch.", {}, { timeout: 2000 })).toBeInTheDocument();
    await user.click(within(form()).getByRole("button", { name: "Share my result" }));
    await waitFor(() => expect(screen.getAllByRole("listitem")).toHaveLength(2));
    const posted = fetchMock.mock.calls.find(([url]) => url === `/api/v1/assessments/${ID}/shares`);
    expect(JSON.parse(posted![1]!.body as string)).toEqual({ code: "k7qm 4tpx", displayName: "Anjali K.", consent: true });
    expect(posted![1]!.headers).toEqual(expect.objectContaining({ "X-Owner-Key": OWNER_KEY }));
    expect(screen.getAllByRole("listitem")[0]).toHaveTextContent("Ravi Menon");
    expect(screen.getByRole("status")).toHaveTextContent("Shared with Ravi Menon for “Evening batch”. They can see this result now.");
    expect(within(form()).getByRole("textbox", { name: "Cohort code" })).toHaveValue("");
    expect(within(form()).getByRole("checkbox", { name: /I agree/ })).not.toBeChecked();
  });

  it("shares nothing until the counsellor's name has been on screen: a press before the look-up shows it first", async () => {
    let answerLookUps = false;
    const fetchMock = stubFetch(
      () => json(201, { share: { status: "shared", shareId: "share_new_0123456789abcd", cohortName: "Evening batch", counsellorName: "Ravi Menon" } }),
      // The look-up made while typing never answers; the one made on the press does.
      () => (answerLookUps ? json(200, { cohortName: "Evening batch", counsellorName: "Ravi Menon", invitesOpen: true, inviteToken: TOKEN }) : new Promise<Response>(() => {})),
    );
    const user = await renderSharing([]);
    await fillShareForm(user);
    answerLookUps = true;
    await user.click(within(form()).getByRole("button", { name: "Share my result" }));
    expect(await within(form()).findByText(/Check the name first: you are sharing with Ravi Menon, Evening batch\./)).toBeInTheDocument();
    expect(within(form()).getByText("You are sharing with Ravi Menon, Evening batch.")).toBeInTheDocument();
    const shares = () => fetchMock.mock.calls.filter(([url, init]) => url === `/api/v1/assessments/${ID}/shares` && init?.method === "POST");
    expect(shares()).toHaveLength(0);

    await user.click(within(form()).getByRole("button", { name: "Share my result" }));
    await waitFor(() => expect(shares()).toHaveLength(1));
  });

  it("asks for a parent's or guardian's name and tick when the person is under 18, and sends them", async () => {
    const fetchMock = stubFetch(
      () => json(201, { share: { status: "shared", shareId: "share_new_0123456789abcd", cohortName: "Evening batch", counsellorName: "Ravi Menon" } }),
      () => json(200, { cohortName: "Evening batch", counsellorName: "Ravi Menon", invitesOpen: true, inviteToken: TOKEN }),
    );
    const user = await renderSharing([]);
    await fillShareForm(user);
    await within(form()).findByText("You are sharing with Ravi Menon, Evening batch.", {}, { timeout: 2000 });
    await user.click(within(form()).getByRole("checkbox", { name: "I am under 18" }));
    expect(within(form()).getByText(/DPDP Act 2023/)).toBeInTheDocument();
    await user.click(within(form()).getByRole("button", { name: "Share my result" }));
    expect(await within(form()).findByRole("textbox", { name: "Your parent's or guardian's name" })).toHaveAccessibleDescription(
      /Enter your parent's or guardian's name\./,
    );
    expect(within(form()).getByRole("checkbox", { name: /parent or guardian, I give my consent/ })).toHaveAccessibleDescription(
      /Your parent or guardian needs to tick this box to share\./,
    );
    const posts = () => fetchMock.mock.calls.filter(([url, init]) => url === `/api/v1/assessments/${ID}/shares` && init?.method === "POST");
    expect(posts()).toHaveLength(0);

    await user.type(within(form()).getByRole("textbox", { name: "Your parent's or guardian's name" }), "Sunita K.");
    await user.click(within(form()).getByRole("checkbox", { name: /parent or guardian, I give my consent/ }));
    await user.click(within(form()).getByRole("button", { name: "Share my result" }));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(JSON.parse(posts()[0]![1]!.body as string)).toEqual({
      code: "k7qm 4tpx",
      displayName: "Anjali K.",
      consent: true,
      under18: true,
      guardianName: "Sunita K.",
      guardianConsent: true,
    });
  });

  it("keeps everything typed and explains a network failure", async () => {
    stubFetch(
      () => Promise.reject(new TypeError("Failed to fetch")),
      () => json(200, { cohortName: "Evening batch", counsellorName: "Ravi Menon", invitesOpen: true, inviteToken: TOKEN }),
    );
    const user = await renderSharing([]);
    await fillShareForm(user);
    await within(form()).findByText("You are sharing with Ravi Menon, Evening batch.", {}, { timeout: 2000 });
    await user.click(within(form()).getByRole("button", { name: "Share my result" }));
    expect(await within(form()).findByText(/We could not share your result just now/)).toBeInTheDocument();
    expect(within(form()).getAllByRole("alert").some((alert) => /We could not share/.test(alert.textContent ?? ""))).toBe(true);
    expect(within(form()).getByRole("textbox", { name: /knows you by/ })).toHaveValue("Anjali K.");
    expect(screen.queryByText(/Failed to fetch/)).not.toBeInTheDocument();
  });
});

describe("/join: the cohort code form", () => {
  async function submitCode(code: string) {
    const user = userEvent.setup();
    render(<JoinCodeForm />);
    await user.type(screen.getByRole("textbox", { name: "Cohort code" }), code);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    return user;
  }

  it("goes on to the invitation for a known, open code typed any way", async () => {
    const fetchMock = stubFetch(
      () => json(500, {}),
      () => json(200, { cohortName: "Pune", counsellorName: "Priya Sharma", invitesOpen: true, inviteToken: TOKEN }),
    );
    await submitCode("k7qm 4tpx");
    await waitFor(() => expect(router.push).toHaveBeenCalledWith(`/join/${TOKEN}`));
    expect(fetchMock).toHaveBeenCalledWith("/api/v1/invites?code=K7QM-4TPX", expect.anything());
  });

  it("checks the shape first, then says when no cohort has the code", async () => {
    const fetchMock = stubFetch(() => json(500, {}));
    const user = await submitCode("K7QM");
    const field = screen.getByRole("textbox", { name: "Cohort code" });
    expect(field).toHaveAccessibleDescription(/A cohort code has 8 letters and numbers, such as K7QM-4TPX\./);
    expect(fetchMock).not.toHaveBeenCalled();

    await user.type(field, "4TPX");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(field).toHaveAccessibleDescription(/No cohort has this code\. Check it with your counsellor and try again\./));
    expect(field).toHaveFocus();
    expect(router.push).not.toHaveBeenCalled();
  });

  it("explains a closed cohort and offers the assessment without sharing", async () => {
    stubFetch(
      () => json(500, {}),
      () => json(200, { cohortName: "Pune", counsellorName: "Priya Sharma", invitesOpen: false, inviteToken: TOKEN }),
    );
    await submitCode("K7QM-4TPX");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Priya Sharma is not taking new results for “Pune” right now.");
    expect(within(alert).getByRole("link", { name: "take the assessment for yourself" })).toHaveAttribute("href", "/assessment");
    expect(router.push).not.toHaveBeenCalled();
  });
});
