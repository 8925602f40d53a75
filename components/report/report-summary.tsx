import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { SummaryView } from "@/lib/report";
import { PageContainer } from "@/components/ui/page-container";
import { Icon } from "@/components/ui/icon";
import { OwnerGate } from "@/components/owner/owner-context";

type ReportSummaryProps = {
  summary: SummaryView;
  title: string;
  marketName: string;
  takenOn: { text: string; iso: string };
  /** False on a counsellor's copy: retaking is the student's own action. */
  showRetake?: boolean;
  /** "h2" where the page already has its own h1 (the counsellor's view of a result). */
  titleAs?: "h1" | "h2";
};

const bandTones: Record<SummaryView["band"]["id"], string> = {
  strong: "bg-brand-600 text-white",
  good: "bg-brand-100 text-brand-900 ring-1 ring-inset ring-brand-300",
  possible: "bg-amber-50 text-amber-900 ring-1 ring-inset ring-amber-300",
  "not-natural": "bg-slate-100 text-slate-800 ring-1 ring-inset ring-slate-300",
};

const confidenceTones: Record<SummaryView["confidence"]["level"], { box: string; icon: string }> = {
  high: { box: "border-slate-200 bg-white", icon: "text-brand-700" },
  medium: { box: "border-amber-300 bg-amber-50", icon: "text-amber-800" },
  low: { box: "border-amber-300 bg-amber-50", icon: "text-amber-800" },
};

const jumpLinks = [
  { href: "#why", key: "why" },
  { href: "#signals", key: "signals" },
  { href: "#skills", key: "skills" },
  { href: "#next-steps", key: "nextSteps" },
  { href: "#about-report", key: "about" },
] as const;

/** Part 1: the headline result, how sure it is, and the three strengths and three things to work on. */
export function ReportSummary({ summary, title, marketName, takenOn, showRetake = true, titleAs: Title = "h1" }: ReportSummaryProps) {
  const confidence = confidenceTones[summary.confidence.level];
  const t = useTranslations("report.summary");
  return (
    <section aria-labelledby="report-title" className="report-summary bg-brand-50">
      <PageContainer className="py-10 sm:py-14">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
        <Title
          id="report-title"
          className="mt-2 text-[2rem] leading-[1.15] font-bold tracking-tight text-balance text-slate-900 sm:text-5xl sm:leading-[1.1]"
        >
          {title}
        </Title>
        <p className="mt-3 text-slate-700">
          {t.rich("takenOnMarket", {
            date: takenOn.text,
            market: marketName,
            time: (chunks) => <time dateTime={takenOn.iso}>{chunks}</time>,
          })}
        </p>

        <div className="mt-8 grid gap-5 lg:grid-cols-[minmax(0,1.15fr)_minmax(0,1fr)]">
          {/* Score and band */}
          <div className="report-card rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
            <p className="text-sm font-semibold text-slate-700">{t("overallHeading")}</p>
            <p className="mt-1 flex items-baseline gap-2 text-slate-900">
              <span className="text-6xl leading-none font-bold tracking-tight tabular-nums sm:text-7xl">{summary.overall}</span>
              <span className="text-2xl font-semibold text-slate-600">/ 100</span>
            </p>
            <p className="mt-5">
              <span className={`report-pill inline-flex items-center rounded-full px-3.5 py-1 text-base font-semibold ${bandTones[summary.band.id]}`}>
                {summary.band.label}
              </span>
            </p>
            <p className="mt-3 text-lg leading-relaxed text-pretty text-slate-800">{summary.band.meaning}</p>
            {summary.bandCap ? (
              <div className="mt-5 flex gap-3 rounded-xl border border-amber-300 bg-amber-50 p-4">
                <Icon name="info" className="mt-0.5 size-5 shrink-0 text-amber-800" />
                <div className="text-sm leading-relaxed text-slate-800">
                  <p className="font-semibold text-amber-900">
                    {t("bandCapHeading", { band: summary.band.label, uncapped: summary.bandCap.uncappedLabel })}
                  </p>
                  <p className="mt-1">{summary.bandCap.reason}</p>
                </div>
              </div>
            ) : null}
          </div>

          {/* Confidence */}
          <div className={`report-card rounded-2xl border p-5 sm:p-7 ${confidence.box}`}>
            <p className="flex items-center gap-2.5 text-lg font-semibold text-slate-900">
              <Icon name={summary.confidence.level === "high" ? "check" : "alert"} className={`size-6 shrink-0 ${confidence.icon}`} />
              {summary.confidence.label}
            </p>
            <p className="mt-2 leading-relaxed text-pretty text-slate-800">{summary.confidence.note}</p>
            {summary.confidence.warnings.length ? (
              <ul className="mt-4 space-y-2.5 text-sm leading-relaxed text-slate-800">
                {summary.confidence.warnings.map((warning) => (
                  <li key={warning} className="flex gap-2.5">
                    <Icon name="alert" className="mt-0.5 size-4.5 shrink-0 text-amber-800" />
                    <span>{warning}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-4 text-sm leading-relaxed text-slate-600">{t("confidenceMeaning")}</p>
            )}
            {showRetake && summary.confidence.level === "low" ? (
              <OwnerGate>
                <p className="print-hidden mt-4">
                  <Link
                    href="/assessment"
                    className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
                  >
                    {t("retake")}
                  </Link>
                </p>
              </OwnerGate>
            ) : null}
            <p
              className={`mt-4 border-t pt-4 text-sm leading-relaxed text-slate-700 ${
                summary.confidence.level === "high" ? "border-slate-200" : "border-amber-200"
              }`}
            >
              {t.rich("knowledgeLine", {
                knowledge: summary.confidence.knowledge,
                strong: (chunks) => <span className="font-semibold text-slate-900">{chunks}</span>,
              })}
            </p>
          </div>
        </div>

        <div className="mt-5 grid gap-5 md:grid-cols-2">
          <div className="report-card rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
            <h2 className="text-lg font-semibold text-slate-900">{t("strengthsHeading")}</h2>
            {summary.strengths.length ? (
              <ul className="mt-3 space-y-2.5">
                {summary.strengths.map((strength) => (
                  <li key={strength} className="flex gap-3 leading-snug text-slate-800">
                    <span className="mt-px inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-600 text-white">
                      <Icon name="check" className="size-3.5" />
                    </span>
                    {strength}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-3 leading-relaxed text-slate-700">{t("strengthsNone")}</p>
            )}
          </div>
          <div className="report-card rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
            <h2 className="text-lg font-semibold text-slate-900">{t("workOnHeading")}</h2>
            {summary.workOn.length ? (
              <ul className="mt-3 space-y-2.5">
                {summary.workOn.map((item) => (
                  <li key={item} className="flex gap-3 leading-snug text-slate-800">
                    <span className="mt-px inline-flex size-6 shrink-0 items-center justify-center rounded-full border-2 border-brand-600 text-brand-700">
                      <Icon name="arrowUp" className="size-3.5" />
                    </span>
                    {item}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-3 leading-relaxed text-slate-700">{t("workOnNone")}</p>
            )}
          </div>
        </div>

        <nav aria-label={t("sectionsLabel")} className="print-hidden mt-8">
          <p className="text-sm font-semibold text-slate-700">{t("inThisReport")}</p>
          <ul className="-mx-1 mt-1 flex flex-wrap gap-x-1 gap-y-0">
            {jumpLinks.map((link) => (
              <li key={link.href}>
                <a
                  href={link.href}
                  className="inline-flex min-h-11 items-center rounded-lg px-1 font-medium text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700 sm:px-2"
                >
                  {t(`jump.${link.key}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </PageContainer>
    </section>
  );
}
