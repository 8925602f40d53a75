import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { issueReader } from "@/lib/counsellor/issue-text";
import cohortsEn from "@/lib/i18n/messages/en/cohorts.json" with { type: "json" };
import { pageWords } from "@/lib/i18n/page-words";
import { parseRosterText, rosterKey } from "@/lib/roster/parse";
import { rosterWords } from "@/lib/roster/words";
import { cohortNameSchema } from "@/lib/validations/cohort";
import { addRosterSchema, rosterEntryInputSchema } from "@/lib/validations/roster";

const names = (text: string) => parseRosterText(text).map(({ name, rollNumber }) => [name, rollNumber]);

describe("parseRosterText", () => {
  it("reads one name a line, trimmed, skipping blank lines", () => {
    expect(names("  Asha Rao \n\n   \nRavi Menon\r\nPriya S\n")).toEqual([
      ["Asha Rao", ""],
      ["Ravi Menon", ""],
      ["Priya S", ""],
    ]);
  });

  it("reads a roll number after a comma or a tab (two columns pasted from a spreadsheet)", () => {
    expect(names("Asha Rao, 21BSC014\nRavi Menon\t21BSC015\nPriya S ,  ")).toEqual([
      ["Asha Rao", "21BSC014"],
      ["Ravi Menon", "21BSC015"],
      ["Priya S", ""],
    ]);
  });

  it("reads CSV: quoted fields with commas, doubled quotes and line breaks, a BOM and a header row", () => {
    const csv = '\uFEFFName,Roll number\r\n"Rao, Asha",21BSC014\r\n"Menon ""Ravi""", "21,015"\r\n"Priya\nS",\r\n';
    expect(names(csv)).toEqual([
      ["Rao, Asha", "21BSC014"],
      ['Menon "Ravi"', "21,015"],
      ["Priya\nS", ""],
    ]);
  });

  it("skips a header only when it is one, and ignores columns after the second", () => {
    expect(names("Student name\tRoll\nNamita\t7\textra")).toEqual([["Namita", "7"]]);
    expect(names("Naman, 1\nName, 2")).toEqual([
      ["Naman", "1"],
      ["Name", "2"],
    ]);
  });

  it("numbers lines as the person sees them, across a quoted line break", () => {
    expect(parseRosterText('A\n\n"B\nC"\nD').map((row) => row.line)).toEqual([1, 3, 5]);
  });

  it("keeps a line with only a roll number, so the server can say the name is missing", () => {
    expect(names(", 21BSC014")).toEqual([["", "21BSC014"]]);
    expect(rosterEntryInputSchema.safeParse({ name: "", rollNumber: "21BSC014" }).success).toBe(false);
  });

  it("treats the same name and roll number in another case or spacing as one student", () => {
    expect(rosterKey(" Asha  RAO", "21bsc014")).toBe(rosterKey("asha rao", "21BSC014 "));
    expect(rosterKey("Asha Rao", null)).toBe(rosterKey("asha rao", ""));
    expect(rosterKey("Asha Rao", "1")).not.toBe(rosterKey("Asha Rao", "2"));
  });

  it("reads 600 lines (the server refuses more than 500), and the text limit stops a huge paste", () => {
    const text = Array.from({ length: 600 }, (_, i) => `Student ${i + 1}, R${i + 1}`).join("\n");
    expect(parseRosterText(text)).toHaveLength(600);
    expect(addRosterSchema.safeParse({ text: "x\n".repeat(40_000) }).success).toBe(false);
    expect(addRosterSchema.safeParse({ text: "   \n  " }).success).toBe(false);
  });

  it("checks each entry like a typed name: hidden characters, length, roll number length", () => {
    expect(rosterEntryInputSchema.safeParse({ name: "Asha\u0000", rollNumber: undefined }).success).toBe(false);
    expect(rosterEntryInputSchema.safeParse({ name: "x".repeat(81) }).success).toBe(false);
    expect(rosterEntryInputSchema.safeParse({ name: "Asha", rollNumber: "9".repeat(41) }).success).toBe(false);
    expect(rosterEntryInputSchema.parse({ name: "  Asha   Rao ", rollNumber: " " })).toEqual({ name: "Asha Rao", rollNumber: undefined });
  });
});

describe("the roster's and cohort's messages in the page's language", () => {
  const readIssue = issueReader(cohortsEn.issues);
  const hi = pageWords("hi", "cohorts.issues");
  const messagesOf = (schema: z.ZodType, values: unknown[]) => values.flatMap((value) => schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? []);

  it("keeps the server's English as it was", () => {
    expect(rosterWords.lineProblem(3, rosterWords.nameRequired)).toBe("Line 3: Enter the student's name.");
    expect(rosterWords.tooMany(0, 612, 500)).toBe("A roster holds at most 500 students, and this list has 612. Split the cohort or shorten the list.");
    expect(rosterWords.tooMany(490, 20, 500)).toBe("A roster holds at most 500 students: this one has 490, and the list would add 20.");
  });

  it("reads the server's messages back into Hindi, a line's problem included", () => {
    expect(readIssue(rosterWords.lineProblem(3, rosterWords.nameTooLong), hi)).toBe("लाइन 3: नाम 80 अक्षरों या उससे कम का रखें।");
    expect(readIssue(rosterWords.tooMany(490, 20, 500), hi)).toBe("एक रोस्टर में ज़्यादा से ज़्यादा 500 छात्र हो सकते हैं: इसमें 490 हैं, और सूची से 20 और जुड़ेंगे।");
    expect(readIssue("Something nobody wrote down.", hi)).toBe("Something nobody wrote down.");
  });

  it("has a Hindi word for every message the cohort and roster schemas give", () => {
    const messages = [
      ...messagesOf(cohortNameSchema, ["", "a", "x".repeat(81), "ab\u0000", "ab\u202e", 7]),
      ...messagesOf(addRosterSchema, [{ text: "" }, { text: 42 }, { text: "x".repeat(60_001) }]),
      ...messagesOf(rosterEntryInputSchema, [{ name: "" }, { name: "x".repeat(81) }, { name: "Asha", rollNumber: "9".repeat(41) }]),
      rosterWords.duplicateEntry,
      rosterWords.archived,
      rosterWords.entryNotFound,
      rosterWords.linkOtherCohort,
    ];
    expect(messages.length).toBeGreaterThan(10);
    for (const message of messages) expect(readIssue(message, hi), message).toMatch(/[\u0900-\u097f]/);
  });
});
