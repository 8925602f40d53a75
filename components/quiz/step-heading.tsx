import type { ReactNode } from "react";

/** A step's h2; focus moves here when the step opens, so it is focusable but not tabbable. */
export function StepHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2
      id={id}
      tabIndex={-1}
      data-step-heading
      className="rounded-md text-2xl font-bold tracking-tight text-balance text-slate-900 sm:text-3xl"
    >
      {children}
    </h2>
  );
}
