import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { AnswerView } from "@/lib/report";
import { PageContainer } from "@/components/ui/page-container";

type ReportSectionProps = {
  id: string;
  eyebrow: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  className?: string;
  /** Tighter spacing, for the short parts of the answer-first report. */
  compact?: boolean;
};

/** One numbered part of the report: an h2 with an eyebrow and a short plain-words intro. */
export function ReportSection({ id, eyebrow, title, intro, children, className, compact = false }: ReportSectionProps) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className={["report-section border-t border-slate-200", compact ? "py-7 sm:py-12" : "py-12 sm:py-16", className].filter(Boolean).join(" ")}
    >
      <PageContainer>
        <div className="report-section-head max-w-[68ch]">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{eyebrow}</p>
          <h2 id={`${id}-heading`} className="mt-1 text-2xl font-bold tracking-tight text-balance text-slate-900 sm:text-3xl">
            {title}
          </h2>
          {intro ? <div className="mt-2 space-y-3 text-base leading-relaxed text-pretty text-slate-700">{intro}</div> : null}
        </div>
        <div className={compact ? "mt-4 sm:mt-6" : "mt-8"}>{children}</div>
      </PageContainer>
    </section>
  );
}

/** An h3 inside a section, with optional supporting text. */
export function SubHeading({ children, id, lead }: { children: ReactNode; id?: string; lead?: ReactNode }) {
  return (
    <div className="report-subhead max-w-[68ch]">
      <h3 id={id} className="text-xl font-semibold tracking-tight text-slate-900">
        {children}
      </h3>
      {lead ? <p className="mt-1.5 leading-relaxed text-pretty text-slate-700">{lead}</p> : null}
    </div>
  );
}

/** The answers behind a figure, each as "You answered 'Agree' to: …". */
export function AnswerList({ answers, label, compact = false }: { answers: AnswerView[]; label?: string; compact?: boolean }) {
  const t = useTranslations("report.answers");
  if (!answers.length) return null;
  return (
    <div className={compact ? "mt-2" : "mt-4"}>
      <p className="text-sm font-semibold text-slate-900">{label ?? t("behindIt")}</p>
      <ul className="mt-1.5 space-y-1.5 text-sm leading-relaxed text-slate-700">
        {answers.map((answer, index) => (
          <li key={`${answer.itemId}-${index}`} className="flex gap-2">
            <span aria-hidden="true" className="mt-[0.55rem] size-1.5 shrink-0 rounded-full bg-brand-600" />
            <span>
              <AnswerLead answer={answer} /> <q className="text-slate-800 italic">{answer.statement}</q>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The words before the quoted statement: "You answered 'Agree' to:" or "Level 2:". */
function AnswerLead({ answer }: { answer: AnswerView }) {
  const t = useTranslations("report.answers");
  if (answer.form === "level") return <strong className="font-semibold text-slate-900">{answer.answer}:</strong>;
  return t.rich(answer.form === "chose" ? "choseLead" : "agreedLead", {
    answer: answer.answer,
    strong: (chunks) => <strong className="font-semibold text-slate-900">{chunks}</strong>,
  });
}

type PillTone = "brand" | "amber" | "slate" | "rose";

const pillTones: Record<PillTone, string> = {
  brand: "bg-brand-100 text-brand-900 ring-brand-300",
  amber: "bg-amber-50 text-amber-900 ring-amber-300",
  slate: "bg-slate-100 text-slate-800 ring-slate-300",
  rose: "bg-rose-50 text-rose-900 ring-rose-300",
};

/** A small rounded label ("You are here", "Strong signal"). */
export function Pill({ children, tone = "brand", className }: { children: ReactNode; tone?: PillTone; className?: string }) {
  return (
    <span
      className={[
        "report-pill inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset",
        pillTones[tone],
        className,
      ]
        .filter(Boolean)
        .join(" ")}
    >
      {children}
    </span>
  );
}
