/**
 * Salary rows the report reads from the profile's public sources rather than from the stored
 * result: NHS pay by Agenda for Change band for the UK. The engine's tables (India, USA) travel with
 * the result; these are looked up when the report is built, so a UK result stored before the
 * profile had figures shows them too, and the stored record stays unchanged.
 */
import { sourceEntry, type CareerProfile, type SourceId } from "@/lib/profiles";
import type { AssessmentResult } from "@/lib/results/types";
import { resultTrack } from "./journey";
import { englishReportWords, type ReportWords } from "./words";

export interface SourcedSalaryTable {
  currency: "GBP";
  currencyName: string;
  rows: { label: string; range: string; current: boolean }[];
  reason: string;
  /** The band's own caveat (trusts band posts differently), shown beside the figure. */
  caveat: string;
  /** The caveat, then what the figures are (one nation's scale for one pay year). */
  note: string;
  /** "Sources: NHS Careers; …", shown wherever a figure is. */
  sources: string;
}

function ids(source: SourceId | SourceId[]): SourceId[] {
  return Array.isArray(source) ? source : [source];
}

/** The market's rows from the profile's public sources, or null when the profile has none for it. */
/** Pounds as the UK writes them ("24,937"), whatever the page's language. */
function pounds(value: number): string {
  return value.toLocaleString("en-GB");
}

/** "£24,937–£26,598 a year". */
function gbpAnnual(range: { min: number; max: number; openEnded: boolean }, t: ReportWords): string {
  return range.openEnded && range.min === range.max
    ? t("salary.gbpAnnualOpen", { min: pounds(range.min) })
    : t("salary.gbpAnnual", { min: pounds(range.min), max: pounds(range.max), openEnded: range.openEnded ? "yes" : "no" });
}

export function sourcedSalaryTable(result: AssessmentResult, profile: CareerProfile, t: ReportWords = englishReportWords): SourcedSalaryTable | null {
  const rows = result.market === "uk" ? (profile.content.salaries.uk ?? []) : [];
  if (!rows.length) return null;
  // Nothing is reachable now from school (as in the engine's tables).
  const school = resultTrack(result, profile) === "school";
  const sourceNames = [...new Set(rows.flatMap((row) => ids(row.source)))].map((id) => {
    const entry = sourceEntry(id);
    // The report names each source in a few words; the career page lists them in full.
    return entry.kind === "public" ? (entry.shortName ?? entry.publisher) : entry.title;
  });
  const bandNotes = [...new Set(rows.flatMap((row) => (row.bandNote ? [row.bandNote] : [])))];
  return {
    currency: "GBP",
    currencyName: t("salary.currencyName.gbp"),
    rows: rows.map((row) => ({
      // "Clinical coding officer, NHS Agenda for Change Band 3 (England pay scale, 2025/26)".
      label: t("salary.ukLabel", { role: row.role, band: row.band, country: row.payCountry, payYear: row.payYear }),
      range: gbpAnnual(row.annualGbp, t),
      current: !school && row.stageIds.includes(result.readiness.stage.id),
    })),
    reason: t("salary.ukReason"),
    caveat: bandNotes.join(" "),
    note: [...bandNotes, t("salary.ukNote")].join(" "),
    // "Sources: NHS Careers; IHRIM." (each named fully on the career page).
    sources: t("salary.sources", { count: sourceNames.length, names: sourceNames.join("; ") }),
  };
}
