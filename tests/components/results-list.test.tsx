import { render, screen, waitFor, within } from "@/tests/support/render";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { deleteAssessmentRequest } from "@/lib/results/api";
import { ResultsList } from "@/components/results/results-list";
import { RESULTS_STORAGE_KEY, type SavedResult } from "@/lib/quiz/storage";

vi.mock("@/lib/results/api", async (original) => ({ ...(await original<object>()), deleteAssessmentRequest: vi.fn() }));

const older: SavedResult = {
  id: "older_id_0123456789abcde",
  createdAt: "2026-03-01T10:00:00.000Z",
  overall: 55,
  band: "moderate",
  bandLabel: "Moderate fit",
  ownerKey: "ownerKey_older_0123456789",
};
const newer: SavedResult = {
  id: "newer_id_0123456789abcde",
  createdAt: "2026-03-05T10:00:00.000Z",
  overall: 62.5,
  band: "good",
  bandLabel: "Good fit",
  previousId: older.id,
  ownerKey: "ownerKey_newer_0123456789",
};
const gone: SavedResult = {
  id: "gone_id_0123456789abcdef",
  createdAt: "2026-02-01T10:00:00.000Z",
  overall: 40,
  band: "stretch",
  bandLabel: "Stretch",
  ownerKey: "ownerKey_gone_01234567890",
};

const stored = () => (JSON.parse(localStorage.getItem(RESULTS_STORAGE_KEY) ?? "[]") as SavedResult[]).map((entry) => entry.id);
const items = () => screen.getAllByRole("listitem");

beforeEach(() => {
  localStorage.clear();
  // jsdom has no modal dialogs.
  HTMLDialogElement.prototype.showModal = vi.fn(function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
  });
  HTMLDialogElement.prototype.close = vi.fn(function (this: HTMLDialogElement) {
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  });
  vi.stubGlobal(
    "fetch",
    vi.fn((url: string) =>
      Promise.resolve(new Response(JSON.stringify({}), { status: url.includes(gone.id) ? 404 : 500, headers: { "Content-Type": "application/json" } })),
    ),
  );
  vi.mocked(deleteAssessmentRequest).mockReset();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("My results", () => {
  it("shows a calm empty state", () => {
    render(<ResultsList />);
    expect(screen.getByRole("heading", { name: "No results on this device yet" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Take the assessment/ })).toHaveAttribute("href", "/assessment");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("lists newest first with score, band, report link and the retake's link; checks each once", async () => {
    localStorage.setItem(RESULTS_STORAGE_KEY, JSON.stringify([newer, older, gone]));
    render(<ResultsList />);
    expect(items()).toHaveLength(3);
    expect(items()[0]).toHaveTextContent("62.5");
    expect(items()[0]).toHaveTextContent("Good fit");
    expect(within(items()[0]!).getByRole("link", { name: /Open the report/ })).toHaveAttribute("href", `/report/${newer.id}`);
    expect(items()[0]).toHaveTextContent(/Retake of the result of/);
    expect(within(items()[0]!).getByRole("link", { name: "Compare with it" })).toHaveAttribute(
      "href",
      `/results/compare?a=${older.id}&b=${newer.id}`,
    );
    expect(await within(items()[2]!).findByText("Deleted: this report no longer exists.")).toBeInTheDocument();
    expect(within(items()[2]!).queryByRole("button", { name: "Delete the result" })).not.toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("speaks Hindi on a Hindi page: words, dates and the band named in Hindi", async () => {
    localStorage.setItem(RESULTS_STORAGE_KEY, JSON.stringify([newer, older]));
    render(<ResultsList bandLabels={{ good: "अच्छा मेल" }} />, { locale: "hi" });
    expect(screen.getByRole("heading", { name: "2 नतीजे, सबसे नया पहले" })).toBeInTheDocument();
    expect(items()[0]).toHaveTextContent("अच्छा मेल");
    expect(items()[0]).toHaveTextContent("मार्च 2026");
    // A band the labels lack keeps the name saved with the result.
    expect(items()[1]).toHaveTextContent("Moderate fit");
    expect(within(items()[0]!).getByRole("link", { name: /रिपोर्ट खोलें/ })).toHaveAttribute("href", `/report/${newer.id}`);
    expect(within(items()[0]!).getByRole("checkbox", { name: "तुलना के लिए चुनें" })).toBeInTheDocument();
  });

  it("compares exactly two chosen results, earlier first", async () => {
    localStorage.setItem(RESULTS_STORAGE_KEY, JSON.stringify([newer, older]));
    const user = userEvent.setup();
    render(<ResultsList />);
    expect(screen.queryByRole("link", { name: "Compare the two chosen results" })).not.toBeInTheDocument();
    await user.click(within(items()[0]!).getByRole("checkbox", { name: "Choose to compare" }));
    expect(screen.getByText("1 chosen, choose one more.")).toBeInTheDocument();
    await user.click(within(items()[1]!).getByRole("checkbox", { name: "Choose to compare" }));
    expect(screen.getByRole("link", { name: "Compare the two chosen results" })).toHaveAttribute(
      "href",
      `/results/compare?a=${older.id}&b=${newer.id}`,
    );
  });

  it("removes an entry from this device only", async () => {
    localStorage.setItem(RESULTS_STORAGE_KEY, JSON.stringify([newer, older]));
    const user = userEvent.setup();
    render(<ResultsList />);
    await user.click(within(items()[1]!).getByRole("button", { name: "Remove from this list" }));
    expect(items()).toHaveLength(1);
    expect(stored()).toEqual([newer.id]);
    expect(deleteAssessmentRequest).not.toHaveBeenCalled();
  });

  it("deletes for good after confirming, and shows an error when that fails", async () => {
    localStorage.setItem(RESULTS_STORAGE_KEY, JSON.stringify([newer, older]));
    vi.mocked(deleteAssessmentRequest)
      .mockResolvedValueOnce({ ok: false, error: "The database is not answering.", reason: "unavailable" })
      .mockResolvedValueOnce({ ok: true });
    const user = userEvent.setup();
    render(<ResultsList />);

    await user.click(within(items()[0]!).getByRole("button", { name: "Delete the result" }));
    const dialog = screen.getByRole("dialog", { name: "Delete this result for good?" });
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Delete permanently" }));
    expect(
      await within(dialog).findByText("We could not delete the result just now because the database is not answering. Please try again."),
    ).toBeInTheDocument();
    expect(stored()).toEqual([newer.id, older.id]);

    await user.click(within(dialog).getByRole("button", { name: "Delete permanently" }));
    await waitFor(() => expect(stored()).toEqual([older.id]));
    expect(deleteAssessmentRequest).toHaveBeenLastCalledWith(newer.id, newer.ownerKey);
    expect(items()).toHaveLength(1);
    expect(screen.getAllByText(/was deleted for good/).length).toBeGreaterThan(0);
  });

  it("claims a result saved before owner keys once: delete appears when it is this device's, not when another device claimed it", async () => {
    const { ownerKey: _a, ...mine } = newer;
    const { ownerKey: _b, ...theirs } = older;
    localStorage.setItem(RESULTS_STORAGE_KEY, JSON.stringify([mine, theirs]));
    const claims: { url: string; key: string }[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn((url: string, init?: RequestInit) => {
        if (url.endsWith("/owner")) {
          claims.push({ url, key: (JSON.parse(String(init!.body)) as { ownerKey: string }).ownerKey });
          return Promise.resolve(new Response(JSON.stringify({ owner: true }), { status: url.includes(mine.id) ? 201 : 403 }));
        }
        return Promise.resolve(new Response(JSON.stringify({}), { status: 500 }));
      }),
    );
    render(<ResultsList />);
    await waitFor(() => expect(within(items()[0]!).getByRole("button", { name: "Delete the result" })).toBeInTheDocument());
    expect(within(items()[1]!).queryByRole("button", { name: "Delete the result" })).not.toBeInTheDocument();
    expect(claims.map((claim) => claim.url).sort()).toEqual([`/api/v1/assessments/${newer.id}/owner`, `/api/v1/assessments/${older.id}/owner`]);
    const saved = JSON.parse(localStorage.getItem(RESULTS_STORAGE_KEY)!) as SavedResult[];
    expect(saved[0]!.ownerKey).toBe(claims.find((claim) => claim.url.includes(mine.id))!.key);
    expect(saved[0]!.ownerKey).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(saved[1]).toEqual({ ...theirs, readOnly: true });
  });
});
