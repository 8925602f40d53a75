import { useTranslations } from "next-intl";
import { describeSkillsChart, layoutSkillsChart, type SkillRowView } from "@/lib/report";
import { ReportSection, SubHeading } from "./parts";

/** Part 4: current against required level per skill, as an SVG chart and the same data as a table. */
export function SkillsGap({ rows }: { rows: SkillRowView[] }) {
  const gaps = rows.filter((row) => row.gap > 0).length;
  const calibrated = rows.some((row) => row.calibrationNote);
  const t = useTranslations("report.skills");
  return (
    <ReportSection
      id="skills"
      eyebrow={t("eyebrow")}
      title={t("title")}
      intro={
        <>
          <p>
            {t("intro")} {gaps ? t("introGaps", { gaps: String(gaps), total: String(rows.length) }) : t("introNoGaps")}
          </p>
          {calibrated ? <p>{t("calibrated")}</p> : null}
        </>
      }
    >
      <figure className="report-card max-w-4xl rounded-2xl border border-slate-200 bg-white p-4 sm:p-7">
        <ChartLegend t={t} />
        <div className="mt-5">
          <SkillsChart rows={rows} t={t} />
        </div>
        <figcaption className="mt-4 text-sm leading-relaxed text-slate-600">{t("caption")}</figcaption>
      </figure>

      <div className="mt-10">
        <SubHeading id="skills-table-heading" lead={t("tableLead")}>
          {t("tableHeading")}
        </SubHeading>
        {/* Phones get a list, wider screens a table: the same rows in the same order. */}
        <ol aria-labelledby="skills-table-heading" className="report-narrow-only mt-5 space-y-3 sm:hidden">
          {rows.map((row) => (
            <li key={row.id} className="report-card rounded-xl border border-slate-200 bg-white p-4">
              <p className="font-semibold text-slate-900">{row.name}</p>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="text-slate-600">{t("yourLevel")}</dt>
                <dd className="text-slate-900">
                  <span className="font-semibold">{row.levelText}</span>
                  {row.calibrationNote ? <span className="block text-slate-700">{row.calibrationNote}</span> : null}
                </dd>
                <dt className="text-slate-600">{t("levelNeeded")}</dt>
                <dd className="text-slate-900">
                  <span className="font-semibold">{row.requiredText}</span> · {row.gapText}
                </dd>
                <dt className="text-slate-600">{t("importance")}</dt>
                <dd className="text-slate-900">{row.importance}</dd>
              </dl>
              <p className="mt-2 text-sm leading-relaxed text-pretty text-slate-700">
                <span className="font-semibold text-slate-900">{t("usedFor")}</span>
                {row.usedFor}
              </p>
            </li>
          ))}
        </ol>
        <table className="report-table report-wide-only mt-5 hidden w-full text-left text-sm sm:table">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300 text-slate-700">
              <th scope="col" className="py-2 pr-3 font-semibold">
                {t("skill")}
              </th>
              <th scope="col" className="py-2 pr-3 font-semibold">
                {t("yourLevel")}
              </th>
              <th scope="col" className="py-2 pr-3 font-semibold">
                {t("levelNeeded")}
              </th>
              <th scope="col" className="py-2 pr-3 font-semibold">
                {t("importance")}
              </th>
              <th scope="col" className="py-2 font-semibold">
                {t("usedForColumn")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((row) => (
              <tr key={row.id} className="align-top">
                <th scope="row" className="py-3 pr-3 font-semibold text-slate-900">
                  {row.name}
                </th>
                <td className="py-3 pr-3 text-slate-900">
                  <span className="font-semibold tabular-nums">{row.levelText}</span>
                  {row.calibrationNote ? <span className="block max-w-[16ch] text-slate-700">{row.calibrationNote}</span> : null}
                </td>
                <td className="py-3 pr-3 text-slate-900">
                  <span className="font-semibold tabular-nums">{row.requiredText}</span>
                  <span className="block whitespace-nowrap text-slate-700">{row.gapText}</span>
                </td>
                <td className="py-3 pr-3 whitespace-nowrap text-slate-900">{row.importance}</td>
                <td className="py-3 leading-relaxed text-pretty text-slate-700">{row.usedFor}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ReportSection>
  );
}

type SkillsWords = ReturnType<typeof useTranslations<"report.skills">>;

function ChartLegend({ t }: { t: SkillsWords }) {
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-700" aria-label={t("chartKey")}>
      <li className="flex items-center gap-2">
        <svg width="28" height="12" aria-hidden="true" focusable="false">
          <rect width="28" height="12" rx="6" className="fill-brand-600" />
        </svg>
        {t("yourLevel")}
      </li>
      <li className="flex items-center gap-2">
        <svg width="28" height="12" aria-hidden="true" focusable="false">
          <rect x="1" y="1" width="26" height="10" rx="2" fill="url(#report-gap-hatch)" className="stroke-amber-700" strokeWidth="1.5" />
        </svg>
        {t("gapToClose")}
      </li>
      <li className="flex items-center gap-2">
        <svg width="12" height="20" aria-hidden="true" focusable="false">
          <rect x="4.5" y="0" width="3" height="20" rx="1" className="fill-slate-900" />
        </svg>
        {t("levelNeeded")}
      </li>
    </ul>
  );
}

/**
 * Horizontal bars with the label above each bar, so it reads at 360 px. Widths are percentages of
 * the chart's own width and heights are fixed pixels, so text never shrinks with the screen.
 */
function SkillsChart({ rows, t }: { rows: SkillRowView[]; t: SkillsWords }) {
  const report = useTranslations("report");
  const layout = layoutSkillsChart(rows);
  const pct = (share: number) => `${Math.round(share * 10000) / 100}%`;
  return (
    <svg
      role="img"
      aria-labelledby="skills-chart-title skills-chart-desc"
      width="100%"
      height={layout.height}
      className="report-chart block overflow-visible"
    >
      <title id="skills-chart-title">{t("chartTitle")}</title>
      <desc id="skills-chart-desc">{describeSkillsChart(rows, report)}</desc>
      <defs>
        <pattern id="report-gap-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="fill-amber-50" />
          <line x1="0" y1="0" x2="0" y2="6" className="stroke-amber-600" strokeWidth="2.5" />
        </pattern>
      </defs>
      {/* Scale: 0–4 along the top, with light guide lines down the chart. */}
      {layout.ticks.map((tick) => (
        <g key={tick.level}>
          <text
            x={pct(tick.share)}
            y={layout.axisY}
            textAnchor={tick.anchor}
            className="fill-slate-600 text-[12px] font-medium tabular-nums"
          >
            {tick.level}
          </text>
          <line
            x1={pct(tick.share)}
            x2={pct(tick.share)}
            y1={layout.gridTop}
            y2={layout.height}
            className="stroke-slate-200"
            strokeWidth="1"
            strokeDasharray={tick.level === 0 || tick.level === 4 ? undefined : "3 4"}
          />
        </g>
      ))}
      {layout.rows.map(({ row, nameY, barY, detailY, noteY }) => {
        const gapWidth = Math.max(row.requiredShare - row.levelShare, 0);
        return (
          <g key={row.id}>
            <text x="0" y={nameY} className="fill-slate-900 text-[15px] font-semibold">
              {row.name}
            </text>
            <rect x="0" y={barY} width="100%" height={layout.barHeight} rx="3" className="fill-slate-100" />
            {gapWidth > 0 ? (
              <rect
                x={pct(row.levelShare)}
                y={barY + 0.75}
                width={pct(gapWidth)}
                height={layout.barHeight - 1.5}
                fill="url(#report-gap-hatch)"
                className="stroke-amber-700"
                strokeWidth="1.5"
              />
            ) : null}
            {row.levelShare > 0 ? (
              <rect x="0" y={barY} width={pct(row.levelShare)} height={layout.barHeight} rx="3" className="fill-brand-600" />
            ) : null}
            <rect
              x={pct(row.requiredShare)}
              y={barY - 5}
              width="3"
              height={layout.barHeight + 10}
              rx="1"
              transform="translate(-1.5 0)"
              className="fill-slate-900"
            />
            <text x="0" y={detailY} className="fill-slate-700 text-[13px] tabular-nums">
              {t("chartDetail", { level: row.levelText, required: row.requiredText, gap: row.gap > 0 ? row.gapText : t("reachedShort") })}
            </text>
            {noteY !== null && row.calibrationShort ? (
              <text x="0" y={noteY} className="fill-amber-900 text-[13px] italic">
                {row.calibrationShort}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
