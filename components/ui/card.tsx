import type { ReactNode } from "react";

export type CardProps = {
  children: ReactNode;
  className?: string;
  /** Render as an `<article>` when the card is a self-contained item, e.g. in a list of audiences. */
  as?: "div" | "article" | "li";
};

/** A quiet bordered surface with rounded corners. */
export function Card({ children, className, as: Element = "div" }: CardProps) {
  return (
    <Element className={["rounded-2xl border border-slate-200 bg-white p-6 sm:p-7", className].filter(Boolean).join(" ")}>
      {children}
    </Element>
  );
}
