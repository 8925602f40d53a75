import type { ReactNode } from "react";
import { PageContainer } from "./page-container";

export type PageBannerProps = {
  eyebrow: ReactNode;
  title: ReactNode;
  lead?: ReactNode;
  /** "lg" for the workspace's pages, "sm" for a person's own results. */
  leadSize?: "lg" | "sm";
  /** Narrows the text to the page's content column. */
  width?: "3xl" | "4xl";
  /** Printed pages drop the band's colour and padding. */
  print?: boolean;
};

const WIDTHS = { "3xl": "mx-auto max-w-3xl", "4xl": "mx-auto max-w-4xl" } as const;
const LEADS = {
  lg: "mt-3 max-w-[62ch] leading-relaxed text-pretty text-slate-700 sm:text-lg",
  sm: "mt-3 max-w-[60ch] text-sm leading-relaxed text-pretty text-slate-700 sm:text-base",
} as const;

/** A page's opening band: eyebrow, the page's one h1 and a lead, on the brand's pale background. */
export function PageBanner({ eyebrow, title, lead, leadSize = "lg", width, print = false }: PageBannerProps) {
  const text = (
    <>
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{eyebrow}</p>
      <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">{title}</h1>
      {lead ? <p className={LEADS[leadSize]}>{lead}</p> : null}
    </>
  );
  return (
    <div className={print ? "border-b border-slate-200 bg-brand-50 print:border-0 print:bg-white" : "border-b border-slate-200 bg-brand-50"}>
      <PageContainer className={print ? "py-6 sm:py-10 print:py-2" : "py-6 sm:py-10"}>{width ? <div className={WIDTHS[width]}>{text}</div> : text}</PageContainer>
    </div>
  );
}
