import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, render, screen, waitFor, within } from "@/tests/support/render";
import userEvent from "@testing-library/user-event";
import { useSyncExternalStore } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ProfileNamesProvider } from "@/components/counsellor/profile-names";
import { ResultsDashboard } from "@/components/counsellor/results-dashboard";
import { profileNames } from "@/lib/counsellor/names";
import { profileIn } from "@/lib/i18n/profiles";
import type { Locale } from "@/lib/i18n/locales";
import { medicalCoderProfile } from "@/lib/profiles";
import type { ResultPage } from "@/lib/counsellor/api-client";
import { readResultView, viewToSearch } from "@/lib/counsellor/filters";
import type { ResultRow } from "@/lib/shares/counsellor";

// The App Router's hooks, backed by the jsdom location: history.replaceState (what the view
// hook writes with) notifies them, as Next.js's own router does in the browser.
const LOCATION_CHANGED = "test:location";
vi.mock("next/navigation", () => ({
  usePathname: () => window.location.pathname,
  useSearchParams: () => {
    const search = useSyncExternalStore(
      (onChange) => {
        window.addEventListener(LOCATION_CHANGED, onChange);
        window.addEventListener("popstate", onChange);
        return () => {
          window.removeEventListener(LOCATION_CHANGED, onChange);
          window.removeEventListener("popstate", onChange);
        };
      },
      () => window.location.search,
    );
    return new URLSearchParams(search);
  },
}));

const COHORTS = [
  { id: "cohort_pune_0123456789abc", name: "B.Sc Microbiology 2026, Pune" },
  { id: "cohort_hyd_0123456789abcd", name: "B.Pharm final year 2026, Hyderabad" },
];

function row(overrides: Partial<ResultRow>): ResultRow {
  return {
    id: "share_0123456789abcdefghij",
    displayName: "Ananya Joshi",
    email: "ananya@example.com",
    cohortId: COHORTS[0]!.id,
    cohortName: COHORTS[0]!.name,
    takenAt: "2026-11-20T10:00:00.000Z",
    overall: 76,
    band: "strong",
    education: 88,
    skills: 59.1,
    temperament: 81.6,
    background: "nursing-allied",
    degree: "B.Com",
    flags: [],
    topGaps: ["coding-guidelines", "icd-coding"],
    reviewed: true,
    latest: true,
    attempt: null,
    ...overrides,
  };
}

const ANANYA = row({});
const ZOYA = row({
  id: "share_zoya_0123456789abcdef",
  displayName: "Zoya Ali",
  email: null,
  band: "possible",
  overall: 47,
  flags: ["dislikes-rule-based-systems", "dislikes-desk-computer-work"],
  reviewed: false,
});

const page = (rows: ResultRow[], extra: Partial<ResultPage> = {}): ResultPage => ({
  rows,
  total: rows.length,
  totalAtLeast: false,
  page: 1,
  pageSize: 25,
  pageCount: 1,
  ...extra,
});

type Reply = { status: number; body: unknown };
let reply: (url: string) => Reply;
const requested: string[] = [];
const originalReplaceState = window.history.replaceState.bind(window.history);

beforeEach(() => {
  requested.length = 0;
  reply = () => ({ status: 200, body: page([ANANYA]) });
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      requested.push(url);
      const { status, body } = reply(url);
      return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
    }),
  );
  vi.spyOn(window.history, "replaceState").mockImplementation((data, unused, url) => {
    originalReplaceState(data, unused, url);
    window.dispatchEvent(new Event(LOCATION_CHANGED));
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  originalReplaceState(null, "", "/");
});

function renderDashboard(
  url: string,
  initialData: ResultPage,
  { cohorts = COHORTS, sharedCount = 60, locale = "en" as Locale } = {},
) {
  originalReplaceState(null, "", url);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });
  // As the page does: the view read from the URL, written back in its canonical order.
  const initialSearch = viewToSearch(readResultView(new URL(url, "http://localhost").searchParams));
  // As the counsellor layout does: the profile's names in the page's language.
  const names = profileNames(profileIn(medicalCoderProfile, locale), medicalCoderProfile);
  render(
    <QueryClientProvider client={client}>
      <ProfileNamesProvider names={names}>
        <ResultsDashboard initialSearch={initialSearch} initialData={initialData} cohorts={cohorts} sharedCount={sharedCount} />
      </ProfileNamesProvider>
    </QueryClientProvider>,
    { locale },
  );
}

const table = () => screen.getByRole("table");
const search = () => window.location.search;

describe("Counsellor dashboard", () => {
  it("paints the server's first page without asking again, as a table and as cards", () => {
    renderDashboard("/counsellor", page([ANANYA, ZOYA], { total: 60, pageCount: 3 }));
    expect(requested).toEqual([]);
    expect(screen.getByRole("status")).toHaveTextContent("Showing 1–2 of 60 results");

    const rows = within(table()).getAllByRole("row");
    expect(rows).toHaveLength(3);
    const ananya = within(rows[1]!);
    expect(ananya.getByRole("link", { name: "Ananya Joshi" })).toHaveAttribute("href", `/counsellor/results/${ANANYA.id}`);
    expect(rows[1]).toHaveTextContent("ananya@example.com");
    expect(rows[1]).toHaveTextContent("20 Nov 2026");
    expect(rows[1]).toHaveTextContent("Strong fit");
    expect(rows[1]).toHaveTextContent("Coding Guidelines, ICD Coding");
    expect(rows[2]).toHaveTextContent("2 flags");
    expect(rows[2]).toHaveTextContent("Not yet");
    expect(within(table()).getByRole("columnheader", { name: "Taken on" })).toHaveAttribute("aria-sort", "descending");

    const cards = screen.getByRole("list", { name: /Showing 1–2 of 60 results/ });
    expect(within(cards).getAllByRole("listitem")).toHaveLength(2);
    expect(within(cards).getByRole("link", { name: "Zoya Ali" })).toHaveAttribute("href", `/counsellor/results/${ZOYA.id}`);
    expect(cards).toHaveTextContent("Dislikes rule-based systems, Dislikes desk-based computer work");
  });

  it("keeps the view in the URL: a filter starts again on page 1 and asks for that view", async () => {
    const user = userEvent.setup();
    renderDashboard("/counsellor?page=2", page([ANANYA], { total: 60, page: 2, pageCount: 3 }));
    reply = () => ({ status: 200, body: page([ZOYA], { total: 13, pageCount: 1 }) });

    await user.selectOptions(screen.getByLabelText("Band"), "Possible with preparation");
    expect(search()).toBe("?band=possible");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Showing 1–1 of 13 results"));
    expect(requested).toEqual(["/api/v1/counsellor/results?band=possible"]);

    await user.selectOptions(screen.getByLabelText("Cohort"), COHORTS[1]!.name);
    await user.selectOptions(screen.getByLabelText("Not-ideal flags"), "No flags");
    await user.selectOptions(screen.getByLabelText("Reviewed"), "Not reviewed yet");
    expect(search()).toBe(`?cohort=${COHORTS[1]!.id}&band=possible&flag=none&reviewed=no`);
    expect(screen.getByRole("button", { name: "Filters (4)" })).toHaveAttribute("aria-expanded", "false");
  });

  it("sorts from the column headers, flipping the direction on a second press", async () => {
    const user = userEvent.setup();
    renderDashboard("/counsellor", page([ANANYA, ZOYA]));
    const overall = () => within(table()).getByRole("columnheader", { name: "Overall and band" });

    await user.click(within(overall()).getByRole("button"));
    expect(search()).toBe("?sort=overall");
    expect(overall()).toHaveAttribute("aria-sort", "descending");

    await user.click(within(overall()).getByRole("button"));
    expect(search()).toBe("?sort=overall&dir=asc");
    expect(overall()).toHaveAttribute("aria-sort", "ascending");

    await user.click(within(table()).getByRole("button", { name: "Student" }));
    expect(search()).toBe("?sort=name&dir=asc");

    await user.selectOptions(screen.getByLabelText("Sort by"), "Skills: lowest first");
    expect(search()).toBe("?sort=skills&dir=asc");
  });

  it("waits for a pause in typing before searching by name", async () => {
    const user = userEvent.setup();
    renderDashboard("/counsellor", page([ANANYA, ZOYA]));
    await user.type(screen.getByLabelText("Search by name"), "Zoya");
    expect(search()).toBe("");
    await waitFor(() => expect(search()).toBe("?q=Zoya"));
    expect(window.history.replaceState).toHaveBeenCalledTimes(1);
  });

  it("pages forward and changes the page size", async () => {
    const user = userEvent.setup();
    renderDashboard("/counsellor", page([ANANYA], { total: 60, pageSize: 25, pageCount: 3 }));
    reply = () => ({ status: 200, body: page([ZOYA], { total: 60, page: 2, pageCount: 3 }) });
    expect(screen.getByText("Page 1 of 3")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Previous" })).toHaveAttribute("aria-disabled", "true");

    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(search()).toBe("?page=2");
    await waitFor(() => expect(screen.getByText("Page 2 of 3")).toBeInTheDocument());

    await user.selectOptions(screen.getByLabelText("Results per page"), "50");
    expect(search()).toBe("?pageSize=50");
  });

  it("says 'more than' when the count stops at its limit, and keeps Next open", async () => {
    renderDashboard("/counsellor", page([ANANYA, ZOYA], { total: 10_000, totalAtLeast: true, pageSize: 25, pageCount: 400 }));
    expect(screen.getAllByText(/of more than 10,000 results/).length).toBeGreaterThan(0);
    expect(screen.getByText("Page 1 of 400+")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Next" })).not.toHaveAttribute("aria-disabled", "true");
    expect(screen.getAllByRole("link", { name: "Download CSV" })[0]).toHaveAccessibleDescription(
      "Downloads every result (more than 10,000 results), not just this page.",
    );
  });

  it("offers the CSV of every matching row and the analytics for the same filters", async () => {
    renderDashboard("/counsellor?band=strong&sort=overall&page=2", page([ANANYA], { total: 60, page: 2, pageCount: 3 }));
    const csv = screen.getAllByRole("link", { name: "Download CSV" })[0]!;
    expect(csv).toHaveAttribute("href", "/api/v1/counsellor/results/export?band=strong&sort=overall");
    expect(csv).toHaveAttribute("download");
    expect(csv).toHaveAccessibleDescription("Downloads all 60 results that match the filters, not just this page.");
    expect(screen.getAllByRole("link", { name: "Analytics for these results" })[0]).toHaveAttribute(
      "href",
      "/counsellor/analytics?band=strong",
    );
  });

  it("says when nothing matches and clears the filters", async () => {
    const user = userEvent.setup();
    renderDashboard("/counsellor?q=nobody&band=strong", page([]));
    expect(screen.getByRole("heading", { name: "No results match these filters" })).toBeInTheDocument();
    reply = () => ({ status: 200, body: page([ANANYA]) });

    const empty = screen.getByRole("region", { name: "No results match these filters" });
    await user.click(within(empty).getByRole("button", { name: "Clear filters" }));
    expect(search()).toBe("");
    expect(screen.getByLabelText("Search by name")).toHaveValue("");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Showing 1–1 of 1 result"));
  });

  it("points to the cohorts page before there are cohorts or results", () => {
    renderDashboard("/counsellor", page([]), { cohorts: [], sharedCount: 0 });
    expect(screen.getByRole("heading", { name: "Create your first cohort" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Go to cohorts/ })).toHaveAttribute("href", "/counsellor/cohorts");
  });

  it("says no results yet when nothing has been shared", () => {
    renderDashboard("/counsellor", page([]), { sharedCount: 0 });
    expect(screen.getByRole("heading", { name: "No results yet" })).toBeInTheDocument();
    expect(screen.queryByLabelText("Search by name")).not.toBeInTheDocument();
  });

  it("shows a failure with Retry, and a way back in after the session ends", async () => {
    const user = userEvent.setup();
    renderDashboard("/counsellor", page([ANANYA]));
    reply = () => ({ status: 500, body: { error: "Something went wrong on our side. Please try again." } });
    await user.selectOptions(screen.getByLabelText("Band"), "Good fit");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We could not load the results.");

    reply = () => ({ status: 200, body: page([ZOYA]) });
    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Showing 1–1 of 1 result"));

    reply = () => ({ status: 401, body: { error: "Sign in as a counsellor to see this." } });
    await user.selectOptions(screen.getByLabelText("Band"), "Strong fit");
    const signedOut = await screen.findByRole("alert");
    expect(signedOut).toHaveTextContent("You have been signed out.");
    expect(within(signedOut).getByRole("link", { name: "Sign in again" })).toHaveAttribute(
      "href",
      `/counsellor/sign-in?next=${encodeURIComponent("/counsellor?band=strong")}`,
    );
  });

  it("follows the URL when it changes from outside (back and forward)", async () => {
    renderDashboard("/counsellor?q=Ana", page([ANANYA]));
    expect(screen.getByLabelText("Search by name")).toHaveValue("Ana");
    reply = () => ({ status: 200, body: page([ZOYA]) });
    act(() => {
      originalReplaceState(null, "", "/counsellor?q=Zoya&band=possible");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(screen.getByLabelText("Search by name")).toHaveValue("Zoya");
    expect(screen.getByLabelText("Band")).toHaveValue("possible");
    await waitFor(() => expect(within(table()).getByRole("link", { name: "Zoya Ali" })).toBeInTheDocument());
  });

  it("does not apply a date range that runs backwards, and says why", async () => {
    const user = userEvent.setup();
    renderDashboard("/counsellor?to=2026-10-01", page([ANANYA]));
    const from = screen.getByLabelText("Taken from");
    await user.type(from, "2026-11-01");
    expect(screen.getByLabelText("Taken up to")).toHaveAccessibleDescription(
      "The start date is after the end date. These dates are not applied yet.",
    );
    expect(search()).toBe("?to=2026-10-01");
  });

  it("reads in Hindi on a Hindi page, with the profile's Hindi names for bands, skills and flags", () => {
    renderDashboard("/counsellor", page([ANANYA, ZOYA], { total: 60, pageCount: 3 }), { locale: "hi" });
    expect(screen.getByRole("heading", { name: "नतीजे" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("1–2 दिखाए जा रहे हैं, कुल 60 नतीजे");
    const rows = within(table()).getAllByRole("row");
    expect(rows[1]).toHaveTextContent("20 नवंबर 2026");
    expect(rows[1]).toHaveTextContent("बहुत अच्छा मेल");
    expect(rows[1]).toHaveTextContent("कोडिंग के नियम (गाइडलाइंस), ICD कोडिंग");
    expect(rows[2]).toHaveTextContent("2 संकेत");
    expect(within(table()).getByRole("columnheader", { name: "टेस्ट की तारीख़" })).toHaveAttribute("aria-sort", "descending");
    expect(screen.getByRole("list", { name: /कुल 60 नतीजे/ })).toHaveTextContent("नियमों से बंधा काम पसंद नहीं");
  });
});
