import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon, type IconName } from "@/components/ui/icon";
import { CounsellorApiError } from "@/lib/counsellor/api-client";
import { smallButton } from "./result-filters";

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
  return (
    <EmptyState
      icon="people"
      title="Create your first cohort"
      level={2}
      action={
        <ButtonLink href="/counsellor/cohorts">
          Go to cohorts
          <Icon name="arrowRight" className="size-5" />
        </ButtonLink>
      }
    >
      <p>
        A cohort is a group you guide, such as a class or a batch. Each one gets an invite link and a short code to share with
        your students.
      </p>
      <p>When a student takes the assessment through it and agrees to share, their result appears here.</p>
    </EmptyState>
  );
}

export function NoResultsYet({ level = 3 }: { level?: 2 | 3 }) {
  return (
    <EmptyState
      icon="list"
      title="No results yet"
      level={level}
      action={
        <ButtonLink href="/counsellor/cohorts" variant="secondary">
          See your invite links
        </ButtonLink>
      }
    >
      <p>
        Results appear here as soon as students share them with one of your cohorts. Share a cohort&apos;s invite link, or read
        out its code in class.
      </p>
    </EmptyState>
  );
}

export function NoMatches({ onClear, what = "results" }: { onClear: () => void; what?: string }) {
  return (
    <EmptyState
      icon="info"
      title={`No ${what} match these filters`}
      action={
        <button type="button" className={smallButton} onClick={onClear}>
          Clear filters
        </button>
      }
    >
      <p>Try fewer filters or a wider date range, or clear them all to see every result.</p>
    </EmptyState>
  );
}

/** A failed load: a plain message and a Retry, or a way back in when the session has ended. */
export function LoadError({ error, returnTo, onRetry, what = "the results" }: { error: Error; returnTo: string; onRetry: () => void; what?: string }) {
  const signedOut = error instanceof CounsellorApiError && error.signedOut;
  return (
    <div role="alert" className="flex items-start gap-3 rounded-2xl border border-red-300 bg-red-50 p-5 text-red-900">
      <Icon name="alertCircle" className="mt-0.5 size-5 shrink-0 text-red-700" />
      <div className="min-w-0">
        {signedOut ? (
          <>
            <p className="font-semibold">You have been signed out.</p>
            <p className="mt-1 leading-relaxed">Sign in again to see your students&apos; results; you will come back to this view.</p>
            <Link
              href={`/counsellor/sign-in?next=${encodeURIComponent(returnTo)}`}
              className="mt-3 inline-flex min-h-11 items-center font-semibold text-red-900 underline underline-offset-4"
            >
              Sign in again
            </Link>
          </>
        ) : (
          <>
            <p className="font-semibold">We could not load {what}.</p>
            <p className="mt-1 leading-relaxed">{error.message}</p>
            <button type="button" className={`${smallButton} mt-3`} onClick={onRetry}>
              <Icon name="refresh" className="size-5 shrink-0" />
              Retry
            </button>
          </>
        )}
      </div>
    </div>
  );
}
