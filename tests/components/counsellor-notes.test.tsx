import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@/tests/support/render";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NotesPanel } from "@/components/counsellor/notes-panel";
import type { NoteView } from "@/lib/counsellor/api-client";

const SHARE_ID = "share_0123456789abcdefghij";
const NOTES_URL = `/api/v1/counsellor/results/${SHARE_ID}/notes`;

const older: NoteView = {
  id: "note_older_0123456789abcd",
  body: "First talk: interested in outpatient coding.",
  createdAt: "2026-03-01T10:00:00.000Z",
  updatedAt: "2026-03-01T10:00:00.000Z",
};
const newer: NoteView = {
  id: "note_newer_0123456789abcd",
  body: "Suggested the CPC practice test.",
  createdAt: "2026-03-05T10:00:00.000Z",
  updatedAt: "2026-03-06T09:30:00.000Z",
};

type Reply = { status: number; body?: unknown };
type Handler = (request: { method: string; url: string; body: unknown }) => Reply | Promise<Reply>;

let handler: Handler;
const requests: { method: string; url: string; body: unknown }[] = [];

function json({ status, body }: Reply): Response {
  if (status === 204) return new Response(null, { status });
  return new Response(JSON.stringify(body ?? {}), { status, headers: { "Content-Type": "application/json" } });
}

function deferred() {
  let resolve!: (reply: Reply) => void;
  const promise = new Promise<Reply>((done) => (resolve = done));
  return { promise, resolve };
}

beforeEach(() => {
  requests.length = 0;
  handler = () => ({ status: 500, body: { error: "Not expected in this test." } });
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const request = { method: init.method ?? "GET", url, body: init.body ? JSON.parse(String(init.body)) : undefined };
      requests.push(request);
      return json(await handler(request));
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderPanel(initialNotes: NoteView[] = [newer, older]) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
  return render(
    <QueryClientProvider client={client}>
      <NotesPanel shareId={SHARE_ID} initialNotes={initialNotes} />
    </QueryClientProvider>,
  );
}

const noteItems = () => within(screen.getByRole("list", { name: "Your notes, newest first" })).getAllByRole("listitem");
const newNote = () => screen.getByRole("textbox", { name: "New note" });
const saveButton = () => screen.getByRole("button", { name: /Save note|Saving/ });

describe("Counsellor notes", () => {
  it("lists the notes newest first, with when each was written and edited, and says they are private", () => {
    renderPanel();
    expect(screen.getByRole("heading", { name: "Private notes" })).toBeInTheDocument();
    expect(screen.getByText(/Only you can read these notes/)).toHaveTextContent("the notes are deleted with it");
    const [first, second] = noteItems();
    expect(first).toHaveTextContent(newer.body);
    expect(first).toHaveTextContent(/Written .*2026.*edited .*2026/);
    expect(second).toHaveTextContent(older.body);
    expect(second).not.toHaveTextContent("edited");
    expect(requests).toHaveLength(0);
  });

  it("invites a first note when there are none", () => {
    renderPanel([]);
    expect(screen.getByText(/No notes yet/)).toBeInTheDocument();
  });

  it("checks the text before sending: empty, and over the limit with a count", async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(saveButton());
    expect(await screen.findByText("The note is empty.")).toBeInTheDocument();
    expect(newNote()).toHaveAttribute("aria-invalid", "true");
    expect(newNote()).toHaveFocus();

    await user.click(newNote());
    await user.paste("   ");
    await user.click(saveButton());
    expect(await screen.findByText("The note is empty.")).toBeInTheDocument();

    await user.clear(newNote());
    await user.click(newNote());
    await user.paste("a".repeat(3_600));
    expect(screen.getByText("400 of 4,000 characters left")).toBeInTheDocument();
    await user.paste("a".repeat(402));
    expect(screen.getByText("2 characters over the limit")).toBeInTheDocument();
    await user.click(saveButton());
    expect(await screen.findByText("Keep a note to 4,000 characters or fewer.")).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it("adds a note: busy while saving, then first in the list, the box emptied and the save announced", async () => {
    const user = userEvent.setup();
    const reply = deferred();
    handler = () => reply.promise;
    renderPanel();
    await user.type(newNote(), "  Met on Monday; wants a study plan.  ");
    await user.click(saveButton());

    await waitFor(() => expect(saveButton()).toHaveTextContent("Saving…"));
    expect(saveButton()).toHaveAttribute("aria-disabled", "true");
    expect(newNote()).toHaveAttribute("readonly");
    await user.click(saveButton());
    expect(requests).toEqual([{ method: "POST", url: NOTES_URL, body: { body: "Met on Monday; wants a study plan." } }]);

    const saved: NoteView = {
      id: "note_added_0123456789abcd",
      body: "Met on Monday; wants a study plan.",
      createdAt: "2026-03-07T10:00:00.000Z",
      updatedAt: "2026-03-07T10:00:00.000Z",
    };
    reply.resolve({ status: 201, body: { note: saved } });

    await waitFor(() => expect(noteItems()).toHaveLength(3));
    expect(noteItems()[0]).toHaveTextContent(saved.body);
    expect(newNote()).toHaveValue("");
    expect(saveButton()).toHaveTextContent("Save note");
    expect(saveButton()).not.toHaveAttribute("aria-disabled");
    expect(screen.getByText("Note saved.")).toBeInTheDocument();
  });

  it("keeps the typed text when the server turns the note down, with its reason next to the field", async () => {
    const user = userEvent.setup();
    handler = () => ({ status: 422, body: { error: "Check the note.", issues: [{ path: "body", message: "The note is empty." }] } });
    renderPanel();
    await user.type(newNote(), "Something the server refuses");
    await user.click(saveButton());
    expect(await screen.findByText("The note is empty.")).toBeInTheDocument();
    expect(newNote()).toHaveValue("Something the server refuses");
    expect(newNote()).toHaveAttribute("aria-invalid", "true");
  });

  it("keeps the typed text when saving fails, and offers to sign in again after the session ends", async () => {
    const user = userEvent.setup();
    handler = () => ({ status: 500, body: { error: "Something went wrong on our side. Please try again." } });
    renderPanel();
    await user.type(newNote(), "Call back on Friday");
    await user.click(saveButton());
    expect(await screen.findByRole("alert")).toHaveTextContent("Something went wrong on our side");
    expect(newNote()).toHaveValue("Call back on Friday");

    handler = () => ({ status: 401, body: { error: "Sign in as a counsellor to see this." } });
    await user.click(saveButton());
    const alert = await screen.findByRole("alert");
    await waitFor(() => expect(alert).toHaveTextContent("Your session has ended, so this was not saved."));
    expect(within(alert).getByRole("link", { name: /Sign in again/ })).toHaveAttribute(
      "href",
      `/counsellor/sign-in?next=${encodeURIComponent(`/counsellor/results/${SHARE_ID}`)}`,
    );
    expect(newNote()).toHaveValue("Call back on Friday");
  });

  it("edits a note in place: Cancel changes nothing, Save sends the new text and returns focus", async () => {
    const user = userEvent.setup();
    renderPanel();
    const first = () => noteItems()[0]!;

    await user.click(within(first()).getByRole("button", { name: "Edit note" }));
    let box = within(first()).getByRole("textbox", { name: "Edit note" });
    expect(box).toHaveValue(newer.body);
    expect(box).toHaveFocus();
    await user.type(box, " Booked for Friday.");
    await user.click(within(first()).getByRole("button", { name: "Cancel" }));
    expect(first()).toHaveTextContent(newer.body);
    expect(within(first()).getByRole("button", { name: "Edit note" })).toHaveFocus();
    expect(requests).toHaveLength(0);

    await user.click(within(first()).getByRole("button", { name: "Edit note" }));
    box = within(first()).getByRole("textbox", { name: "Edit note" });
    await user.clear(box);
    await user.click(within(first()).getByRole("button", { name: "Save changes" }));
    expect(await within(first()).findByText("The note is empty.")).toBeInTheDocument();
    expect(requests).toHaveLength(0);

    await user.type(box, "Booked the practice test for Friday.");
    const changed = { ...newer, body: "Booked the practice test for Friday.", updatedAt: "2026-03-08T10:00:00.000Z" };
    handler = () => ({ status: 200, body: { note: changed } });
    await user.click(within(first()).getByRole("button", { name: "Save changes" }));

    await waitFor(() => expect(first()).toHaveTextContent(changed.body));
    expect(requests).toEqual([{ method: "PATCH", url: `${NOTES_URL}/${newer.id}`, body: { body: changed.body } }]);
    expect(within(first()).queryByRole("textbox")).not.toBeInTheDocument();
    expect(within(first()).getByRole("button", { name: "Edit note" })).toHaveFocus();
    expect(screen.getByText("Note updated.")).toBeInTheDocument();
  });

  it("keeps an edit open with its text when saving it fails", async () => {
    const user = userEvent.setup();
    handler = () => ({ status: 404, body: { error: "No result exists at this address." } });
    renderPanel();
    const first = noteItems()[0]!;
    await user.click(within(first).getByRole("button", { name: "Edit note" }));
    const box = within(first).getByRole("textbox", { name: "Edit note" });
    await user.type(box, " More.");
    await user.click(within(first).getByRole("button", { name: "Save changes" }));
    expect(await within(first).findByRole("alert")).toHaveTextContent("no longer there");
    expect(box).toHaveValue(`${newer.body} More.`);
  });

  it("deletes a note only after a second press, and Keep it leaves it alone", async () => {
    const user = userEvent.setup();
    handler = () => ({ status: 204 });
    renderPanel();
    const first = () => noteItems()[0]!;

    await user.click(within(first()).getByRole("button", { name: "Delete note" }));
    const question = within(first()).getByRole("group", { name: /Delete this note for good\?/ });
    expect(within(question).getByRole("button", { name: "Keep it" })).toHaveFocus();
    await user.click(within(question).getByRole("button", { name: "Keep it" }));
    expect(within(first()).queryByRole("group")).not.toBeInTheDocument();
    expect(within(first()).getByRole("button", { name: "Delete note" })).toHaveFocus();
    expect(requests).toHaveLength(0);

    await user.click(within(first()).getByRole("button", { name: "Delete note" }));
    await user.click(within(within(first()).getByRole("group")).getByRole("button", { name: "Delete note" }));

    await waitFor(() => expect(noteItems()).toHaveLength(1));
    expect(noteItems()[0]).toHaveTextContent(older.body);
    expect(requests).toEqual([{ method: "DELETE", url: `${NOTES_URL}/${newer.id}`, body: undefined }]);
    expect(screen.getByText("Note deleted.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Private notes" })).toHaveFocus();
  });

  it("keeps the note and explains when deleting fails", async () => {
    const user = userEvent.setup();
    handler = () => ({ status: 500, body: { error: "Something went wrong on our side. Please try again." } });
    renderPanel();
    const first = noteItems()[0]!;
    await user.click(within(first).getByRole("button", { name: "Delete note" }));
    await user.click(within(within(first).getByRole("group")).getByRole("button", { name: "Delete note" }));
    expect(await within(first).findByRole("alert")).toHaveTextContent("Something went wrong on our side");
    expect(noteItems()).toHaveLength(2);
  });
});
