import { useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";
import { retakeNote } from "@/lib/counsellor/attempt-change";
import type { ResultRow } from "@/lib/contracts/counsellor";
import { useProfileNames } from "./profile-names";

/**
 * On a row of a student with more than one attempt in the cohort: which attempt it is and, from
 * the second on, the change since the one before ("Attempt 2 of 2 · Retook: 54 → 62, Possible
 * fit → Good fit"). Nothing for a student's only attempt.
 */
export function AttemptNote({ row }: { row: Pick<ResultRow, "attempt" | "overall" | "band"> }) {
  const t = useTranslations("counsellor.attempts");
  const names = useProfileNames();
  const { attempt } = row;
  if (!attempt) return null;
  return (
    <span className="mt-1 flex items-start gap-1 text-xs leading-snug text-slate-700" data-attempt-note>
      <Icon name="refresh" className="mt-px size-3.5 shrink-0 text-brand-700" />
      <span>
        <span className="font-semibold text-slate-900">{t("attemptOf", { number: String(attempt.number), count: String(attempt.count) })}</span>
        {attempt.previous ? <> · {retakeNote(attempt.previous, row, t, names.band)}</> : null}
      </span>
    </span>
  );
}
