import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Icon, type IconName } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";

const benefits: { icon: IconName; key: "results" | "filter" | "notes" | "weak" }[] = [
  { icon: "people", key: "results" },
  { icon: "list", key: "filter" },
  { icon: "pencil", key: "notes" },
  { icon: "target", key: "weak" },
];

/** The account pages: the form on one side, what the workspace offers and how consent works on the other. */
export default function CounsellorPublicLayout({ children }: { children: ReactNode }) {
  const t = useTranslations("auth.offer");
  return (
    <PageContainer className="py-8 sm:py-12">
      <div className="mx-auto grid max-w-5xl items-start gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,25rem)] lg:gap-12">
        <div className="min-w-0">{children}</div>
        <aside aria-labelledby="counsellor-offer" className="min-w-0 rounded-2xl border border-slate-200 bg-brand-50 p-6 sm:p-7">
          <h2 id="counsellor-offer" className="text-lg font-bold tracking-tight text-slate-900">
            {t("heading")}
          </h2>
          <ul className="mt-4 space-y-3.5">
            {benefits.map((benefit) => (
              <li key={benefit.key} className="flex items-start gap-3 leading-relaxed text-slate-700">
                <Icon name={benefit.icon} className="mt-0.5 size-5 shrink-0 text-brand-700" />
                <span>{t(benefit.key)}</span>
              </li>
            ))}
          </ul>
          <div className="mt-6 border-t border-brand-200 pt-5">
            <h3 className="flex items-center gap-2 font-semibold text-slate-900">
              <Icon name="unlock" className="size-5 shrink-0 text-brand-700" />
              {t("controlHeading")}
            </h3>
            <p className="mt-2 leading-relaxed text-slate-700">{t("controlText")}</p>
          </div>
        </aside>
      </div>
    </PageContainer>
  );
}
