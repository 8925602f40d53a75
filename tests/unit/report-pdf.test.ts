/**
 * The report PDF (lib/pdf) for one persona per band: a real PDF of at most six A4 pages, with
 * selectable text that carries the same figures as the page's answer block (buildAnswer), and
 * the full receipt only as an appendix when asked for.
 */
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/route";
import { readPdfOptions } from "@/lib/pdf/http";
import { buildReportPdfModel } from "@/lib/pdf/model";
import { renderReportPdf } from "@/lib/pdf/render";
import { medicalCoderProfile } from "@/lib/profiles";
import { buildAnswer, buildReceipt } from "@/lib/report";
import { scoreAssessment } from "@/lib/results/score";
import { personaAnswers, personas } from "../fixtures/personas";
import { readPdfText } from "../support/pdf-text";

const BAND_PERSONAS = {
  strong: "nursing-graduate-loves-detail",
  possible: "12th-science-school-leaver",
  "not-natural": "bcom-dislikes-desk-and-routine",
} as const;

const A4 = { width: 595.28, height: 841.89 };
const takenAt = new Date("2026-11-22T20:30:00Z");

function personaResult(id: string) {
  const persona = personas.find((entry) => entry.id === id);
  if (!persona) throw new Error(`No persona ${id}`);
  return scoreAssessment(medicalCoderProfile, personaAnswers(persona));
}

describe.each(Object.entries(BAND_PERSONAS))("the report PDF for a %s persona", (band, personaId) => {
  const result = personaResult(personaId);
  const source = { createdAt: takenAt, profileId: medicalCoderProfile.id, result };
  const answer = buildAnswer(result, medicalCoderProfile);

  it("is the answer and plan in at most six A4 pages, with the page's own figures as selectable text", async () => {
    expect(result.band.id).toBe(band);
    const { pdf, fileName } = await renderReportPdf(source, { details: false });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // The date in the person's market's time zone: 23 November in India.
    expect(fileName).toBe("coder-fit-report-2026-11-23.pdf");

    const read = await readPdfText(pdf);
    expect(read.pageCount).toBeGreaterThanOrEqual(1);
    expect(read.pageCount).toBeLessThanOrEqual(6);
    expect(read.pages[0]).toMatch(new RegExp(`\\b${answer.overall} out of 100\\b`));
    for (const words of [answer.band.label, answer.verdict.title, answer.verdict.line.split(".")[0]!]) {
      expect(read.pages[0]).toContain(words);
    }
    expect(answer.certification).not.toBeNull();
    expect(read.text).toContain(`${answer.certification!.code} · ${answer.certification!.name}`);
    for (const action of answer.actions) expect(read.text).toContain(action.title);
    // India has salary figures in rupees: the ₹ sign must come out as text, not a missing glyph.
    expect(answer.salary.line).toMatch(/^₹/);
    expect(read.text).toContain(answer.salary.line);
    expect(read.text).toContain(`Page 1 of ${read.pageCount}`);
    // No receipt without details.
    expect(read.text).not.toContain(buildReceipt(result, medicalCoderProfile).equation);
  });

  it("adds the full receipt as an appendix only with details", async () => {
    const without = await readPdfText((await renderReportPdf(source, { details: false })).pdf);
    const withDetails = await readPdfText((await renderReportPdf(source, { details: true })).pdf);
    expect(withDetails.pageCount).toBeGreaterThan(without.pageCount);
    const receipt = buildReceipt(result, medicalCoderProfile);
    expect(withDetails.text).toContain(receipt.equation);
    for (const line of receipt.groups.flatMap((group) => group.lines)) expect(withDetails.text).toContain(line.name);
    // The appendix follows the report: the report's own pages are unchanged.
    expect(withDetails.pages.slice(0, without.pageCount)).toEqual(without.pages.map((page) => page.replace(/Page (\d+) of \d+/, `Page $1 of ${withDetails.pageCount}`)));
  });
});

describe("the report PDF for a UK graduate", () => {
  it("prints the NHS pay line in pounds, with its band and sources, and no other currency", async () => {
    const result = personaResult("uk-biomedical-graduate");
    const answer = buildAnswer(result, medicalCoderProfile);
    expect(answer.salary.line).toMatch(/^£/);
    const read = await readPdfText((await renderReportPdf({ createdAt: takenAt, profileId: medicalCoderProfile.id, result }, { details: false })).pdf);
    // The £ sign must come out as text, not a missing glyph.
    expect(read.text).toContain(answer.salary.line);
    expect(read.text).toContain("Agenda for Change Band 3");
    expect(read.text).toContain("Sources: NHS Careers; NHS Take Home Pay Calculator");
    expect(read.text).not.toMatch(/₹|INR|USD/);
  });
});

describe("the PDF model", () => {
  it("is built from the same answer, plan and versions as the page", () => {
    const result = personaResult(BAND_PERSONAS.possible);
    const model = buildReportPdfModel({ createdAt: takenAt, profileId: "no-longer-known", result }, { details: false });
    expect(model.answer).toEqual(buildAnswer(result, medicalCoderProfile));
    expect(model.receipt).toBeNull();
    expect(model.takenOn).toBe("23 November 2026");
    expect(model.marketName).toBe("India");
    expect(model.versions).toEqual({ profile: result.profileVersion, scoring: result.scoringVersion, questionnaire: result.questionnaireVersion });
  });

  it("lays out A4 pages", async () => {
    const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const { pdf } = await renderReportPdf({ createdAt: takenAt, profileId: medicalCoderProfile.id, result: personaResult(BAND_PERSONAS.strong) }, { details: false });
    const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    const [, , width, height] = (await document.getPage(1)).view;
    await document.destroy();
    expect(width).toBeCloseTo(A4.width, 0);
    expect(height).toBeCloseTo(A4.height, 0);
  });
});

describe("the download's query string", () => {
  const options = (query: string) => readPdfOptions(new Request(`http://127.0.0.1/api/v1/assessments/x/pdf${query}`));

  it("reads details=1 as the appendix, anything absent or 0 as none", () => {
    expect(options("")).toEqual({ details: false });
    expect(options("?details=0")).toEqual({ details: false });
    expect(options("?details=1")).toEqual({ details: true });
    expect(options("?details=1&utm_source=whatsapp")).toEqual({ details: true });
  });

  it.each(["?details=yes", "?details=", "?details=1&details=1"])("refuses %s with a 422 naming the parameter", (query) => {
    let error: unknown;
    try {
      options(query);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(422);
    expect((error as ApiError).issues.map((issue) => issue.path)).toEqual(["details"]);
  });
});
