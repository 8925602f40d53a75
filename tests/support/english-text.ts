/**
 * Finds English sentences in text meant to be Hindi. What counts: four or more Latin words in a
 * row, one of them a word only sentences use ("the", "your", "of"…), so lists of names such as
 * "BCIT, SAIT, Mohawk" or "ICD-10-CM, CPT, HCPCS" pass. Allowed even when sentence-like: names
 * that stay as they are in every language — credentials and their issuers, code sets, a UK
 * qualification's own name, named programmes and their institutions, and the titles and
 * publishers of the sources facts cite (a citation names the page as it is called). Used by the
 * unit test of result words and the browser scan of every Hindi page (tests/e2e/hindi.spec.ts).
 */
import { medicalCoderProfile } from "../../lib/profiles";
import { sources } from "../../lib/profiles/sources";

const FUNCTION_WORDS = /\b(?:the|and|of|to|in|is|are|for|with|your|you|a|an|on|at|or|by|from|this|that|be|can|will|it)\b/i;

/** Names kept in their own (English) form on a Hindi page, longest first. */
export const ALLOWED_NAMES: readonly string[] = [
  ...medicalCoderProfile.content.certifications.flatMap((certification) => [certification.name, certification.issuer]),
  ...medicalCoderProfile.content.codeSets.map((codeSet) => codeSet.name),
  "Award in Clinical Coding Practice",
  // Programmes and the institutions that run them, by their own names (a student looks them up so).
  ...medicalCoderProfile.content.programmes.flatMap((programme) => [programme.institution, programme.programme]),
  ...Object.values(sources).flatMap((source) => (source.kind === "ours" ? [] : [source.title, ...("publisher" in source ? [source.publisher] : [])])),
].sort((a, b) => b.length - a.length);

/** The English sentences (runs of words) left in `text` once allowed names are taken out. */
export function englishSentences(text: string, allowed: readonly string[] = ALLOWED_NAMES): string[] {
  const rest = allowed.reduce((remaining, name) => remaining.split(name).join(" · "), text);
  return (rest.match(/[A-Za-z][A-Za-z'’-]*(?:[,;:]?\s+[A-Za-z][A-Za-z'’-]*){3,}/g) ?? []).filter((run) => FUNCTION_WORDS.test(run));
}
