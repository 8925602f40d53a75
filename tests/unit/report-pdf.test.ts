/**
 * The report PDF (lib/pdf) for one persona per band: a real PDF of at most six A4 pages, with
 * selectable text that carries the same figures as the page's answer block (buildAnswer), and
 * the full receipt only as an appendix when asked for. In Hindi (`locale: "hi"`) the same
 * document reads in Hindi, with its Devanagari shaped whole; English stays as it was.
 */
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/route";
import { pageWords } from "@/lib/i18n/page-words";
import { profileIn } from "@/lib/i18n/profiles";
import { preparePdfFonts } from "@/lib/pdf/fonts";
import { readPdfOptions } from "@/lib/pdf/http";
import { buildReportPdfModel } from "@/lib/pdf/model";
import { renderReportPdf } from "@/lib/pdf/render";
import { medicalCoderProfile } from "@/lib/profiles";
import { buildAnswer, buildReceipt } from "@/lib/report";
import { scoreAssessment } from "@/lib/results/score";
import { storedResultIn } from "@/lib/results/stored";
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
    // Each page numbered on the footer's first line (below its rule).
    for (let page = 1; page <= read.pageCount; page++) {
      const number = read.runs.find((run) => run.page === page && run.text.includes(`Page ${page} of ${read.pageCount}`));
      const footer = read.runs.find((run) => run.page === page && run.text.startsWith("Coder Fit ·"));
      expect(number, `page ${page}`).toBeDefined();
      expect(Math.abs(number!.y - footer!.y), `page ${page}`).toBeLessThan(1);
    }
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
    expect(options("")).toEqual({ details: false, locale: "en" });
    expect(options("?details=0")).toEqual({ details: false, locale: "en" });
    expect(options("?details=1")).toEqual({ details: true, locale: "en" });
    expect(options("?details=1&utm_source=whatsapp")).toEqual({ details: true, locale: "en" });
  });

  it("reads locale=hi (or hi-IN) as Hindi, and no locale as English", () => {
    expect(options("?locale=hi")).toEqual({ details: false, locale: "hi" });
    expect(options("?details=1&locale=hi-IN")).toEqual({ details: true, locale: "hi" });
    expect(options("?locale=")).toEqual({ details: false, locale: "en" });
  });

  it("refuses a language Coder Fit does not have with a 422 naming locale", () => {
    let error: unknown;
    try {
      options("?locale=fr");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(422);
    expect((error as ApiError).issues.map((issue) => issue.path)).toEqual(["locale"]);
    expect((error as ApiError).issues[0]!.message).toMatch(/hi \(/);
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

/** Devanagari the shaper could not attach to a letter is drawn on a dotted circle (U+25CC). */
const BROKEN_CLUSTER = "\u25cc";

describe("the report PDF in Hindi", () => {
  const pdf = pageWords("hi", "pdf");
  const report = pageWords("hi", "report");

  it.each(Object.entries(BAND_PERSONAS))("reads in Hindi for a %s persona, every cluster whole", async (_band, personaId) => {
    const persona = personas.find((entry) => entry.id === personaId)!;
    const answers = personaAnswers(persona);
    const result = scoreAssessment(medicalCoderProfile, answers);
    const source = { createdAt: takenAt, profileId: medicalCoderProfile.id, result, answers };
    const { pdf: bytes, fileName } = await renderReportPdf(source, { details: true, locale: "hi", notes: [{ createdAt: takenAt, body: "CPC की तैयारी पर बात करें।" }] });
    // The file name stays plain ASCII, as a download header needs.
    expect(fileName).toBe("coder-fit-report-2026-11-23.pdf");
    const read = await readPdfText(bytes);
    expect(read.pageCount).toBeLessThanOrEqual(8);

    // Headings from pdf.json and report.json, in Hindi, read back as text. (Only headings whose
    // letters a PDF reader gives back in order: it puts a ि matra before its letter, for one.)
    expect(read.pages[0]).toContain(pdf("outOf"));
    expect(read.pages[0]).toContain(report("answer.actionsHeading"));
    expect(read.pages[0]).toContain("23 नवंबर 2026");
    expect(read.text).toContain(report("plan.heading"));
    expect(read.text).toContain(pdf("notes.heading"));
    expect(read.pages.at(-1)).toContain(pdf("pageOf", { page: String(read.pageCount), total: String(read.pageCount) }));

    // The figures are the Hindi page's: the same score, worded in Hindi.
    const hindi = storedResultIn(medicalCoderProfile, { answers, result }, "hi");
    expect(hindi.locale).toBe("hi");
    const answer = buildAnswer(hindi.result, profileIn(medicalCoderProfile, "hi"), report);
    expect(answer.overall).toBe(result.overall);
    expect(read.pages[0]).toContain(`${answer.overall} ${pdf("outOf")}`);
    expect(answer.band.label).not.toBe(result.band.label);

    // No English heading or footer is left, and no matra or anusvara was cut from its letter.
    for (const english of ["Your next three actions", "Your plan", "Why we think so", "out of 100", "Taken on", "Page 1 of", "Counsellor’s notes", "Appendix"]) {
      expect(read.text).not.toContain(english);
    }
    expect(read.text).not.toContain(BROKEN_CLUSTER);
  });

  it("leaves English as it was: the same text with or without locale=en, no Devanagari", async () => {
    const result = personaResult(BAND_PERSONAS.strong);
    const source = { createdAt: takenAt, profileId: medicalCoderProfile.id, result, answers: personaAnswers(personas.find((entry) => entry.id === BAND_PERSONAS.strong)!) };
    // A Hindi document first: the Devanagari faces' fixes must not reach the English one.
    await renderReportPdf(source, { details: true, locale: "hi" });
    const plain = await readPdfText((await renderReportPdf(source, { details: true })).pdf);
    const english = await readPdfText((await renderReportPdf(source, { details: true, locale: "en" })).pdf);
    expect(english).toEqual(plain);
    expect(plain.text).not.toMatch(/[\u0900-\u097f]/);
    for (const words of [
      "CODER FIT Your Medical Coder fit report Taken on 23 November 2026 · Market: India",
      "out of 100",
      "Your next three actions",
      "Certification to aim for",
      "What you could earn",
      "Your plan",
      "Why we think so",
      "How sure this is",
      "Appendix: the full score receipt",
      `Profile ${result.profileVersion} · scoring ${result.scoringVersion} · questions ${result.questionnaireVersion}`,
      `Page 1 of ${plain.pageCount}`,
    ]) {
      expect(plain.text).toContain(words);
    }
  });

  it("keeps a result scored by an older engine in its stored English words, under Hindi headings", () => {
    const result = { ...personaResult(BAND_PERSONAS.possible), scoringVersion: "0.0.1" };
    const answers = personaAnswers(personas.find((entry) => entry.id === BAND_PERSONAS.possible)!);
    const model = buildReportPdfModel({ createdAt: takenAt, profileId: medicalCoderProfile.id, result, answers }, { details: false, locale: "hi" });
    expect(model.answer.band.label).toBe(result.band.label);
    expect(model.title).toBe(report("meta.title"));
    expect(model.takenOn).toBe("23 नवंबर 2026");
  });
});

describe("the Devanagari faces' shaping fixes", () => {
  /** The character index React-PDF's layout gives each glyph, from the characters the glyph says it was shaped from. */
  const glyphIndices = (glyphs: { codePoints: number[] }[]) => {
    const out: number[] = [];
    let index = 0;
    for (const [i, glyph] of glyphs.entries()) {
      out.push(glyph.codePoints.length === 0 ? out[i - 1]! : index);
      index += glyph.codePoints.length;
    }
    return out;
  };

  it("counts each word's first letter on its first glyph only, and every character once", async () => {
    await preparePdfFonts("hi");
    const { Font } = await import("@react-pdf/renderer");
    const source = Font.getFont({ fontFamily: "Noto Sans Devanagari", fontWeight: 400 });
    const font = source.data as unknown as { layout(text: string, ...rest: unknown[]): { glyphs: { codePoints: number[] }[] } };
    // ऐ and ई are drawn as two glyphs; रखें's matra and anusvara share one with other words.
    for (const text of ["ऐसे नतीजे", "ईमानदारी से", "इन बातों का ध्यान रखें", "हम ऐसा क्यों सोचते हैं", "रखें"]) {
      const normalized = text.normalize("NFD");
      const { glyphs } = font.layout(normalized, undefined, undefined, undefined, "ltr");
      expect(glyphs.reduce((count, glyph) => count + glyph.codePoints.length, 0), text).toBe([...normalized].length);
      const indices = glyphIndices(glyphs);
      expect(indices.filter((index) => index === 0), text).toHaveLength(1);
    }
  });
});
