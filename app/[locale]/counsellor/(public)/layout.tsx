import type { ReactNode } from "react";
import { Icon, type IconName } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";

const benefits: { icon: IconName; text: string }[] = [
  { icon: "people", text: "Every result your students share with you, in one place, with the full report." },
  { icon: "list", text: "Filter by cohort, fit band, background and date to see who needs a conversation first." },
  { icon: "pencil", text: "Private notes on each result, and a mark for the ones you have reviewed." },
  { icon: "target", text: "Where a whole batch is weak, as charts and tables, and a spreadsheet export for your records." },
];

/** The account pages: the form on one side, what the workspace offers and how consent works on the other. */
export default function CounsellorPublicLayout({ children }: { children: ReactNode }) {
  return (
    <PageContainer className="py-8 sm:py-12">
      <div className="mx-auto grid max-w-5xl items-start gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,25rem)] lg:gap-12">
        <div className="min-w-0">{children}</div>
        <aside aria-labelledby="counsellor-offer" className="min-w-0 rounded-2xl border border-slate-200 bg-brand-50 p-6 sm:p-7">
          <h2 id="counsellor-offer" className="text-lg font-bold tracking-tight text-slate-900">
            What counsellors get
          </h2>
          <ul className="mt-4 space-y-3.5">
            {benefits.map((benefit) => (
              <li key={benefit.text} className="flex items-start gap-3 leading-relaxed text-slate-700">
                <Icon name={benefit.icon} className="mt-0.5 size-5 shrink-0 text-brand-700" />
                <span>{benefit.text}</span>
              </li>
            ))}
          </ul>
          <div className="mt-6 border-t border-brand-200 pt-5">
            <h3 className="flex items-center gap-2 font-semibold text-slate-900">
              <Icon name="unlock" className="size-5 shrink-0 text-brand-700" />
              Students stay in control
            </h3>
            <p className="mt-2 leading-relaxed text-slate-700">
              Students need no account. A result reaches you only after the student sees exactly what will be shared, and with
              whom, and agrees. They can withdraw it at any time, and it leaves your view at once.
            </p>
          </div>
        </aside>
      </div>
    </PageContainer>
  );
}
