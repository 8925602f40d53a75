import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@/tests/support/render";
import userEvent from "@testing-library/user-event";
import { useSyncExternalStore } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { percentOf } from "@/components/counsellor/analytics-charts";
import { AnalyticsDashboard } from "@/components/counsellor/analytics-dashboard";
import type { CohortAnalytics } from "@/lib/counsellor/api-client";
import { filtersOf, readResultView, viewToSearch } from "@/lib/counsellor/filters";

const LOCATION_CHANGED = "test:location";
vi.mock("next/navigation", () => ({
  usePathname: () => window.location.pathname,
  useSearchParams: () => {
    const search = useSyncExternalStore(
      (onChange) => {
        window.addEventListener(LOCATION_CHANGED, onChange);
        return () => window.removeEventListener(LOCATION_CHANGED, onChange);
      },
      () => window.location.search,
    );
    return new URLSearchParams(search);
  },
}));

const COHORTS = [{ id: "cohort_pune_0123456789abc", name: "B.Sc Microbiology 2026, Pune" }];

/** The demo data's figures, as the API returns them. */
const ALL: CohortAnalytics = {
  total: 60,
  bands: [
    { band: "strong", count: 19 },
    { band: "good", count: 24 },
    { band: "possible", count: 13 },
    { band: "not-natural", count: 4 },
  ],
  averages: { overall: 66.4, education: 77, skills: 64.5, temperament: 61.8 },
  gaps: [
    { skillId: "coding-guidelines", count: 54 },
    { skillId: "icd-coding", count: 53 },
    { skillId: "attention-to-detail", count: 53 },
    { skillId: "cpt-coding", count: 36 },
    { skillId: "anatomy-physiology", count: 34 },
    { skillId: "ehr-computer", count: 32 },
    { skillId: "documentation-review", count: 28 },
    { skillId: "medical-terminology", count: 27 },
    { skillId: "billing-basics", count: 27 },
  ],
  flags: [
    { traitId: "dislikes-rule-based-systems", count: 22 },
    { traitId: "dislikes-desk-computer-work", count: 18 },
    { traitId: "dislikes-accuracy-checks", count: 16 },
    { traitId: "dislikes-healthcare-terminology", count: 13 },
    { traitId: "dislikes-repetitive-documentation", count: 10 },
  ],
};

const NONE: CohortAnalytics = {
  total: 0,
  bands: ALL.bands.map((band) => ({ ...band, count: 0 })),
  averages: { overall: null, education: null, skills: null, temperament: null },
  gaps: ALL.gaps.map((gap) => ({ ...gap, count: 0 })),
  flags: ALL.flags.map((flag) => ({ ...flag, count: 0 })),
};

let reply: () => CohortAnalytics;
const requested: string[] = [];
const originalReplaceState = window.history.replaceState.bind(window.history);

beforeEach(() => {
  requested.length = 0;
  reply = () => ALL;
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      requested.push(url);
      return new Response(JSON.stringify(reply()), { status: 200, headers: { "Content-Type": "application/json" } });
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

function renderAnalytics(url: string, initialData: CohortAnalytics, sharedCount = 60) {
  originalReplaceState(null, "", url);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });
  const initialSearch = viewToSearch(filtersOf(readResultView(new URL(url, "http://localhost").searchParams)));
  render(
    <QueryClientProvider client={client}>
      <AnalyticsDashboard initialSearch={initialSearch} initialData={initialData} cohorts={COHORTS} sharedCount={sharedCount} />
    </QueryClientProvider>,
  );
}

const section = (name: string) => screen.getByRole("region", { name });
const tableRows = (name: string) =>
  within(within(section(name)).getByRole("table")).getAllByRole("row").slice(1).map((row) => row.textContent);

describe("Cohort analytics", () => {
  it("shows the API's figures as they are, with percentages of all results", () => {
    renderAnalytics("/counsellor/analytics", ALL);
    expect(requested).toEqual([]);
    expect(screen.getByRole("status")).toHaveTextContent("60 results counted");
    const average = screen.getByText("Average overall fit").closest("div")!;
    expect(average).toHaveTextContent("Average overall fit66.4/ 100");
    expect(screen.getByText("54 of 60 results (90%)")).toBeInTheDocument();

    expect(tableRows("Band distribution")).toEqual([
      "Strong fit1931.7%",
      "Good fit2440%",
      "Possible with preparation1321.7%",
      "Not a natural fit46.7%",
    ]);
    expect(tableRows("Average scores")).toEqual(["Overall fit66.4", "Education77", "Skills64.5", "Temperament61.8"]);
    expect(tableRows("Most common skill gaps")).toHaveLength(9);
    expect(tableRows("Most common skill gaps")[0]).toBe("Coding Guidelines5490%");
    expect(tableRows("Not-ideal flags")).toEqual([
      "Dislikes rule-based systems2236.7%",
      "Dislikes desk-based computer work1830%",
      "Dislikes accuracy checks1626.7%",
      "Dislikes healthcare terminology1321.7%",
      "Dislikes repetitive documentation work1016.7%",
    ]);
  });

  it("describes each chart in words for screen readers", () => {
    renderAnalytics("/counsellor/analytics", ALL);
    const chart = within(section("Band distribution")).getByRole("img");
    expect(chart).toHaveAccessibleName(
      "Results by band: Strong fit, 19 results, 31.7%; Good fit, 24 results, 40%; Possible with preparation, 13 results, 21.7%; Not a natural fit, 4 results, 6.7%.",
    );
  });

  it("follows the filters and links back to the table with the same ones", async () => {
    const user = userEvent.setup();
    renderAnalytics("/counsellor/analytics", ALL);
    expect(screen.getByRole("link", { name: "See all results in the table" })).toHaveAttribute("href", "/counsellor");

    reply = () => ({ ...ALL, total: 24 });
    await user.selectOptions(screen.getByLabelText("Band"), "Good fit");
    expect(window.location.search).toBe("?band=good");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("24 results counted"));
    expect(requested).toEqual(["/api/v1/counsellor/analytics?band=good"]);
    expect(screen.getByRole("link", { name: "See these results in the table" })).toHaveAttribute("href", "/counsellor?band=good");
    // The class summary PDF follows the same filters.
    const pdf = screen.getByRole("link", { name: "Download class summary (PDF)" });
    expect(pdf).toHaveAttribute("href", "/api/v1/counsellor/analytics/pdf?band=good");
    expect(pdf).toHaveAccessibleDescription(/who to talk to first/);
  });

  it("keeps sort and paging out of the analytics", () => {
    renderAnalytics("/counsellor/analytics?band=good&sort=name&page=3", ALL);
    expect(screen.getByRole("link", { name: "See these results in the table" })).toHaveAttribute("href", "/counsellor?band=good");
  });

  it("handles no matching results without dividing by zero", async () => {
    const user = userEvent.setup();
    renderAnalytics("/counsellor/analytics?band=strong&q=nobody", NONE);
    expect(screen.getByRole("heading", { name: "No results match these filters" })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);

    const empty = screen.getByRole("region", { name: "No results match these filters" });
    await user.click(within(empty).getByRole("button", { name: "Clear filters" }));
    expect(window.location.search).toBe("");
  });

  it("says no results yet when nothing has been shared", () => {
    renderAnalytics("/counsellor/analytics", NONE, 0);
    expect(screen.getByRole("heading", { name: "No results yet" })).toBeInTheDocument();
  });
});

describe("percentOf", () => {
  it("gives at most one decimal place and never NaN", () => {
    expect(percentOf(19, 60)).toBe("31.7%");
    expect(percentOf(24, 60)).toBe("40%");
    expect(percentOf(1, 3)).toBe("33.3%");
    expect(percentOf(0, 0)).toBe("0%");
    expect(percentOf(5, 5)).toBe("100%");
  });
});
