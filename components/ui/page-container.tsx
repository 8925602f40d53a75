import type { ReactNode } from "react";

export type PageContainerProps = {
  children: ReactNode;
  className?: string;
};

/** Centres content at the site's maximum width (72rem) with responsive side padding. */
export function PageContainer({ children, className }: PageContainerProps) {
  const classes = ["mx-auto w-full max-w-6xl px-4 sm:px-6 lg:px-8", className].filter(Boolean).join(" ");
  return <div className={classes}>{children}</div>;
}
