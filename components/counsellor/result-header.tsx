import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";

type Day = { text: string; iso: string };

export type ResultHeaderProps = {
  displayName: string;
  email: string | null;
  cohort: { id: string; name: string };
  takenOn: Day;
  sharedOn: Day;
  /** Set when a parent or guardian confirmed the share of an under-18's result. */
  guardianName?: string | null;
};

const linkClass =
  "font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700";

function Fact({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "col-span-2 min-w-0" : "min-w-0"}>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-slate-900 [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

/** Who the result belongs to, as they shared it: name, email, cohort and the two dates. */
export function ResultHeader({ displayName, email, cohort, takenOn, sharedOn, guardianName = null }: ResultHeaderProps) {
  const t = useTranslations("counsellor.result");
  return (
    <div className="border-b border-slate-200 bg-slate-50">
      <PageContainer className="py-5 sm:py-8">
        <p className="print-hidden -ml-1">
          <Link
            href="/counsellor"
            className="inline-flex min-h-11 items-center gap-1.5 rounded-lg px-1 font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
          >
            <Icon name="arrowLeft" className="size-4.5 shrink-0" />
            {t("back")}
          </Link>
        </p>
        <p className="mt-3 text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
        <h1 className="mt-1 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 [overflow-wrap:anywhere] sm:text-4xl">
          {displayName}
        </h1>
        <dl className="mt-5 grid grid-cols-2 gap-x-6 gap-y-4 sm:flex sm:flex-wrap sm:gap-x-12">
          <Fact label={t("email")} wide>
            {email ? (
              <a href={`mailto:${email}`} className={linkClass}>
                {email}
              </a>
            ) : (
              <span className="text-slate-600">{t("notGiven")}</span>
            )}
          </Fact>
          <Fact label={t("cohort")} wide>
            <Link href={`/counsellor?cohort=${encodeURIComponent(cohort.id)}`} className={linkClass}>
              {cohort.name}
            </Link>
          </Fact>
          <Fact label={t("takenOn")}>
            <time dateTime={takenOn.iso}>{takenOn.text}</time>
          </Fact>
          <Fact label={t("sharedOn")}>
            <time dateTime={sharedOn.iso}>{sharedOn.text}</time>
          </Fact>
        </dl>
        {guardianName ? (
          <p className="mt-4 flex items-start gap-2 leading-relaxed text-slate-800 [overflow-wrap:anywhere]">
            <Icon name="check" className="mt-0.5 size-5 shrink-0 text-brand-700" />
            <span>{t("guardianNote", { name: guardianName })}</span>
          </p>
        ) : null}
      </PageContainer>
    </div>
  );
}
