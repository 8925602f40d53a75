import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import { highestMarks, type HighestMark } from "@/lib/counsellor/compare-highest";
import type { ComparedStudent } from "@/lib/contracts/counsellor";
import type { PageWords } from "@/lib/i18n/page-words";
import { BandPill } from "./results-parts";

type CompareWords = PageWords<"counsellor.compare">;

export type CompareTableProps = {
  students: ComparedStudent[];
};

type Row = { key: string; label: string; cells: ReactNode[] };
type Group = { key: string; title: string; rows: Row[] };

const stickyCell = "sticky left-0 z-10 border-r border-slate-200 print:static";
const rowHeader = `${stickyCell} w-32 min-w-32 px-3 py-3 text-left text-sm font-semibold text-slate-900 sm:w-48 sm:min-w-48 sm:px-4`;
const cellBox = "min-w-36 px-3 py-3 text-slate-800 sm:px-4";
const cell = `${cellBox} align-top`;

/** "Highest" in words beside the figure, never colour alone. */
function HighestTag({ mark }: { mark: HighestMark }) {
  const t = useTranslations("counsellor.compare");
  if (!mark) return null;
  return (
    <span className="mt-1 inline-flex items-center gap-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-900 ring-1 ring-brand-300 ring-inset">
      <Icon name="award" className="size-3.5 shrink-0" />
      {mark === "tied" ? t("highestTied") : t("highest")}
    </span>
  );
}

function Score({ text, mark }: { text: string; mark: HighestMark }) {
  const t = useTranslations("counsellor.compare");
  return (
    <span className="flex flex-col items-start">
      <span>
        <span className="text-lg font-bold text-slate-900 tabular-nums" data-figure>
          {text}
        </span>
        <span className="text-xs text-slate-600">{t("outOf100")}</span>
      </span>
      <HighestTag mark={mark} />
    </span>
  );
}

function List({ items }: { items: string[] }) {
  const t = useTranslations("counsellor.compare");
  if (items.length === 0) return <span className="text-slate-600">{t("none")}</span>;
  return (
    <ul className="space-y-1 text-sm leading-snug">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** A row of figures, each marked when it is the highest of the row. */
function scoreRow(key: string, label: string, students: ComparedStudent[], figure: (student: ComparedStudent) => string): Row {
  const figures = students.map(figure);
  const marks = highestMarks(figures.map(Number));
  return { key, label, cells: figures.map((text, index) => <Score key={index} text={text} mark={marks[index]!} />) };
}

function groupsFor(students: ComparedStudent[], t: CompareWords): Group[] {
  const parts = students[0]!.parts.map((part) =>
    scoreRow(`part-${part.id}`, part.label, students, (student) => {
      return student.parts.find((one) => one.id === part.id)?.scoreText ?? "0";
    }),
  );
  const skillIds = [...new Set(students.flatMap((student) => student.skills.map((skill) => skill.id)))];
  const skills = skillIds.map((id): Row => {
    const found = students.map((student) => student.skills.find((skill) => skill.id === id) ?? null);
    const marks = highestMarks(found.map((skill) => (skill ? Number(skill.levelText) : null)));
    return {
      key: `skill-${id}`,
      label: found.find(Boolean)?.name ?? id,
      cells: found.map((skill, index) =>
        skill ? (
          <span key={index} className="flex flex-col items-start">
            <span className="text-sm">
              <span className="font-bold text-slate-900 tabular-nums" data-figure>
                {skill.levelText}
              </span>{" "}
              {t("skillOf", { required: skill.requiredText })}
            </span>
            <span className={`text-xs ${skill.reached ? "text-slate-600" : "font-semibold text-amber-900"}`}>{skill.gapText}</span>
            <HighestTag mark={marks[index]!} />
          </span>
        ) : (
          <span key={index} className="text-slate-600">
            {t("none")}
          </span>
        ),
      ),
    };
  });

  return [
    {
      key: "scores",
      title: t("groups.scores"),
      rows: [
        scoreRow("overall", t("rows.overall"), students, (student) => String(student.overall)),
        {
          key: "band",
          label: t("rows.band"),
          cells: students.map((student) => <BandPill key={student.id} band={student.band.id} label={student.band.label} />),
        },
        ...parts,
        { key: "confidence", label: t("rows.confidence"), cells: students.map((student) => <span key={student.id} className="text-sm">{student.confidence.label}</span>) },
      ],
    },
    {
      key: "readiness",
      title: t("groups.readiness"),
      rows: [
        { key: "background", label: t("rows.background"), cells: students.map((student) => <span key={student.id} className="text-sm">{student.background}</span>) },
        {
          key: "learning",
          label: t("rows.learningStep"),
          cells: students.map((student) => (
            <span key={student.id} className="text-sm leading-snug">
              {student.learning
                ? t("learningStep", { step: String(student.learning.step), total: String(student.learning.total), focus: student.learning.focus })
                : t("pathComplete")}
            </span>
          )),
        },
        { key: "stage", label: t("rows.stage"), cells: students.map((student) => <span key={student.id} className="text-sm leading-snug">{student.stage}</span>) },
      ],
    },
    {
      key: "signals",
      title: t("groups.signals"),
      rows: [
        { key: "gaps", label: t("rows.topGaps"), cells: students.map((student) => <List key={student.id} items={student.topGaps.map((gap) => gap.name)} />) },
        {
          key: "flags",
          label: t("rows.flags"),
          cells: students.map((student) => (
            <List
              key={student.id}
              items={student.flags.map((flag) =>
                flag.strengthLabel ? t("flagStrength", { name: flag.name, strength: flag.strengthLabel.toLowerCase() }) : flag.name,
              )}
            />
          )),
        },
      ],
    },
    { key: "skills", title: t("groups.skills"), rows: skills },
  ];
}

/**
 * One column per student and one row per measure. Wider than a phone with three or four students,
 * so it scrolls sideways inside its own labelled region, the measure names staying in place.
 */
export function CompareTable({ students }: CompareTableProps) {
  const t = useTranslations("counsellor.compare");
  const groups = groupsFor(students, t);
  const span = students.length + 1;
  return (
    <>
      <p className="mb-3 text-sm text-slate-600 lg:hidden print:hidden">{t("page.scrollHint")}</p>
      <div
        role="region"
        aria-label={t("page.tableLabel")}
        tabIndex={0}
        className="overflow-x-auto rounded-2xl border border-slate-200 bg-white print:overflow-visible print:rounded-none print:border-0"
      >
        <table className="w-full border-collapse text-left" data-compare-table>
          <caption className="sr-only">{t("page.caption", { names: students.map((student) => student.displayName).join(", ") })}</caption>
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className={`${rowHeader} bg-slate-50 align-bottom`}>
                {t("page.measure")}
              </th>
              {students.map((student) => (
                <th key={student.id} scope="col" className={`${cellBox} bg-slate-50 align-bottom font-normal`} data-student={student.id}>
                  <Link
                    href={`/counsellor/results/${encodeURIComponent(student.id)}`}
                    className="font-bold break-words text-brand-800 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700"
                  >
                    {student.displayName}
                  </Link>
                  <span className="mt-1 block text-sm break-words text-slate-700">{student.cohortName}</span>
                  <span className="block text-xs text-slate-600">
                    {t("page.takenOn")} <time dateTime={student.takenOn.iso}>{student.takenOn.text}</time>
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.key} className="divide-y divide-slate-200 border-b border-slate-300 last:border-0">
              <tr className="bg-brand-50">
                <th scope="rowgroup" colSpan={span} className="px-3 py-2 text-left text-sm font-bold tracking-tight text-brand-900 sm:px-4">
                  <span className="sticky left-3 inline-block max-w-[calc(100vw-4rem)] print:static print:max-w-none">{group.title}</span>
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.key} data-row={row.key}>
                  <th scope="row" className={`${rowHeader} bg-white align-top`}>
                    {row.label}
                  </th>
                  {row.cells.map((content, index) => (
                    <td key={students[index]!.id} className={cell}>
                      {content}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}
