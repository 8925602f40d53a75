/**
 * "Try the work": the exercise data (valid, one right option per question, an explanation for
 * every option, only codes the profile names or public ICD-10-CM codes), its scoring, the report's
 * lines, the wire schema and what the device keeps.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { medicalCoderProfile as profile } from "@/lib/profiles";
import { countWords } from "@/lib/quiz/reading-time";
import { tryWorkExercise as exercise, TRY_WORK_VERSION } from "@/lib/try-work/exercise";
import { buildTryWorkSummary } from "@/lib/try-work/outcome";
import { exerciseMinutes, exerciseTexts } from "@/lib/try-work/reading-time";
import { CODE_SET_FOR_KIND, exerciseSchema } from "@/lib/try-work/schema";
import { correctOption, exerciseQuestions, optionView, scoreTryWork, toTryWorkOutcome } from "@/lib/try-work/score";
import { parseDeviceTryWork, toSubmission } from "@/lib/try-work/storage";
import { pageWords } from "@/lib/i18n/page-words";
import { englishTryWork, exerciseIn, exerciseWords } from "@/lib/try-work/words";
import { tryWorkSubmissionSchema } from "@/lib/validations/try-work";
import { toAnswerIssues } from "@/lib/scoring/answers";

const questions = exerciseQuestions(exercise);
const rightAnswers = Object.fromEntries(questions.map((question) => [question.id, correctOption(question).id]));
const wrongAnswers = Object.fromEntries(questions.map((question) => [question.id, question.options.find((option) => !option.correct)!.id]));

/** The profile's example codes by code, with their code set and seed. */
const profileExamples = new Map(
  profile.content.codeSets.flatMap((set) => set.examples.map((example) => [example.code, { set: set.id, source: [example.source].flat() }] as const)),
);

describe("the exercise data", () => {
  it("validates against its schema", () => {
    expect(() => exerciseSchema.parse(exercise)).not.toThrow();
  });

  it("has two or three notes, with a diagnosis, a procedure and a supply question", () => {
    expect(exercise.notes.length).toBeGreaterThanOrEqual(2);
    expect(exercise.notes.length).toBeLessThanOrEqual(3);
    expect(questions.map((question) => question.kind)).toEqual(["diagnosis", "procedure", "supply"]);
  });

  it.each(questions.map((question) => [question.id, question] as const))("%s: exactly one right option, from the question's code set", (_id, question) => {
    const right = question.options.filter((option) => option.correct);
    expect(right).toHaveLength(1);
    const entry = exercise.codes.find((code) => code.code === right[0]!.code);
    expect(entry?.set).toBe(CODE_SET_FOR_KIND[question.kind]);
  });

  it.each(questions.flatMap((question) => question.options.map((option) => [`${question.id} ${option.id}`, option] as const)))(
    "%s: has an explanation of its own",
    (_label, option) => {
      expect(countWords(option.explanation)).toBeGreaterThanOrEqual(8);
    },
  );

  it("explains every option differently, and says why the right one fits", () => {
    const all = questions.flatMap((question) => question.options.map((option) => option.explanation));
    expect(new Set(all).size).toBe(all.length);
    for (const question of questions) expect(question.takeaway.length).toBeGreaterThan(20);
  });

  it("uses only codes the profile names or public ICD-10-CM codes, each with its source recorded", () => {
    for (const entry of exercise.codes) {
      if (entry.source.kind === "seed") {
        const example = profileExamples.get(entry.code);
        expect(example, `${entry.code} is one of the profile's code set examples`).toBeDefined();
        expect(example!.set).toBe(entry.set);
        expect(example!.source).toContain(entry.source.seed);
      } else {
        expect(entry.set, `${entry.code} is recorded as public ICD-10-CM`).toBe("icd-10-cm");
        expect(entry.source.reference).toMatch(/ICD-10-CM/);
        expect(entry.code).toMatch(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/);
      }
    }
  });

  it("names no CPT code but the seeds' two examples, and no HCPCS code but theirs", () => {
    const cpt = exercise.codes.filter((entry) => entry.set === "cpt").map((entry) => entry.code);
    const hcpcs = exercise.codes.filter((entry) => entry.set === "hcpcs").map((entry) => entry.code);
    expect(cpt.sort()).toEqual(["12001", "71046"]);
    expect(hcpcs).toEqual(["J3410"]);
    // Nor in any text: every five-digit number shown is one of the two.
    const shown = exerciseTexts(exercise).join(" ");
    expect(new Set(shown.match(/\b\d{5}\b/g) ?? [])).toEqual(new Set(["12001", "71046"]));
  });

  it("lists every code an option uses, and uses every code it lists", () => {
    const used = new Set(questions.flatMap((question) => question.options.flatMap((option) => (option.code ? [option.code] : []))));
    const listed = new Set(exercise.codes.map((entry) => entry.code));
    for (const code of used) expect(listed.has(code), code).toBe(true);
    for (const code of listed) expect(used.has(code), `${code} is used`).toBe(true);
  });

  it("gives S61.211A its code-set meaning: left index finger, nothing in it, A for active treatment", () => {
    const entry = exercise.codes.find((code) => code.code === "S61.211A")!;
    expect(entry.meaning).toMatch(/left index finger/);
    expect(entry.meaning).toMatch(/nothing left in it/);
    expect(entry.meaning).toMatch(/initial encounter/);
    expect(entry.source).toMatchObject({ kind: "seed", seed: "002" });
    const d = questions[0]!.options.find((option) => option.code === "S61.211D")!;
    expect(d.explanation).toMatch(/A means active treatment, not first visit/);
    // And the note it answers says left, no object, nail intact.
    const note = exercise.notes[0]!.lines.map((line) => line.text).join(" ");
    expect(note).toMatch(/left index finger/);
    expect(note).toMatch(/Nothing left in the wound/);
    expect(note).toMatch(/Nail not damaged/);
  });

  it("never repeats the seed's tetanus gloss of J3410 (content.ts notes the error)", () => {
    const entry = exercise.codes.find((code) => code.code === "J3410")!;
    expect(entry.meaning).not.toMatch(/tetanus/i);
    expect(entry.source).toMatchObject({ kind: "seed", seed: "002", checkedAgainst: expect.stringMatching(/HCPCS/) });
    expect(exerciseTexts(exercise).join(" ")).not.toMatch(/tetanus/i);
  });

  it("promises 3 to 5 minutes, counted at a slow reader's pace", () => {
    const minutes = exerciseMinutes(exercise);
    expect(minutes).toBeGreaterThanOrEqual(3);
    expect(minutes).toBeLessThanOrEqual(5);
  });

  it("shows the option without a code by its label", () => {
    const none = questions[2]!.options.find((option) => option.code === null)!;
    expect(optionView(exercise, none)).toEqual({ code: null, text: none.label });
    expect(optionView(exercise, correctOption(questions[1]!))).toEqual({ code: "71046", text: "Chest X-ray" });
  });
});

describe("scoring", () => {
  it("counts right answers out of all questions", () => {
    expect(scoreTryWork(exercise, rightAnswers)).toMatchObject({ correct: 3, total: 3 });
    expect(scoreTryWork(exercise, wrongAnswers)).toMatchObject({ correct: 0, total: 3 });
    expect(scoreTryWork(exercise, { ...rightAnswers, [questions[1]!.id]: wrongAnswers[questions[1]!.id]! })).toMatchObject({ correct: 2, total: 3 });
  });

  it("says per question what was chosen and what was right", () => {
    const { questions: rows } = scoreTryWork(exercise, { [questions[0]!.id]: "s61-210a" });
    expect(rows[0]).toEqual({ questionId: questions[0]!.id, chosen: "s61-210a", right: false, correctOptionId: "s61-211a" });
    expect(rows[1]).toMatchObject({ chosen: null, right: false });
  });

  it("counts a question left out, an unknown option or an unknown question as not right", () => {
    expect(scoreTryWork(exercise, {}).correct).toBe(0);
    expect(scoreTryWork(exercise, { [questions[0]!.id]: "nope" }).correct).toBe(0);
    expect(scoreTryWork(exercise, { ...rightAnswers, extra: "s61-211a" })).toMatchObject({ correct: 3, total: 3 });
    // Inherited keys are not answers.
    expect(scoreTryWork(exercise, Object.create({ [questions[0]!.id]: "s61-211a" })).correct).toBe(0);
  });

  it("keeps what was chosen and the count it computed, never one it was given", () => {
    const now = new Date("2026-12-06T10:00:00Z");
    const outcome = toTryWorkOutcome(exercise, { version: TRY_WORK_VERSION, answers: wrongAnswers, feeling: "neutral" }, now);
    expect(outcome).toEqual({ version: TRY_WORK_VERSION, answers: wrongAnswers, feeling: "neutral", correct: 0, total: 3, triedAt: now.toISOString() });
  });
});

describe("the report's lines", () => {
  it("reads 'You tried the work: 2 of 3 · enjoyed it'", () => {
    expect(buildTryWorkSummary({ correct: 2, total: 3, feeling: "enjoyed" })).toEqual({
      line: "You tried the work: 2 of 3 · enjoyed it",
      note: null,
      feeling: "enjoyed",
      correct: 2,
      total: 3,
    });
    expect(buildTryWorkSummary({ correct: 3, total: 3, feeling: "neutral" })!.line).toBe("You tried the work: 3 of 3 · felt neutral");
  });

  it("adds a plain note to the plan when the work was disliked", () => {
    const summary = buildTryWorkSummary({ correct: 1, total: 3, feeling: "disliked" })!;
    expect(summary.line).toBe("You tried the work: 1 of 3 · disliked it");
    expect(summary.note).toBe(englishTryWork("reportDislikedNote"));
    expect(summary.note).toMatch(/^You disliked the sample work\./);
  });

  it("words the lines in the language it is given", () => {
    const summary = buildTryWorkSummary({ correct: 1, total: 3, feeling: "disliked" }, pageWords("hi", "tryWork"))!;
    expect(summary.line).toBe("आपने काम करके देखा: 3 में से 1 · अच्छा नहीं लगा");
    expect(summary.note).toMatch(/[\u0900-\u097F]/);
  });

  it("is absent when the work was not tried", () => {
    expect(buildTryWorkSummary(null)).toBeNull();
    expect(buildTryWorkSummary(undefined)).toBeNull();
  });
});

describe("what the server takes", () => {
  const valid = { version: TRY_WORK_VERSION, answers: rightAnswers, feeling: "disliked" };
  const issuesOf = (value: unknown) => {
    const parsed = tryWorkSubmissionSchema.safeParse(value);
    return parsed.success ? [] : toAnswerIssues(parsed.error);
  };

  it("accepts one of each question's options and a feeling", () => {
    expect(tryWorkSubmissionSchema.parse(valid)).toEqual(valid);
  });

  it("names each field that is wrong", () => {
    expect(issuesOf({ ...valid, version: "2020.1.1" })).toEqual([{ path: "version", message: expect.stringMatching(/changed/) }]);
    expect(issuesOf({ ...valid, feeling: "meh" })).toEqual([{ path: "feeling", message: expect.stringMatching(/enjoyed, neutral or disliked/) }]);
    const { [questions[0]!.id]: _left, ...partial } = rightAnswers;
    expect(issuesOf({ ...valid, answers: partial })).toEqual([{ path: `answers.${questions[0]!.id}`, message: "Answer this question." }]);
    expect(issuesOf({ ...valid, answers: { ...rightAnswers, [questions[1]!.id]: "s61-211a" } })).toEqual([
      { path: `answers.${questions[1]!.id}`, message: "Pick one of this question's options." },
    ]);
    expect(issuesOf({ ...valid, answers: { ...rightAnswers, bonus: "x" } })[0]).toMatchObject({ path: "answers.bonus" });
    expect(issuesOf({ ...valid, correct: 3 })[0]).toMatchObject({ path: "correct" });
    expect(issuesOf([valid])[0]).toMatchObject({ path: "", message: expect.stringMatching(/JSON object/) });
  });
});

describe("what the device keeps", () => {
  const kept = { version: TRY_WORK_VERSION, answers: rightAnswers, feeling: "enjoyed", correct: 3, total: 3, triedAt: "2026-12-06T10:00:00.000Z" };

  it("reads back an outcome of this exercise and sends only the choices and the feeling", () => {
    const parsed = parseDeviceTryWork(JSON.stringify(kept))!;
    expect(parsed).toEqual(kept);
    expect(toSubmission(parsed)).toEqual({ version: TRY_WORK_VERSION, answers: rightAnswers, feeling: "enjoyed" });
    expect(tryWorkSubmissionSchema.safeParse(toSubmission(parsed)).success).toBe(true);
  });

  it.each([
    ["nothing", null],
    ["broken JSON", "{"],
    ["another version", JSON.stringify({ ...kept, version: "2020.1.1" })],
    ["no answers", JSON.stringify({ ...kept, answers: {} })],
    ["a bad feeling", JSON.stringify({ ...kept, feeling: "great" })],
    ["a count above the total", JSON.stringify({ ...kept, correct: 4 })],
    ["a bad date", JSON.stringify({ ...kept, triedAt: "yesterday" })],
    ["an odd option id", JSON.stringify({ ...kept, answers: { [questions[0]!.id]: "<script>" } })],
  ])("ignores %s", (_label, raw) => {
    expect(parseDeviceTryWork(raw)).toBeNull();
  });
});

describe("the exercise in other languages", () => {
  it("en/tryWork.json holds the exercise's own words (update it when exercise.ts changes)", () => {
    const english = JSON.parse(readFileSync("lib/i18n/messages/en/tryWork.json", "utf8")) as { exercise: unknown };
    expect(english.exercise).toEqual(exerciseWords(exercise));
  });

  it("is the same exercise in English", () => {
    expect(exerciseIn(exercise, englishTryWork)).toEqual(exercise);
  });

  it("changes only words in Hindi: every id, code, answer and source stays, so it scores the same", () => {
    const hindi = exerciseIn(exercise, pageWords("hi", "tryWork"));
    expect(() => exerciseSchema.parse(hindi)).not.toThrow();
    expect(scoreTryWork(hindi, rightAnswers)).toEqual(scoreTryWork(exercise, rightAnswers));
    expect(hindi.codes.map(({ meaning: _meaning, ...rest }) => rest)).toEqual(exercise.codes.map(({ meaning: _meaning, ...rest }) => rest));
    expect(exerciseQuestions(hindi).map((question) => question.options.map((option) => [option.id, option.code, option.correct]))).toEqual(
      questions.map((question) => question.options.map((option) => [option.id, option.code, option.correct])),
    );
    // Every word a person reads is Hindi: no English sentence left in the notes, options or explanations.
    const shown = hindi.notes.flatMap((note) => [
      note.setting,
      ...note.lines.flatMap((line) => [line.label, line.text]),
      note.question.prompt,
      note.question.takeaway,
      ...note.question.options.flatMap((option) => [option.label ?? "", option.explanation, optionView(hindi, option).text]),
    ]);
    for (const text of shown.filter(Boolean)) {
      expect(text, text).toMatch(/[\u0900-\u097F]/);
      expect(text, text).not.toMatch(/\b(?:the|and|of|is|with|for)\b/i);
    }
  });
});
