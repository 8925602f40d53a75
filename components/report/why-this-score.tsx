import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ComponentView, ReceiptGroupView, ReceiptView } from "@/lib/report";
import { Icon } from "@/components/ui/icon";
import { AnswerList, ReportSection } from "./parts";

type WhyThisScoreProps = {
  components: ComponentView[];
  receipt: ReceiptView;
};

/** Part 2: the three components as bars, then every receipt line in a collapsed details element. */
export function WhyThisScore({ components, receipt }: WhyThisScoreProps) {
  const t = useTranslations("report.score");
  const strong = (chunks: ReactNode) => <strong className="font-semibold text-slate-900">{chunks}</strong>;
  return (
    <ReportSection id="why" eyebrow={t("eyebrow")} title={t("title")} intro={<p>{t("intro")}</p>}>
      <div className="report-card rounded-2xl border border-slate-200 bg-white p-5 sm:p-7">
        <ul className="space-y-7">
          {components.map((component) => (
            <li key={component.id}>
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <p className="text-lg font-semibold text-slate-900">{component.label}</p>
                <p className="text-slate-800 tabular-nums">
                  <span className="text-xl font-bold text-slate-900">{component.scoreText}</span>
                  <span className="text-slate-600"> / 100</span>
                </p>
              </div>
              <div
                role="img"
                aria-label={component.ariaLabel}
                className="report-bar mt-2 h-3.5 w-full overflow-hidden rounded-full bg-slate-200"
              >
                <div className="h-full rounded-full bg-brand-600" style={{ width: `${component.score}%` }} />
              </div>
              <p className="mt-2 text-sm leading-relaxed text-slate-700">
                <span className="whitespace-nowrap">{t.rich("countsFor", { weight: component.weightText, strong })}</span> ·{" "}
                <span className="whitespace-nowrap">{t.rich("points", { points: component.pointsText, max: component.maxPointsText, strong })}</span>
              </p>
              <p className="mt-1 text-sm leading-relaxed text-pretty text-slate-600">{component.description}</p>
            </li>
          ))}
        </ul>
        <p className="mt-7 border-t border-slate-200 pt-5 text-slate-800">
          {t.rich("addedUp", {
            equation: receipt.equation,
            label: (chunks) => <span className="font-semibold text-slate-900">{chunks}</span>,
            figures: (chunks) => <span className="tabular-nums">{chunks}</span>,
          })}
        </p>
      </div>

      <details className="report-receipt group print-hidden mt-6 rounded-2xl border border-slate-300 bg-white">
        <summary className="flex min-h-14 cursor-pointer list-none items-center gap-3 rounded-2xl px-5 py-3 font-semibold text-slate-900 hover:bg-brand-50 sm:px-7 [&::-webkit-details-marker]:hidden">
          <Icon name="chevron" className="size-5 shrink-0 text-brand-700 transition-transform group-open:rotate-90" />
          <span>
            {t("seeEvery")}
            <span className="block text-sm font-normal text-slate-600">{t("lineCount", { count: String(receipt.lineCount) })}</span>
          </span>
        </summary>
        <div className="border-t border-slate-200 px-4 pt-5 pb-6 sm:px-7">
          <ReceiptBody receipt={receipt} />
        </div>
      </details>

      {/* The printed report shows the receipt open; on screen this copy is not rendered. */}
      <div className="report-receipt-print hidden print:block">
        <p className="mt-6 text-lg font-semibold">{t("fullReceipt")}</p>
        <ReceiptBody receipt={receipt} print />
      </div>
    </ReportSection>
  );
}

function ReceiptBody({ receipt, print = false }: { receipt: ReceiptView; print?: boolean }) {
  const t = useTranslations("report.score");
  return (
    <div className="text-slate-800">
      <p className="max-w-[68ch] leading-relaxed text-pretty">
        {t.rich("receiptIntro", {
          count: String(receipt.lineCount),
          total: receipt.totalPointsText,
          overall: String(receipt.overall),
          strong: (chunks) => <strong className="font-semibold text-slate-900">{chunks}</strong>,
        })}
      </p>
      {receipt.groups.map((group) => (
        <ReceiptGroup key={group.id} group={group} print={print} />
      ))}
      <p className="mt-8 rounded-xl bg-brand-50 px-4 py-3 font-semibold text-slate-900 ring-1 ring-brand-200 ring-inset">
        {t.rich("total", { equation: receipt.equation, figures: (chunks) => <span className="tabular-nums">{chunks}</span> })}
      </p>
    </div>
  );
}

function ReceiptGroup({ group, print }: { group: ReceiptGroupView; print: boolean }) {
  const t = useTranslations("report.score");
  const answersLabel = (count: number) => t("yourAnswers", { count });
  const heading = (
    <h3 className="text-base font-semibold text-slate-900">
      {group.label}
      <span className="font-normal text-slate-700">
        {" "}
        · {t("groupPoints", { points: group.pointsText, max: group.maxPointsText, weight: group.weightText })}
      </span>
    </h3>
  );
  return (
    <div className="report-receipt-group mt-8">
      {heading}
      {/* Phones get a list; wider screens and paper get a table. */}
      <ul className={print ? "hidden" : "report-narrow-only mt-3 divide-y divide-slate-200 border-y border-slate-200 sm:hidden"}>
        {group.lines.map((line) => (
          <li key={line.key} className="py-4">
            <div className="flex items-start justify-between gap-3">
              <p className="leading-snug">
                {line.kind ? (
                  <span className="block text-xs font-semibold tracking-wide text-slate-600 uppercase">{line.kind}</span>
                ) : null}
                <span className="font-semibold text-slate-900">{line.name}</span>
              </p>
              <p className="shrink-0 text-right tabular-nums">
                <span className="font-semibold text-slate-900">{line.pointsText}</span>
                <span className="text-slate-600"> / {line.maxPointsText}</span>
              </p>
            </div>
            <p className="mt-1 text-sm text-slate-600">{t("weightLine", { weight: line.weightText })}</p>
            <p className="mt-2 text-sm leading-relaxed text-pretty">{line.explanation}</p>
            <AnswerList answers={line.answers} label={answersLabel(line.answers.length)} compact />
          </li>
        ))}
      </ul>
      <table
        className={print ? "report-table mt-3 w-full text-left text-sm" : "report-table report-wide-only mt-3 hidden w-full text-left text-sm sm:table"}
      >
        <thead>
          <tr className="border-b-2 border-slate-300 text-slate-700">
            <th scope="col" className="w-[26%] py-2 pr-3 font-semibold">
              {t("factor")}
            </th>
            <th scope="col" className="w-[10%] py-2 pr-3 text-right font-semibold">
              {t("weight")}
            </th>
            <th scope="col" className="w-[13%] py-2 pr-3 text-right font-semibold">
              {t("pointsColumn")}
            </th>
            <th scope="col" className="py-2 font-semibold">
              {t("whyColumn")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {group.lines.map((line) => (
            <tr key={line.key} className="align-top">
              <th scope="row" className="py-3 pr-3 text-left font-normal">
                {line.kind ? (
                  <span className="block text-xs font-semibold tracking-wide text-slate-600 uppercase">{line.kind}</span>
                ) : null}
                <span className="font-semibold text-slate-900">{line.name}</span>
              </th>
              <td className="py-3 pr-3 text-right tabular-nums">{line.weightText}</td>
              <td className="py-3 pr-3 text-right whitespace-nowrap tabular-nums">
                <span className="font-semibold text-slate-900">{line.pointsText}</span>
                <span className="text-slate-600"> / {line.maxPointsText}</span>
              </td>
              <td className="py-3">
                <p className="leading-relaxed text-pretty">{line.explanation}</p>
                <AnswerList answers={line.answers} label={answersLabel(line.answers.length)} compact />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300">
            <th scope="row" className="py-2.5 pr-3 text-left font-semibold text-slate-900">
              {t("subtotal", { label: group.label })}
            </th>
            <td className="py-2.5 pr-3 text-right tabular-nums">{group.weightText}</td>
            <td className="py-2.5 pr-3 text-right font-semibold whitespace-nowrap text-slate-900 tabular-nums">
              {group.pointsText} / {group.maxPointsText}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
