import { useLocale, useTranslations } from "next-intl";
import { Button } from "./button";
import { Icon } from "@/components/ui/icon";
import { StepHeading } from "./step-heading";

export type ResumeCardProps = {
  answered: number;
  total: number;
  /** ISO time of the last save; empty when unknown. */
  savedAt: string;
  onContinue: () => void;
  onStartOver: () => void;
};

/**
 * The date and time in the page's language: Hindi month names on a Hindi page. English keeps the
 * browser's own format, as it always had (these cards render only in the browser).
 */
function formatSavedAt(iso: string, locale: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const tag = locale === "en" ? undefined : locale === "hi" ? "hi-IN" : locale;
  return new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** Shown when this device holds unfinished answers: continue them, or clear them and start again. */
export function ResumeCard({ answered, total, savedAt, onContinue, onStartOver }: ResumeCardProps) {
  const t = useTranslations("quiz.resume");
  const when = formatSavedAt(savedAt, useLocale());
  return (
    <section aria-labelledby="step-heading-resume" className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
      <StepHeading id="step-heading-resume">{t("title")}</StepHeading>
      <p className="mt-3 leading-relaxed text-slate-700">
        {t("answered", { answered, total })}{" "}
        {when ? t.rich("savedOn", { when, time: (chunks) => <time dateTime={savedAt}>{chunks}</time> }) : t("saved")}
      </p>
      <div className="mt-4 h-2 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${Math.round((answered / total) * 100)}%` }} />
      </div>
      <div className="mt-7 flex flex-col gap-3 sm:flex-row">
        <Button onClick={onContinue} className="sm:px-8">
          {t("continue")}
          <Icon name="arrowRight" />
        </Button>
        <Button variant="secondary" onClick={onStartOver}>
          {t("startOver")}
        </Button>
      </div>
      <p className="mt-4 text-sm leading-relaxed text-slate-600">{t("startOverNote")}</p>
    </section>
  );
}

export type RetakeOfferProps = {
  /** ISO time of the newest result on this device. */
  takenAt: string;
  loading: boolean;
  /** Why the last answers could not be used, if they could not. */
  error: string | null;
  onUseLastAnswers: () => void;
  onStartFresh: () => void;
};

/**
 * Shown above the first step when this device holds an earlier result and no quiz is under way:
 * start again from that result's answers (every step is still walked) or from nothing.
 */
export function RetakeOffer({ takenAt, loading, error, onUseLastAnswers, onStartFresh }: RetakeOfferProps) {
  const t = useTranslations("quiz.retake");
  const when = formatSavedAt(takenAt, useLocale());
  return (
    <section aria-labelledby="retake-offer-title" className="mb-8 rounded-2xl border border-brand-200 bg-brand-50 p-5 sm:p-6">
      <h2 id="retake-offer-title" className="flex items-center gap-2 text-lg font-bold tracking-tight text-slate-900">
        <Icon name="refresh" className="size-5 shrink-0 text-brand-700" />
        {t("title")}
      </h2>
      <p className="mt-2 leading-relaxed text-pretty text-slate-700">
        {when ? t.rich("resultFrom", { when, time: (chunks) => <time dateTime={takenAt}>{chunks}</time> }) : t("earlierResult")}{" "}
        {t("offer")}
      </p>
      {error ? (
        <p role="alert" className="mt-3 flex items-start gap-2.5 rounded-xl border border-red-300 bg-white px-4 py-3 text-sm leading-relaxed text-red-900">
          <Icon name="alertCircle" className="mt-px size-5 shrink-0 text-red-700" />
          <span>{error}</span>
        </p>
      ) : null}
      <div className="mt-5 flex flex-col gap-3 sm:flex-row">
        <Button onClick={onUseLastAnswers} aria-disabled={loading || undefined} className="sm:px-7">
          {loading ? t("loading") : t("useLast")}
        </Button>
        <Button variant="secondary" onClick={onStartFresh} disabled={loading}>
          {t("startFresh")}
        </Button>
      </div>
      <p role="status" className="sr-only">
        {loading ? t("loading") : ""}
      </p>
    </section>
  );
}
