import type { ReactNode } from "react";
import { PageContainer } from "./page-container";

export type NotFoundPanelProps = {
  /** The tab's title: a not-found page takes no generateMetadata, so React puts this in the head. */
  title: string;
  eyebrow: ReactNode;
  heading: ReactNode;
  /** The explanation, one paragraph each. */
  children: ReactNode;
  /** The way on: one or two ButtonLinks. */
  actions: ReactNode;
  /** Anything under the actions (a further link). */
  after?: ReactNode;
};

/** What every "not found" page says, in one shape: what happened, why it may have, and where to go instead. */
export function NotFoundPanel({ title, eyebrow, heading, children, actions, after }: NotFoundPanelProps) {
  return (
    <PageContainer className="py-16 sm:py-24">
      <title>{title}</title>
      <div className="mx-auto max-w-2xl">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{eyebrow}</p>
        <h1 className="mt-3 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">{heading}</h1>
        <div className="mt-5 space-y-4 text-lg leading-relaxed text-slate-700">{children}</div>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">{actions}</div>
        {after}
      </div>
    </PageContainer>
  );
}
