import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ReportAnswer } from "@/lib/report";
import { PageContainer } from "@/components/ui/page-container";
import { Icon } from "@/components/ui/icon";

type AnswerBlockProps = {
  answer: ReportAnswer;
  title: string;
  marketName: string;
  takenOn: { text: string; iso: string };
  /** The download, share and details links, right under the answer. */
  actions?: ReactNode;
  titleAs?: "h1" | "h2";
};

const bandTones: Record<ReportAnswer["band"]["id"], string> = {
  strong: "bg-brand-600 text-white",
  good: "bg-brand-100 text-brand-900 ring-1 ring-inset ring-brand-300",
  possible: "bg-amber-50 text-amber-900 ring-1 ring-inset ring-amber-300",
  "not-natural": "bg-slate-100 text-slate-800 ring-1 ring-inset ring-slate-300",
};

const verdictTones: Record<ReportAnswer["verdict"]["id"], string> = {
  go: "border-brand-300 bg-white",
  prepare: "border-amber-300 bg-white",
  alternatives: "border-slate-300 bg-white",
};

/**
 * The whole answer in the first two phone screens: score and band, the verdict, three actions
 * with their time, the certification, one salary line and what to watch out for.
 */
export function AnswerBlock({ answer, title, marketName, takenOn, actions, titleAs: Title = "h1" }: AnswerBlockProps) {
  const t = useTranslations("report");
  return (
    <section aria-labelledby="report-title" className="report-answer bg-brand-50">
      <PageContainer className="pt-5 pb-7 sm:py-12">
        <p className="hidden text-sm font-semibold tracking-wide text-brand-700 uppercase sm:block">{t("answer.eyebrow")}</p>
        <Title id="report-title" className="sm:mt-1 text-2xl leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
          {title}
        </Title>
        <p className="mt-1 text-sm text-slate-700">
          {t.rich("takenOnLine", {
            date: takenOn.text,
            market: marketName,
            time: (chunks) => <time dateTime={takenOn.iso}>{chunks}</time>,
          })}
        </p>

        <div className="mt-4 grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.35fr)] lg:gap-x-6">
          <div data-answer-part="verdict" className={`report-card rounded-2xl border p-4 sm:p-6 lg:col-start-1 lg:row-start-1 ${verdictTones[answer.verdict.id]}`}>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <p className="flex items-baseline gap-1.5 text-slate-900" aria-label={answer.scoreLine}>
                <span className="text-5xl leading-none font-bold tracking-tight tabular-nums">{answer.overall}</span>
                <span className="text-lg font-semibold text-slate-600">/ 100</span>
              </p>
              <span data-band={answer.band.id} className={`report-pill inline-flex items-center rounded-full px-3 py-1 text-sm font-semibold ${bandTones[answer.band.id]}`}>
                {answer.band.label}
              </span>
            </div>
            <h2 data-verdict={answer.verdict.id} className="mt-3 text-xl font-bold tracking-tight text-slate-900">
              {answer.verdict.title}
            </h2>
            <p className="mt-1 leading-relaxed text-pretty text-slate-800">{answer.verdict.line}</p>
          </div>

          <div data-answer-part="actions" className="report-card rounded-2xl border border-slate-200 bg-white p-4 sm:p-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
            <h2 className="text-lg font-semibold text-slate-900">{t("answer.actionsHeading")}</h2>
            <ol className="mt-3 space-y-3.5">
              {answer.actions.map((action, index) => (
                <li key={action.kind} data-action={action.kind} className="flex gap-3">
                  <span
                    aria-hidden="true"
                    className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-600 text-sm font-bold text-white"
                  >
                    {index + 1}
                  </span>
                  <div className="min-w-0">
                    <p className="leading-snug font-semibold text-pretty text-slate-900">{action.title}</p>
                    <p className="mt-0.5 text-sm leading-relaxed text-pretty text-slate-700">{action.detail}</p>
                    <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-slate-800">
                      <span className="inline-flex items-center gap-1.5">
                        <Icon name="clock" className="size-4 shrink-0 text-brand-700" />
                        <span>
                          <span className="sr-only">{t("answer.time")}: </span>
                          {action.time}
                        </span>
                      </span>
                      {action.cost ? (
                        <span>
                          {t("answer.cost")}: {action.cost}
                        </span>
                      ) : null}
                    </p>
                  </div>
                </li>
              ))}
            </ol>
          </div>

          <div data-answer-part="certification" className="report-card rounded-2xl border border-slate-200 bg-white p-4 sm:p-5 lg:col-start-1 lg:row-start-2">
            <h2 className="flex items-center gap-2 text-sm font-semibold text-slate-700">
              <Icon name="graduate" className="size-5 shrink-0 text-brand-700" />
              {t("answer.certificationHeading")}
            </h2>
            {answer.certification ? (
              <>
                <p className="mt-1.5 text-lg leading-snug font-semibold text-slate-900">
                  {answer.certification.code} <span className="font-normal text-slate-700">({answer.certification.name})</span>
                </p>
                <p className="mt-1 text-sm leading-relaxed text-pretty text-slate-700">{answer.certification.why}</p>
              </>
            ) : (
              <p className="mt-1.5 text-sm leading-relaxed text-slate-700">{answer.certificationNote ?? t("answer.certificationNone")}</p>
            )}
          </div>
          <div data-answer-part="salary" className="report-card rounded-2xl border border-slate-200 bg-white p-4 sm:p-5 lg:col-start-1 lg:row-start-3">
            <h2 className="flex items-center gap-2 text-sm font-semibold text-slate-700">
              <Icon name="wallet" className="size-5 shrink-0 text-brand-700" />
              {t("answer.salaryHeading")}
            </h2>
            {answer.salary.line ? <p className="mt-1.5 text-lg leading-snug font-semibold text-slate-900">{answer.salary.line}</p> : null}
            {answer.salary.detail ? <p className="mt-1 text-sm leading-relaxed text-pretty text-slate-700">{answer.salary.detail}</p> : null}
            {answer.salary.source ? <p className="mt-1 text-xs leading-relaxed text-pretty text-slate-600">{answer.salary.source}</p> : null}
          </div>
          {answer.watchOuts.length ? (
            <div data-answer-part="watch-outs" className="report-card rounded-2xl border border-amber-300 bg-amber-50 p-4 sm:col-span-2 sm:p-6 lg:col-span-1 lg:col-start-2 lg:row-start-3">
              <h2 className="flex items-center gap-2 text-lg font-semibold text-slate-900">
                <Icon name="alert" className="size-5 shrink-0 text-amber-800" />
                {t("answer.watchHeading")}
              </h2>
              <ul className="mt-2 space-y-2.5">
                {answer.watchOuts.map((item) => (
                  <li key={item.title} className="text-sm leading-relaxed text-pretty text-slate-800">
                    <span className="font-semibold text-slate-900">{item.title}</span> {item.reason}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>

        {actions ? <div className="print-hidden mt-5">{actions}</div> : null}
      </PageContainer>
    </section>
  );
}
