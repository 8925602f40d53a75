/**
 * Finds words a person would read that are written into components instead of coming from the
 * message files (lib/i18n/messages): JSX text, and the attributes people read or hear (aria-label,
 * title, alt, placeholder, label…) given as plain strings with Latin words in them.
 * tests/unit/hardcoded-words.test.ts fails on any it finds; run it on files while moving words:
 *
 *   npx tsx scripts/hardcoded-words.ts components/report app/[locale]/report
 *
 * Allowed: names that are the same in every language (the product's name, code sets and
 * credentials such as ICD-10-CM or CPC, see ALLOWED), numbers and punctuation.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Text that stays as it is in every language: names, never sentences. */
export const ALLOWED = new Set([
  "Coder Fit",
  "ICD-10-CM",
  "ICD-10-PCS",
  "CPT",
  "HCPCS",
  "HCPCS Level II",
  "CPC",
  "CCS",
  "CCA",
  "AAPC",
  "AHIMA",
  "PDF",
  "CSV",
  "QR",
  "OK",
  "ID",
  "English",
]);

/** Attributes whose value a person reads or hears. */
const READ_ATTRIBUTES = new Set(["aria-label", "aria-description", "aria-roledescription", "aria-valuetext", "title", "alt", "placeholder", "label"]);

export interface HardcodedWord {
  file: string;
  line: number;
  text: string;
}

/** True when the text has a Latin word of two or more letters that is not an allowed name. */
export function hasWords(raw: string): boolean {
  // HTML entities in JSX text (&rsquo;, &ldquo;) are punctuation, not words.
  const text = raw.replace(/&[a-z]+;|&#\d+;/gi, " ").replace(/\s+/g, " ").trim();
  if (!text || ALLOWED.has(text)) return false;
  let rest = text;
  for (const name of [...ALLOWED].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(" ");
  return /[A-Za-z]{2,}/.test(rest);
}

export function hardcodedWordsIn(file: string, source: string): HardcodedWord[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: HardcodedWord[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1, text: text.replace(/\s+/g, " ").trim() });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(sourceFile)) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value) && hasWords(value.text)) report(node, value.text);
      if (ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression) && hasWords(value.expression.text)) report(node, value.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Every .tsx file under the given files and folders. */
export function tsxFiles(paths: string[]): string[] {
  return paths.flatMap((entry) => {
    if (!statSync(entry).isDirectory()) return entry.endsWith(".tsx") ? [entry] : [];
    return readdirSync(entry, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".tsx"))
      .map((file) => path.join(entry, file));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const paths = process.argv.slice(2);
  const found = tsxFiles(paths.length ? paths : ["app", "components"]).flatMap((file) => hardcodedWordsIn(file, readFileSync(file, "utf8")));
  for (const word of found) console.log(`${word.file}:${word.line}  ${word.text}`);
  console.log(`${found.length} hard-coded ${found.length === 1 ? "word" : "words"}.`);
  process.exitCode = found.length ? 1 : 0;
}
