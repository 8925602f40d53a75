/**
 * Reads a pasted list or a CSV file of students into names and optional roll numbers. Pure (no
 * zod, no Node): the cohort page previews with it in the browser, and the server parses the same
 * text with it before validating each entry with zod (lib/validations/roster.ts).
 *
 * Accepted, one student a line: "Name", "Name, roll number", "Name<TAB>roll number" (two columns
 * pasted from a spreadsheet), and CSV: fields in double quotes may hold commas, line breaks and
 * doubled quotes (""). A byte-order mark, blank lines and a header row ("name", "roll number")
 * are skipped. Columns after the second are ignored.
 */

export interface RosterLine {
  name: string;
  /** Empty when the line has none. */
  rollNumber: string;
  /** 1-based line of the text where the student's row starts, for messages. */
  line: number;
}

/** Splits text into rows of fields: tabs and commas outside quotes separate fields. */
function rows(text: string): { fields: string[]; line: number }[] {
  const result: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  let i = 0;
  const endField = () => {
    fields.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    result.push({ fields, line: rowStart });
    fields = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else {
        if (char === "\n") line += 1;
        field += char;
      }
      i += 1;
      continue;
    }
    if (char === '"' && field.trim() === "") {
      // A quote opens a quoted field only at its start (spaces before it are dropped).
      field = "";
      quoted = true;
    } else if (char === "," || char === "\t") {
      endField();
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      endRow();
      line += 1;
      rowStart = line;
    } else {
      field += char;
    }
    i += 1;
  }
  if (field !== "" || fields.length > 0) endRow();
  return result;
}

const HEADER_NAME = /^(student('?s)?\s*)?(full\s*)?name$/i;

/** The students in a pasted list or CSV text, trimmed, blank rows and a header skipped. */
export function parseRosterText(input: string): RosterLine[] {
  const text = input.replace(/^\uFEFF/, "");
  const parsed = rows(text)
    .map(({ fields, line }) => ({ name: (fields[0] ?? "").trim(), rollNumber: (fields[1] ?? "").trim(), line }))
    .filter((row) => row.name !== "" || row.rollNumber !== "");
  const first = parsed[0];
  if (first && HEADER_NAME.test(first.name)) parsed.shift();
  return parsed;
}

/** The key two entries are the same student by: name and roll number, case and spacing aside. */
export function rosterKey(name: string, rollNumber: string | null | undefined): string {
  const tidy = (value: string) => value.replace(/\s+/gu, " ").trim().toLowerCase();
  return `${tidy(name)}\u0000${tidy(rollNumber ?? "")}`;
}
