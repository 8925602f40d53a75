import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon, type IconName } from "@/components/ui/icon";
import { CounsellorApiError } from "@/lib/counsellor/api-client";
import { smallButton } from "./result-filters";
import { apiMessage } from "./result-problem";

type EmptyStateProps = { icon: IconName; title: string; children: ReactNode; action?: ReactNode; level?: 2 | 3 };

function EmptyState({ icon, title, children, action, level = 3 }: EmptyStateProps) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-label={title} className="rounded-2xl border border-slate-200 bg-white p-6 text-center sm:p-10">
      <Icon name={icon} className="mx-auto size-10 text-brand-700" />
      <Heading className="mt-3 text-xl font-bold tracking-tight text-balance text-slate-900">{title}</Heading>
      <div className="mx-auto mt-2 max-w-[55ch] space-y-2 leading-relaxed text-pretty text-slate-700">{children}</div>
      {action ? <div className="mt-6">{action}</div> : null}
    </section>
  );
}

export function NoCohorts() {
  const t = useTranslations("counsellor.states.noCohorts");
  return (
    <EmptyState
      icon="people"
      title={t("title")}
      level={2}
      action={
        <ButtonLink href="/counsellor/cohorts">
          {t("action")}
          <Icon name="arrowRight" className="size-5" />
        </ButtonLink>
      }
    >
      <p>{t("what")}</p>
      <p>{t("then")}</p>
    </EmptyState>
  );
}

export function NoResultsYet({ level = 3 }: { level?: 2 | 3 }) {
  const t = useTranslations("counsellor.states.noResults");
  return (
    <EmptyState
      icon="list"
      title={t("title")}
      level={level}
      action={
        <ButtonLink href="/counsellor/cohorts" variant="secondary">
          {t("action")}
        </ButtonLink>
      }
    >
      <p>{t("body")}</p>
    </EmptyState>
  );
}

export function NoMatches({ onClear }: { onClear: () => void }) {
  const t = useTranslations("counsellor.states.noMatches");
  return (
    <EmptyState
      icon="info"
      title={t("title")}
      action={
        <button type="button" className={smallButton} onClick={onClear}>
          {t("clear")}
        </button>
      }
    >
      <p>{t("body")}</p>
    </EmptyState>
  );
}

export type LoadErrorProps = {
  error: Error;
  returnTo: string;
  onRetry: () => void;
  /** What failed to load. */
  what?: "results" | "analytics";
};

/** A failed load: a plain message and a Retry, or a way back in when the session has ended. */
export function LoadError({ error, returnTo, onRetry, what = "results" }: LoadErrorProps) {
  const t = useTranslations("counsellor.states.loadError");
  const tProblem = useTranslations("counsellor.problem");
  const locale = useLocale();
  const signedOut = error instanceof CounsellorApiError && error.signedOut;
  return (
    <div role="alert" className="flex items-start gap-3 rounded-2xl border border-red-300 bg-red-50 p-5 text-red-900">
      <Icon name="alertCircle" className="mt-0.5 size-5 shrink-0 text-red-700" />
      <div className="min-w-0">
        {signedOut ? (
          <>
            <p className="font-semibold">{t("signedOut")}</p>
            <p className="mt-1 leading-relaxed">{t("signInBody")}</p>
            <Link
              href={`/counsellor/sign-in?next=${encodeURIComponent(returnTo)}`}
              className="mt-3 inline-flex min-h-11 items-center font-semibold text-red-900 underline underline-offset-4"
            >
              {t("signIn")}
            </Link>
          </>
        ) : (
          <>
            <p className="font-semibold">{t(what)}</p>
            <p className="mt-1 leading-relaxed">{apiMessage(error, tProblem, locale)}</p>
            <button type="button" className={`${smallButton} mt-3`} onClick={onRetry}>
              <Icon name="refresh" className="size-5 shrink-0" />
              {t("retry")}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
