/**
 * The class summary PDF's model and layout without a database: percentages as the analytics page
 * writes them, the "talk to first" order, the query options of the counsellor's report download,
 * a worst case of 60 students (long names, everyone to talk to first) still in four pages, and
 * the same summary in Hindi.
 */
import { describe, expect, it } from "vitest";
import { percentOf as chartPercentOf } from "@/components/counsellor/analytics-charts";
import { ApiError } from "@/lib/api/route";
import { BAND_IDS, FLAG_ORDER, SKILL_ORDER, flagName } from "@/lib/shares/figures";
import { buildClassSummaryModel, needsConversation, percentOf } from "@/lib/pdf/class-model";
import { renderClassSummaryPdf } from "@/lib/pdf/class-render";
import { pageWords } from "@/lib/i18n/page-words";
import { profileIn } from "@/lib/i18n/profiles";
import { readCounsellorPdfOptions } from "@/lib/pdf/http";
import { medicalCoderProfile } from "@/lib/profiles";
import type { ClassSummarySource, ClassSummaryStudent } from "@/lib/shares/class-summary";
import type { ExportRow } from "@/lib/shares/counsellor";
import { readPdfText } from "../support/pdf-text";

const NOW = new Date("2026-12-06T10:00:00Z");
const DEGREES = medicalCoderProfile.questionnaire.sections
  .flatMap((section) => section.items)
  .flatMap((item) => (item.kind === "choice" && item.role === "background" ? item.options.map((option) => option.label) : []));

function student(i: number, overrides: Partial<ClassSummaryStudent> = {}, row: Partial<ExportRow> = {}): ClassSummaryStudent {
  return {
    row: {
      id: `share_${String(i).padStart(20, "0")}`,
      displayName: `Student ${i}`,
      email: null,
      cohortId: "cohort",
      cohortName: "Batch",
      takenAt: NOW.toISOString(),
      overall: 40 + (i % 50),
      band: BAND_IDS[i % BAND_IDS.length]!,
      education: 50,
      skills: 50,
      temperament: 50,
      background: "commerce-other",
      degree: "B.Com",
      flags: [],
      topGaps: [SKILL_ORDER[i % SKILL_ORDER.length]!],
      reviewed: false,
      latest: true,
      attempt: null,
      skillLevels: [],
      notes: [],
      ...row,
    },
    stageId: "training",
    confidence: "high",
    strongFlags: [],
    ...overrides,
  };
}

function source(students: ClassSummaryStudent[]): ClassSummarySource {
  const total = students.length;
  return {
    cohortName: "B.Sc Microbiology 2026, Pune",
    filters: { cohort: "cohort" },
    analytics: {
      total,
      bands: BAND_IDS.map((band) => ({ band, count: students.filter((s) => s.row.band === band).length })),
      averages: { overall: 61.4, education: 50, skills: 50, temperament: 50 },
      gaps: SKILL_ORDER.map((skillId, index) => ({ skillId, count: Math.max(0, total - index * 7) })),
      flags: FLAG_ORDER.map((traitId) => ({ traitId, count: 0 })),
    },
    students,
  };
}

describe("the class summary model", () => {
  it("writes percentages as the analytics page does", () => {
    for (const [count, total] of [[0, 0], [1, 3], [19, 60], [20, 60], [60, 60], [7, 13]]) {
      expect(percentOf(count!, total!)).toBe(chartPercentOf(count!, total!));
    }
  });

  it("puts strong flags first, then low confidence, then the lowest score", () => {
    const strongFlag = FLAG_ORDER[0]!;
    const students = [
      student(1, {}, { overall: 30 }),
      student(2, { confidence: "low" }, { overall: 70 }),
      student(3, { confidence: "low" }, { overall: 50 }),
      student(4, { strongFlags: [strongFlag] }, { overall: 80 }),
      student(5, { strongFlags: [strongFlag], confidence: "low" }, { overall: 90 }),
    ];
    expect(students.map(needsConversation)).toEqual([false, true, true, true, true]);
    const model = buildClassSummaryModel(source(students), NOW);
    expect(model.talkFirst.map((s) => s.name)).toEqual(["Student 5", "Student 4", "Student 3", "Student 2"]);
    expect(model.talkFirst[0]).toMatchObject({ confidence: "Low", lowConfidence: true, strongFlags: [flagName(strongFlag)] });
    expect(model.talkFirst[1]).toMatchObject({ confidence: "High", lowConfidence: false });
    expect(model.gaps.length).toBeLessThanOrEqual(5);
    expect(model.stages).toEqual([{ id: "training", label: "Training", count: 5, share: 1, text: "5 · 100%" }]);
    expect(model.filterParts).toEqual([]);
    expect(model.date).toBe("6 December 2026");
  });

  it("fits a worst case of 60 students in four A4 pages", async () => {
    const flags = FLAG_ORDER.slice(0, 2);
    const students = Array.from({ length: 60 }, (_, i) =>
      student(
        i + 1,
        { confidence: "low", strongFlags: flags, stageId: i % 2 ? "training" : "entry" },
        // Long names, and every degree the quiz offers in turn (the longest take two lines).
        { displayName: `Venkata Lakshmi Narasimha ${i + 1}`, degree: DEGREES[i % DEGREES.length]! },
      ),
    );
    const { pdf } = await renderClassSummaryPdf(source(students), NOW);
    const read = await readPdfText(pdf);
    expect(DEGREES.length).toBeGreaterThan(5);
    expect(read.pageCount).toBeLessThanOrEqual(4);
    expect(read.text).toContain("Who to talk to first");
    expect(read.text).toContain("Every student");
    // Each page numbered, on the footer's line (below its rule), not on the rule above it.
    for (let page = 1; page <= read.pageCount; page++) {
      const number = read.runs.find((run) => run.page === page && run.text.includes(`Page ${page} of ${read.pageCount}`));
      const footer = read.runs.find((run) => run.page === page && run.text.startsWith("Coder Fit · Class summary"));
      expect(number, `page ${page}`).toBeDefined();
      expect(Math.abs(number!.y - footer!.y), `page ${page}`).toBeLessThan(1);
    }
  });
});

describe("the class summary in Hindi", () => {
  const t = pageWords("hi", "pdf");
  const hindi = profileIn(medicalCoderProfile, "hi");

  it("names bands, skills and stages from the Hindi profile, with a Hindi date and headings", async () => {
    const strongFlag = FLAG_ORDER[0]!;
    const students = Array.from({ length: 12 }, (_, i) => student(i + 1, i % 3 ? {} : { confidence: "low", strongFlags: [strongFlag] }));
    const model = buildClassSummaryModel({ ...source(students), filters: { cohort: "cohort", band: "good", flag: "any" } }, NOW, "hi");
    expect(model.locale).toBe("hi");
    expect(model.date).toBe("6 दिसंबर 2026");
    expect(model.bands.map((band) => band.label)).toEqual(hindi.scoring.bands.map((band) => band.label));
    expect(model.stages[0]!.label).toBe(hindi.progression.find((stage) => stage.id === "training")!.stage);
    expect(model.talkFirst[0]).toMatchObject({ confidence: t("class.confidence.low"), strongFlags: [hindi.traits.find((trait) => trait.id === strongFlag)!.name] });
    expect(model.filterParts[1]).toBe(t("class.filterParts.flagAny"));

    const { pdf, fileName } = await renderClassSummaryPdf(source(students), NOW, "hi");
    expect(fileName).toBe("coder-fit-class-summary-2026-12-06.pdf");
    const read = await readPdfText(pdf);
    // Headings a PDF reader gives back in order (it puts a ि matra before its letter).
    for (const heading of [t("class.stats.results"), t("class.stats.talkFirst"), t("class.stagesHeading"), t("class.tableHeading")]) {
      expect(read.text).toContain(heading);
    }
    expect(read.text).not.toContain("Who to talk to first");
    expect(read.text).not.toContain("\u25cc");
  });
});

describe("the counsellor's report download options", () => {
  const read = (query: string) => readCounsellorPdfOptions(new Request(`http://localhost/api/v1/counsellor/results/x/pdf${query}`));

  it("reads notes and details, and refuses anything else", () => {
    expect(read("")).toEqual({ details: false, notes: false, locale: "en" });
    expect(read("?notes=1")).toEqual({ details: false, notes: true, locale: "en" });
    expect(read("?notes=0&details=1")).toEqual({ details: true, notes: false, locale: "en" });
    expect(read("?notes=1&locale=hi")).toEqual({ details: false, notes: true, locale: "hi" });
    for (const bad of ["?notes=yes", "?notes=1&notes=1", "?notes=", "?details=2&notes=1", "?notes=1&locale=xx"]) {
      try {
        read(bad);
        expect.unreachable(bad);
      } catch (error) {
        expect(error, bad).toBeInstanceOf(ApiError);
        expect((error as ApiError).status).toBe(422);
      }
    }
    try {
      read("?notes=true");
    } catch (error) {
      expect((error as ApiError).issues).toEqual([{ path: "notes", message: "Use notes=1 to add your notes, or leave notes out." }]);
    }
  });
});
