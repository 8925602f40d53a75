import { render, screen, waitFor, within } from "@/tests/support/render";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CohortsManager } from "@/components/counsellor/cohorts-manager";
import { InviteSheet } from "@/components/counsellor/invite-sheet";
import { QueryProvider } from "@/components/counsellor/query-provider";
import type { CohortJson } from "@/lib/counsellor/api-client";

const pune: CohortJson = {
  id: "cohortPune000000000000001",
  name: "B.Sc Microbiology 2026, Pune",
  code: "K7QM-4TPX",
  inviteUrl: "http://localhost:3200/join/tokenPune00000000000001",
  invitesOpen: true,
  archivedAt: null,
  createdAt: "2026-11-02T09:30:00.000Z",
  resultCount: 12,
};
const evening: CohortJson = {
  id: "cohortEvening00000000001",
  name: "Nursing to coding, evening batch",
  code: "HW3N-8RZD",
  inviteUrl: "http://localhost:3200/join/tokenEvening000000000001",
  invitesOpen: false,
  archivedAt: null,
  createdAt: "2026-10-20T09:30:00.000Z",
  resultCount: 1,
};

type Reply = { status: number; body?: unknown };

/** The counsellor API as the browser sees it: replies in order, and every request recorded. */
function answer(...replies: Reply[]) {
  const fetchMock = vi.fn((_input: RequestInfo | URL, _init?: RequestInit) => {
    const reply = replies.shift();
    if (!reply) return Promise.reject(new Error("No reply scripted"));
    const body = reply.status === 204 ? null : JSON.stringify(reply.body ?? {});
    return Promise.resolve(new Response(body, { status: reply.status, headers: { "Content-Type": "application/json" } }));
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const sent = (fetchMock: ReturnType<typeof answer>, call = 0) => {
  const [input, init] = fetchMock.mock.calls[call]!;
  return { url: String(input), method: init?.method ?? "GET", body: init?.body ? JSON.parse(String(init.body)) : undefined };
};

function renderManager(cohorts: CohortJson[]) {
  return render(
    <QueryProvider>
      <CohortsManager initialCohorts={cohorts} />
    </QueryProvider>,
  );
}

const cards = () => within(screen.getByRole("region", { name: /Your cohorts/ })).getAllByRole("listitem").filter((item) => item.parentElement?.tagName === "UL");
const card = (name: string) => cards().find((item) => within(item).queryByRole("heading", { name }))!;

beforeEach(() => {
  answer();
  // jsdom has no modal dialogs.
  HTMLDialogElement.prototype.showModal = vi.fn(function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
  });
  HTMLDialogElement.prototype.close = vi.fn(function (this: HTMLDialogElement) {
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("Cohorts", () => {
  it("explains how invites and consent work when there are none yet", () => {
    renderManager([]);
    expect(screen.getByRole("heading", { name: "No cohorts yet" })).toBeInTheDocument();
    expect(screen.getByText(/an invite link to send by WhatsApp or email, and a short code you can read out in class/)).toBeInTheDocument();
    expect(screen.getByText(/a student sees exactly what you will see, enters the name you know them by, and agrees/)).toBeInTheDocument();
    expect(screen.getByText(/can withdraw their result at any time, and it leaves your view at once/)).toBeInTheDocument();
  });

  it("shows each cohort's results, code, link, invite state and a way to its results", () => {
    renderManager([pune, evening]);
    expect(screen.getByRole("heading", { name: /Your cohorts \(2\)/ })).toBeInTheDocument();
    const first = card(pune.name);
    expect(first).toHaveTextContent("12 shared results");
    expect(first).toHaveTextContent("K7QM-4TPX");
    expect(within(first).getByText(pune.inviteUrl)).toBeInTheDocument();
    expect(within(first).getByRole("link", { name: `See results shared with ${pune.name}` })).toHaveAttribute(
      "href",
      `/counsellor?cohort=${pune.id}`,
    );
    expect(within(first).getByRole("switch", { name: "Accepting new results" })).toBeChecked();
    const second = card(evening.name);
    expect(second).toHaveTextContent("1 shared result");
    expect(within(second).getByRole("switch", { name: "Accepting new results" })).not.toBeChecked();
    expect(second).toHaveTextContent("Off. The link and the code are paused");
  });

  it("checks the name before creating, then adds the new cohort at the top", async () => {
    const fetchMock = answer({ status: 201, body: { cohort: { ...evening, id: "cohortNew000000000000001", name: "Pharmacy batch A", invitesOpen: true, resultCount: 0 } } });
    renderManager([pune]);
    const person = userEvent.setup();
    await person.click(screen.getByRole("button", { name: "Create cohort" }));
    expect(await screen.findByText("Give the cohort a name of at least 2 characters.")).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    await person.type(screen.getByLabelText("Cohort name"), "  Pharmacy batch A ");
    await person.click(screen.getByRole("button", { name: "Create cohort" }));
    expect(await screen.findByText(/“Pharmacy batch A” is ready/)).toBeInTheDocument();
    expect(sent(fetchMock)).toEqual({ url: "/api/v1/counsellor/cohorts", method: "POST", body: { name: "Pharmacy batch A" } });
    expect(within(cards()[0]!).getByRole("heading", { level: 3 })).toHaveTextContent("Pharmacy batch A");
    expect(screen.getByLabelText("Cohort name")).toHaveValue("");
    expect(screen.getByText("No results shared yet")).toBeInTheDocument();
  });

  it("shows the server's word about the name next to the field and keeps the name", async () => {
    answer({ status: 422, body: { error: "The request is not valid.", issues: [{ path: "name", message: "Keep the name to 80 characters or fewer." }] } });
    renderManager([]);
    const person = userEvent.setup();
    await person.type(screen.getByLabelText("Cohort name"), "Batch 7");
    await person.click(screen.getByRole("button", { name: "Create cohort" }));
    const field = screen.getByLabelText("Cohort name");
    await waitFor(() => expect(field).toHaveAccessibleDescription(/Keep the name to 80 characters or fewer\./));
    expect(field).toHaveValue("Batch 7");
  });

  it("sends a signed-out counsellor to sign in again, coming back here", async () => {
    answer({ status: 401, body: { error: "Sign in as a counsellor to see this.", issues: [] } });
    renderManager([]);
    const person = userEvent.setup();
    await person.type(screen.getByLabelText("Cohort name"), "Batch 7");
    await person.click(screen.getByRole("button", { name: "Create cohort" }));
    const alert = await screen.findByText(/Your session has ended, so this was not saved/);
    expect(within(alert.closest("[role=alert]") as HTMLElement).getByRole("link", { name: "Sign in again" })).toHaveAttribute(
      "href",
      "/counsellor/sign-in?next=%2Fcounsellor%2Fcohorts",
    );
  });

  it("turns invites off and says what that means", async () => {
    const fetchMock = answer({ status: 200, body: { cohort: { ...pune, invitesOpen: false } } });
    renderManager([pune]);
    const toggle = screen.getByRole("switch", { name: "Accepting new results" });
    await userEvent.setup().click(toggle);
    await waitFor(() => expect(toggle).not.toBeChecked());
    expect(sent(fetchMock)).toEqual({ url: `/api/v1/counsellor/cohorts/${pune.id}`, method: "PATCH", body: { invitesOpen: false } });
    expect(toggle).toHaveAccessibleDescription(/Off\. The link and the code are paused/);
  });

  it("puts the switch back and says so when the change fails", async () => {
    answer({ status: 404, body: { error: "No cohort exists at this address.", issues: [] } });
    renderManager([pune]);
    const toggle = screen.getByRole("switch", { name: "Accepting new results" });
    await userEvent.setup().click(toggle);
    expect(await screen.findByText(/This cohort no longer exists/)).toBeInTheDocument();
    expect(toggle).toBeChecked();
  });

  it("renames in place, and Escape leaves the name as it was", async () => {
    const fetchMock = answer({ status: 200, body: { cohort: { ...pune, name: "B.Sc Microbiology 2026, Pune (A)" } } });
    renderManager([pune]);
    const person = userEvent.setup();
    await person.click(screen.getByRole("button", { name: `Rename ${pune.name}` }));
    const field = screen.getByLabelText("New name for this cohort");
    expect(field).toHaveFocus();
    expect(field).toHaveValue(pune.name);
    await person.keyboard("{Escape}");
    expect(screen.queryByLabelText("New name for this cohort")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: `Rename ${pune.name}` })).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();

    await person.click(screen.getByRole("button", { name: `Rename ${pune.name}` }));
    await person.type(screen.getByLabelText("New name for this cohort"), " (A)");
    await person.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("heading", { name: "B.Sc Microbiology 2026, Pune (A)" })).toBeInTheDocument();
    expect(sent(fetchMock)).toEqual({
      url: `/api/v1/counsellor/cohorts/${pune.id}`,
      method: "PATCH",
      body: { name: "B.Sc Microbiology 2026, Pune (A)" },
    });
    expect(screen.getByText("Renamed. Students see the new name from now on.")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Rename B.Sc Microbiology 2026, Pune (A)" })).toHaveFocus());
  });

  it("copies the invite link and says so", async () => {
    renderManager([pune]);
    const person = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue();
    await person.click(screen.getByRole("button", { name: `Copy link for ${pune.name}` }));
    expect(writeText).toHaveBeenCalledWith(pune.inviteUrl);
    expect(await screen.findByText(/Invite link copied/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: `Copied for ${pune.name}` })).toBeInTheDocument();
  });

  it("selects the link for copying by hand when the browser refuses", async () => {
    renderManager([pune]);
    const person = userEvent.setup();
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("Denied"));
    await person.click(screen.getByRole("button", { name: `Copy link for ${pune.name}` }));
    expect(await screen.findByText(/Your browser did not allow copying/)).toBeInTheDocument();
    expect(window.getSelection()?.toString()).toBe(pune.inviteUrl);
  });

  it("archives after a labelled confirmation, lists the cohort apart, and restores it", async () => {
    const archivedAt = "2026-12-06T10:00:00.000Z";
    const fetchMock = answer({ status: 200, body: { cohort: { ...pune, archivedAt } } }, { status: 200, body: { cohort: pune } });
    renderManager([pune, evening]);
    const person = userEvent.setup();
    await person.click(within(card(pune.name)).getByRole("button", { name: `Archive ${pune.name}` }));
    const dialog = screen.getByRole("dialog", { name: `Archive “${pune.name}”?` });
    expect(dialog).toHaveAccessibleDescription(/can no longer share new results/);
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
    await person.click(within(dialog).getByRole("button", { name: "Archive cohort" }));
    expect(await screen.findByText(/is archived\. You will find it under Archived cohorts/)).toBeInTheDocument();
    expect(sent(fetchMock)).toEqual({ url: `/api/v1/counsellor/cohorts/${pune.id}`, method: "PATCH", body: { archived: true } });
    expect(screen.getByRole("heading", { name: /Your cohorts \(1\)/ })).toBeInTheDocument();
    const archived = screen.getByRole("region", { name: /Archived cohorts \(1\)/ });
    expect(within(archived).getByRole("heading", { name: pune.name })).toBeInTheDocument();
    expect(archived).toHaveTextContent("Archived 6 Dec 2026");

    await person.click(within(archived).getByRole("button", { name: `Restore ${pune.name}` }));
    expect(await screen.findByText(/is active again/)).toBeInTheDocument();
    expect(sent(fetchMock, 1).body).toEqual({ archived: false });
    expect(screen.queryByRole("region", { name: /Archived cohorts/ })).not.toBeInTheDocument();
  });

  it("deletes only after confirming; Cancel changes nothing", async () => {
    const fetchMock = answer({ status: 204 });
    renderManager([pune, evening]);
    const person = userEvent.setup();
    await person.click(within(card(pune.name)).getByRole("button", { name: `Delete ${pune.name}` }));
    let dialog = screen.getByRole("dialog", { name: `Delete “${pune.name}” for good?` });
    expect(dialog).toHaveAccessibleDescription(/12 shared results and your notes on them\. It cannot be undone\. The students keep their own results/);
    await person.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    await person.click(within(card(pune.name)).getByRole("button", { name: `Delete ${pune.name}` }));
    dialog = screen.getByRole("dialog", { name: `Delete “${pune.name}” for good?` });
    await person.click(within(dialog).getByRole("button", { name: "Delete cohort" }));
    expect(await screen.findByText(/was deleted, with its shared results/)).toBeInTheDocument();
    expect(sent(fetchMock)).toMatchObject({ url: `/api/v1/counsellor/cohorts/${pune.id}`, method: "DELETE" });
    expect(screen.queryByRole("heading", { name: pune.name })).not.toBeInTheDocument();
  });

  it("speaks Hindi on a Hindi page, with the invite link in Hindi too", async () => {
    answer({ status: 422, body: { error: "The request is not valid.", issues: [{ path: "name", message: "Keep the name to 80 characters or fewer." }] } });
    render(
      <QueryProvider>
        <CohortsManager initialCohorts={[pune]} />
      </QueryProvider>,
      { locale: "hi" },
    );
    expect(screen.getByRole("heading", { name: /आपके कोहोर्ट \(1\)/ })).toBeInTheDocument();
    expect(screen.getByText("12 नतीजे शेयर हुए")).toBeInTheDocument();
    expect(screen.getByText("http://localhost:3200/hi/join/tokenPune00000000000001")).toBeInTheDocument();
    expect(screen.getByRole("switch", { name: "नए नतीजे ले रहा है" })).toBeChecked();
    const person = userEvent.setup();
    await person.click(screen.getByRole("button", { name: "कोहोर्ट बनाएँ" }));
    expect(await screen.findByText("कोहोर्ट का नाम कम से कम 2 अक्षरों का रखें।")).toBeInTheDocument();
    await person.type(screen.getByLabelText("कोहोर्ट का नाम"), "Batch 7");
    await person.click(screen.getByRole("button", { name: "कोहोर्ट बनाएँ" }));
    // The API's English message about the name, read back into Hindi.
    await waitFor(() => expect(screen.getByLabelText("कोहोर्ट का नाम")).toHaveAccessibleDescription(/नाम 80 अक्षरों या उससे कम का रखें।/));
  });

  it("prints the invite sheet for students in Hindi on a Hindi page", () => {
    render(
      <InviteSheet
        cohortName={pune.name}
        counsellorName="Ms Rao"
        code={pune.code}
        inviteUrl="http://localhost:3200/hi/join/tokenPune00000000000001"
        joinUrl="http://localhost:3200/hi/join"
        qrSvg="<svg></svg>"
      />,
      { locale: "hi" },
    );
    expect(screen.getByText("क्या मेडिकल कोडिंग आपके लिए सही करियर है?")).toBeInTheDocument();
    expect(screen.getByRole("img", { name: `QR कोड: ${pune.name} के लिए Coder Fit का इनवाइट खोलता है` })).toBeInTheDocument();
    expect(screen.getByText(/Ms Rao से शेयर करना है या नहीं/)).toBeInTheDocument();
    expect(screen.getByText("कैमरा नहीं है? http://localhost:3200/hi/join खोलें और यह कोड डालें।")).toBeInTheDocument();
  });
});
