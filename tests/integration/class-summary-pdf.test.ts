/**
 * The class summary PDF's data (lib/shares/class-summary.ts) on real databases, SQLite always and
 * PostgreSQL when TEST_POSTGRES_URL is set: its figures are the analytics service's for the same
 * filters, its students the table's rows, and 60 students fit in four A4 pages. Also the student's
 * report with the counsellor's notes added.
 */
import { describe, expect, it } from "vitest";
import { createAssessment } from "@/lib/assessments/service";
import { createCohort } from "@/lib/cohorts/service";
import { readResultView, filtersOf } from "@/lib/counsellor/filters";
import { addNote, listNotes } from "@/lib/notes/service";
import { buildClassSummaryModel, CLASS_TOP_GAPS } from "@/lib/pdf/class-model";
import { renderClassSummaryPdf } from "@/lib/pdf/class-render";
import { counsellorPdfWords } from "@/lib/pdf/counsellor-words";
import { renderReportPdf } from "@/lib/pdf/render";
import { medicalCoderProfile } from "@/lib/profiles";
import type { AssessmentResult } from "@/lib/results/types";
import { createRandom, demoAnswers } from "@/lib/seed/demo-answers";
import { loadClassSummary } from "@/lib/shares/class-summary";
import { cohortAnalytics, getSharedResult, listResults } from "@/lib/shares/counsellor";
import { shareByInvite } from "@/lib/shares/service";
import { readPdfText } from "../support/pdf-text";
import { newCounsellor, providers, useMigratedDatabase } from "../support/databases";

let counter = 0;
const key = () => `key_${Date.now().toString(36)}_${(counter++).toString().padStart(6, "0")}`;
const FIRST = ["Priya", "Karthik", "Ananya", "Rahul", "Fatima", "Arjun", "Meera", "Vikram", "Sneha", "Imran", "Divya", "Suresh"];
const LAST = ["Nair", "Iyer", "Reddy", "Khan", "Sharma", "Menon", "Das", "Patel", "Joseph", "Banerjee"];
const NOW = new Date("2026-12-06T10:00:00Z");

describe.each(providers.filter((p) => p.enabled))("class summary and notes PDFs on $name", ({ fresh }) => {
  const state = useMigratedDatabase(fresh);
  const db = () => state.handle.db;

  const counsellor = (name: string) => newCounsellor(db(), name);

  async function shareMany(inviteToken: string, count: number, seedFrom: number) {
    const shared: { shareId: string; name: string; result: AssessmentResult }[] = [];
    for (let i = 0; i < count; i++) {
      const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`;
      const { assessment } = await createAssessment({ answers: demoAnswers(createRandom(seedFrom + i)), submissionKey: key() }, db());
      const outcome = await shareByInvite(assessment.id, { inviteToken, displayName: name, consent: true }, db());
      if (outcome.status !== "shared") throw new Error(outcome.status);
      shared.push({ shareId: outcome.shareId, name, result: assessment.result });
    }
    return shared;
  }

  it("counts what the analytics count, lists the table's rows, and fits 60 students in four pages", async () => {
    const asha = await counsellor("asha");
    const ravi = await counsellor("ravi");
    const batch = await createCohort(asha, { name: "B.Sc Microbiology 2026, Pune" }, db());
    const other = await createCohort(asha, { name: "Hyderabad evening" }, db());
    const foreign = await createCohort(ravi, { name: "Ravi's batch" }, db());
    const students = await shareMany(batch.inviteToken, 60, 1000);
    await shareMany(other.inviteToken, 5, 2000);
    await shareMany(foreign.inviteToken, 3, 3000);

    const filters = filtersOf(readResultView({ cohort: batch.id }));
    const outcome = await loadClassSummary(asha, filters, db());
    if (outcome.status !== "ready") throw new Error(outcome.status);
    const analytics = await cohortAnalytics(asha, filters, db());
    const model = buildClassSummaryModel(outcome.source, NOW);

    // The figures are the analytics service's own.
    expect(model.title).toBe("B.Sc Microbiology 2026, Pune");
    expect(model.total).toBe(60);
    expect(model.total).toBe(analytics.total);
    expect(model.bands.map(({ id, count }) => ({ band: id, count }))).toEqual(analytics.bands);
    expect(model.gaps.map(({ id, count }) => ({ skillId: id, count }))).toEqual(
      analytics.gaps.filter((gap) => gap.count > 0).slice(0, CLASS_TOP_GAPS),
    );
    expect(model.average).toBe(String(analytics.averages.overall));

    // The students are the table's rows for the same filters, by name.
    const table = await listResults(asha, readResultView({ cohort: batch.id, sort: "name", dir: "asc", pageSize: "100" }), db());
    expect(model.students.map((student) => student.id)).toEqual(table.rows.map((row) => row.id));
    expect(model.students.map((student) => student.overall)).toEqual(table.rows.map((row) => row.overall));

    // Readiness stages and who to talk to first, worked out here from the scored results.
    const stageCounts = new Map<string, number>();
    for (const { result } of students) stageCounts.set(result.readiness.stage.id, (stageCounts.get(result.readiness.stage.id) ?? 0) + 1);
    expect(Object.fromEntries(model.stages.map(({ id, count }) => [id, count]))).toEqual(Object.fromEntries(stageCounts));
    const needing = students.filter(
      ({ result }) => result.quality.confidence === "low" || result.traits.flags.some((flag) => flag.strength === "strong"),
    );
    expect(new Set(model.talkFirst.map((student) => student.id))).toEqual(new Set(needing.map((student) => student.shareId)));
    expect(needing.length).toBeGreaterThan(0);

    // Another counsellor's view of the same cohort id has nothing in it.
    const strangers = await loadClassSummary(ravi, filters, db());
    expect(strangers.status === "ready" && strangers.source.students).toEqual([]);

    const { pdf, fileName } = await renderClassSummaryPdf(outcome.source, NOW);
    expect(fileName).toBe("coder-fit-class-summary-2026-12-06.pdf");
    const read = await readPdfText(pdf);
    expect(read.pageCount).toBeLessThanOrEqual(4);
    expect(read.pages[0]).toContain("B.Sc Microbiology 2026, Pune");
    expect(read.pages[0]).toContain("6 December 2026 · 60 results");
    for (const band of model.bands) expect(read.pages[0]).toContain(`${band.label} ${band.text}`);
    for (const student of students) expect(read.text).toContain(student.name);
    expect(read.text).toContain(`Page ${read.pageCount} of ${read.pageCount}`);
  });

  it("narrows to the same filters as the analytics page", async () => {
    const asha = await counsellor("asha");
    const batch = await createCohort(asha, { name: "Filtered batch" }, db());
    await shareMany(batch.inviteToken, 12, 4000);
    for (const params of [{}, { flag: "any" }, { band: "good" }, { cohort: batch.id, reviewed: "no" }]) {
      const filters = filtersOf(readResultView(params));
      const outcome = await loadClassSummary(asha, filters, db());
      if (outcome.status !== "ready") throw new Error(outcome.status);
      const model = buildClassSummaryModel(outcome.source, NOW);
      const analytics = await cohortAnalytics(asha, filters, db());
      expect(model.total, JSON.stringify(params)).toBe(analytics.total);
      expect(model.students, JSON.stringify(params)).toHaveLength(analytics.total);
      expect(model.bands.map(({ count }) => count)).toEqual(analytics.bands.map(({ count }) => count));
      expect(model.title).toBe(filters.cohort ? "Filtered batch" : counsellorPdfWords.class.allResults);
    }
  });

  it("adds the counsellor's notes, oldest first, on a last page of the student's report only when asked", async () => {
    const asha = await counsellor("asha");
    const batch = await createCohort(asha, { name: "Notes batch" }, db());
    const [student] = await shareMany(batch.inviteToken, 1, 5000);
    await addNote(asha, student!.shareId, { body: "First talk: keen on CPC, worried about the cost." }, db());
    await new Promise((resolve) => setTimeout(resolve, 20));
    await addNote(asha, student!.shareId, { body: "Second talk: will try the free terminology course first." }, db());
    const shared = (await getSharedResult(asha, student!.shareId, db()))!;
    const notes = [...(await listNotes(asha, student!.shareId, db()))!].reverse();
    const source = { createdAt: shared.takenAt, profileId: medicalCoderProfile.id, result: shared.result };

    const plain = await readPdfText((await renderReportPdf(source, { details: false })).pdf);
    const withNotes = await readPdfText((await renderReportPdf(source, { details: false, notes })).pdf);
    expect(plain.text).not.toContain(counsellorPdfWords.notes.heading);
    // The report itself is unchanged: the notes are one more page at the end.
    expect(withNotes.pageCount).toBe(plain.pageCount + 1);
    expect(withNotes.pages.slice(0, -1).map((page) => page.replace(/Page \d+ of \d+/, ""))).toEqual(
      plain.pages.map((page) => page.replace(/Page \d+ of \d+/, "")),
    );
    const last = withNotes.pages.at(-1)!;
    expect(last).toContain(counsellorPdfWords.notes.heading);
    const first = last.indexOf("First talk: keen on CPC");
    const second = last.indexOf("Second talk: will try");
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);

    const empty = await readPdfText((await renderReportPdf(source, { details: false, notes: [] })).pdf);
    expect(empty.pages.at(-1)).toContain(counsellorPdfWords.notes.none);
  });
});
