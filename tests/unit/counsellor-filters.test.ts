import { describe, expect, it } from "vitest";
import { exportHref } from "@/lib/counsellor/api-client";
import { SKILL_ORDER, skillName } from "@/lib/shares/figures";
import { CSV_HEADER, exportFileName, resultToCsv } from "@/lib/counsellor/csv";
import { DEFAULT_PAGE_SIZE, filtersOf, parseResultView, readResultView, viewToSearch } from "@/lib/counsellor/filters";
import type { ExportRow } from "@/lib/shares/counsellor";

const COHORT = "cohort_pune_0123456789abc";

describe("the dashboard's view in the URL", () => {
  it("reads the defaults from an empty address and writes them back as nothing", () => {
    const view = readResultView({});
    expect(view).toMatchObject({ sort: "date", dir: "desc", page: 1, pageSize: DEFAULT_PAGE_SIZE });
    expect(viewToSearch(view)).toBe("");
  });

  it("round-trips every filter, the sort and the page", () => {
    const search = `?cohort=${COHORT}&band=good&background=bpharm&flag=none&from=2026-09-01&to=2026-10-31&reviewed=no&q=Joshi&sort=skills&dir=asc&page=3&pageSize=50`;
    const view = readResultView(new URLSearchParams(search));
    expect(view).toEqual({
      cohort: COHORT,
      band: "good",
      background: "bpharm",
      flag: "none",
      from: "2026-09-01",
      to: "2026-10-31",
      reviewed: "no",
      q: "Joshi",
      sort: "skills",
      dir: "asc",
      page: 3,
      pageSize: 50,
    });
    expect(viewToSearch(view)).toBe(search);
  });

  it("drops each bad value on its own and keeps the rest (a hand-edited bookmark still opens)", () => {
    const view = readResultView({ band: "excellent", flag: "any", sort: "height", page: "0", pageSize: "7", q: "  Ana  " });
    expect(view).toMatchObject({ flag: "any", q: "Ana", sort: "date", page: 1, pageSize: DEFAULT_PAGE_SIZE });
    expect(view.band).toBeUndefined();
    expect(viewToSearch(view)).toBe("?flag=any&q=Ana");
  });

  it("drops an end date before the start date, keeping the start", () => {
    const view = readResultView({ from: "2026-11-01", to: "2026-10-01" });
    expect(view.from).toBe("2026-11-01");
    expect(view.to).toBeUndefined();
  });

  it("takes the first of repeated parameters, as Next.js passes them", () => {
    expect(readResultView({ band: ["strong", "good"] }).band).toBe("strong");
  });

  it("is strict for the API: a bad value names its field", () => {
    const parsed = parseResultView({ reviewed: "maybe" });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]?.path).toEqual(["reviewed"]);
  });

  it("gives the analytics and the CSV only the filters", () => {
    const view = readResultView({ band: "strong", q: "Ana", sort: "overall", dir: "asc", page: "4" });
    expect(filtersOf(view)).toEqual({ band: "strong", q: "Ana" });
    expect(viewToSearch(filtersOf(view))).toBe("?band=strong&q=Ana");
    // The CSV keeps the table's order but has every page.
    expect(exportHref(view)).toBe("/api/v1/counsellor/results/export?band=strong&q=Ana&sort=overall&dir=asc");
  });
});

describe("CSV rows", () => {
  const row: ExportRow = {
    id: "share_0123456789abcdefghij",
    displayName: "Rao, \"Asha\"",
    email: null,
    cohortId: COHORT,
    cohortName: "B.Sc Microbiology 2026, Pune",
    takenAt: "2026-11-20T22:30:00.000Z",
    overall: 74.46,
    band: "possible",
    education: 88,
    skills: 59.1,
    temperament: 81.55,
    background: "nursing-allied",
    degree: "B.Com",
    flags: ["dislikes-rule-based-systems", "dislikes-accuracy-checks"],
    topGaps: ["coding-guidelines", "icd-coding"],
    reviewed: true,
    latest: true,
    attempt: { number: 2, count: 2, previous: { overall: 61, band: "possible" } },
    skillLevels: [2, 1, 0, 3, 4, 2, 1, null, 2],
    notes: [
      { createdAt: "2026-11-21T09:00:00.000Z", body: "Call about the CPC course" },
      { createdAt: "2026-11-22T09:00:00.000Z", body: "=SUM(A1), \"keen\"" },
    ],
  };

  it("writes one line per result, in the header's order, quoted where needed", () => {
    const line = resultToCsv(row, "https://coderfit.example/report/abc");
    expect(line.endsWith("\r\n")).toBe(true);
    expect(line).toBe(
      [
        '"Rao, ""Asha"""',
        "",
        '"B.Sc Microbiology 2026, Pune"',
        "2026-11-20",
        "74.5",
        "Possible with preparation",
        "88",
        "59.1",
        "81.6",
        "B.Com",
        "B.Sc Nursing / Allied Health Degree",
        "Dislikes rule-based systems; Dislikes accuracy checks",
        "Coding Guidelines; ICD Coding",
        ...SKILL_ORDER.map((_, index) => String(row.skillLevels[index] ?? "")),
        // The student's second attempt in the cohort, and their newest.
        "2",
        "Yes",
        "Yes",
        // Notes: one to a line, oldest first; the cell is quoted for its line break and quotes.
        '"2026-11-21: Call about the CPC course\n2026-11-22: =SUM(A1), ""keen"""',
        "https://coderfit.example/report/abc",
      ].join(",") + "\r\n",
    );
    expect(CSV_HEADER).toHaveLength(18 + SKILL_ORDER.length);
  });

  it("has the exact degree, one level column per skill and the notes in its header", () => {
    expect(CSV_HEADER.slice(9, 11)).toEqual(["Degree", "Background"]);
    expect(CSV_HEADER.slice(13, 13 + SKILL_ORDER.length)).toEqual(SKILL_ORDER.map((id) => `${skillName(id)} level (0–4)`));
    expect(CSV_HEADER.slice(-3)).toEqual(["Reviewed", "Counsellor's notes", "Report link"]);
  });

  it("leaves cells empty for an older result without a degree or a skill's answer", () => {
    const cells = resultToCsv({ ...row, displayName: "Asha", cohortName: "Pune", degree: null, skillLevels: [], notes: [] }, "x").trimEnd().split(",");
    expect(cells[9]).toBe("");
    expect(cells.slice(13, 13 + SKILL_ORDER.length).every((cell) => cell === "")).toBe(true);
    expect(cells.at(-2)).toBe("");
  });

  it("names the file by the UTC day", () => {
    expect(exportFileName(new Date("2026-11-22T23:59:00Z"))).toBe("coder-fit-results-2026-11-22.csv");
  });
});
