import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@/tests/support/render";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ReviewToggle } from "@/components/counsellor/review-toggle";
import { counsellorKeys } from "@/lib/counsellor/query-keys";

const SHARE_ID = "share_0123456789abcdefghij";
const REVIEW_URL = `/api/v1/counsellor/results/${SHARE_ID}/review`;

type Reply = { status: number; body: unknown };

let reply: () => Reply | Promise<Reply>;
const requests: { method: string; url: string; body: unknown }[] = [];

beforeEach(() => {
  requests.length = 0;
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit = {}) => {
      requests.push({ method: init.method ?? "GET", url, body: init.body ? JSON.parse(String(init.body)) : undefined });
      const { status, body } = await reply();
      return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderToggle(initialReviewedAt: string | null) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const invalidate = vi.spyOn(client, "invalidateQueries");
  render(
    <QueryClientProvider client={client}>
      <ReviewToggle shareId={SHARE_ID} initialReviewedAt={initialReviewedAt} />
    </QueryClientProvider>,
  );
  return { invalidate };
}

const card = () => screen.getByRole("region", { name: "Review" });
const toggle = () => within(card()).getByRole("button");

describe("Reviewed mark", () => {
  it("marks a result reviewed: the new state shows at once, then the date, and the list is refreshed", async () => {
    const user = userEvent.setup();
    let answer!: (value: Reply) => void;
    reply = () => new Promise((done) => (answer = done));
    const { invalidate } = renderToggle(null);
    expect(card()).toHaveTextContent("Not reviewed yet.");
    expect(toggle()).toHaveAccessibleName("Mark as reviewed");

    await user.click(toggle());
    await waitFor(() => expect(toggle()).toHaveTextContent("Saving…"));
    expect(toggle()).toHaveAttribute("aria-disabled", "true");
    expect(card()).toHaveTextContent("Marking as reviewed…");
    await user.click(toggle());
    expect(requests).toEqual([{ method: "PUT", url: REVIEW_URL, body: { reviewed: true } }]);

    answer({ status: 200, body: { reviewed: true, reviewedAt: "2026-03-05T10:00:00.000Z" } });
    await waitFor(() => expect(toggle()).toHaveAccessibleName("Undo the reviewed mark"));
    expect(card()).toHaveTextContent(/Reviewed on 5 March 2026/);
    expect(screen.getByText("Marked as reviewed.")).toBeInTheDocument();
    expect(invalidate).toHaveBeenCalledWith({ queryKey: counsellorKeys.results() });
  });

  it("undoes the mark", async () => {
    const user = userEvent.setup();
    reply = () => ({ status: 200, body: { reviewed: false, reviewedAt: null } });
    renderToggle("2026-03-05T10:00:00.000Z");
    expect(card()).toHaveTextContent(/Reviewed on 5 March 2026/);

    await user.click(toggle());
    await waitFor(() => expect(toggle()).toHaveAccessibleName("Mark as reviewed"));
    expect(requests).toEqual([{ method: "PUT", url: REVIEW_URL, body: { reviewed: false } }]);
    expect(card()).toHaveTextContent("Not reviewed yet.");
    expect(screen.getByText("The reviewed mark was removed.")).toBeInTheDocument();
  });

  it("puts the old state back and says why when saving fails", async () => {
    const user = userEvent.setup();
    reply = () => ({ status: 500, body: { error: "Something went wrong on our side. Please try again." } });
    renderToggle(null);

    await user.click(toggle());
    expect(await within(card()).findByRole("alert")).toHaveTextContent("Something went wrong on our side");
    expect(toggle()).toHaveAccessibleName("Mark as reviewed");
    expect(card()).toHaveTextContent("Not reviewed yet.");
  });

  it("links to sign in again when the session has ended", async () => {
    const user = userEvent.setup();
    reply = () => ({ status: 401, body: { error: "Sign in as a counsellor to see this." } });
    renderToggle("2026-03-05T10:00:00.000Z");

    await user.click(toggle());
    const alert = await within(card()).findByRole("alert");
    expect(alert).toHaveTextContent("Your session has ended");
    expect(within(alert).getByRole("link", { name: /Sign in again/ })).toHaveAttribute(
      "href",
      `/counsellor/sign-in?next=${encodeURIComponent(`/counsellor/results/${SHARE_ID}`)}`,
    );
    expect(card()).toHaveTextContent(/Reviewed on 5 March 2026/);
  });

  it("says when the result is no longer shared", async () => {
    const user = userEvent.setup();
    reply = () => ({ status: 404, body: { error: "No result exists at this address." } });
    renderToggle(null);

    await user.click(toggle());
    expect(await within(card()).findByRole("alert")).toHaveTextContent("no longer shared with you");
  });
});
