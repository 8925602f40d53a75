/**
 * CSV for the counsellor's export, as RFC 4180 writes it and spreadsheets read it: CRLF line
 * ends, every field quoted when it holds a comma, quote or line break, quotes doubled, a UTF-8
 * byte-order mark so Excel reads names in any script, and text that a spreadsheet would run as a
 * formula (=, +, -, @ first) prefixed with an apostrophe. The file is data for spreadsheets and
 * other tools, so its column names and yes/no cells are English whatever the page's language.
 */
import { SKILL_ORDER, backgroundName, bandLabel, flagName, skillName } from "@/lib/shares/figures";
import type { ExportRow } from "@/lib/shares/counsellor";

export const CSV_BOM = "\uFEFF";

export const CSV_HEADER: readonly string[] = [
  "Name",
  "Email",
  "Cohort",
  "Taken on (UTC)",
  "Overall",
  "Band",
  "Education",
  "Skills",
  "Temperament",
  "Degree",
  "Background",
  "Not-ideal flags",
  "Top skill gaps",
  // One column per skill, in the profile's order: the level the person chose, 0 to 4.
  ...SKILL_ORDER.map((skillId) => `${skillName(skillId)} level (0–4)`),
  // Which of the student's attempts in the cohort this is (1 for the first or only one), and
  // whether it is their newest: the default export, like the table, has only the newest.
  "Attempt",
  "Latest attempt",
  "Reviewed",
  "Counsellor's notes",
  "Report link",
];

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** A score as the table shows it: whole numbers plain, others to one decimal place. */
const score = (value: number) => {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
};

/** "2026-12-06: Call about the CPC course", one note to a line, oldest first. */
const notesCell = (notes: ExportRow["notes"]) => notes.map((note) => `${note.createdAt.slice(0, 10)}: ${note.body}`).join("\n");

export function resultToCsv(row: ExportRow, reportUrl: string): string {
  return csvLine([
    row.displayName,
    row.email,
    row.cohortName,
    row.takenAt.slice(0, 10),
    score(row.overall),
    bandLabel(row.band),
    score(row.education),
    score(row.skills),
    score(row.temperament),
    row.degree,
    backgroundName(row.background),
    row.flags.map(flagName).join("; "),
    row.topGaps.map(skillName).join("; "),
    ...SKILL_ORDER.map((_, index) => row.skillLevels[index]),
    row.attempt?.number ?? 1,
    row.latest ? "Yes" : "No",
    row.reviewed ? "Yes" : "No",
    notesCell(row.notes),
    reportUrl,
  ]);
}

/** "coder-fit-results-2026-11-22.csv" */
export function exportFileName(now: Date = new Date()): string {
  return `coder-fit-results-${now.toISOString().slice(0, 10)}.csv`;
}
