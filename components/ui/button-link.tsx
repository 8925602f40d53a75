import { Link } from "@/lib/i18n/navigation";
import type { ComponentProps, ReactNode } from "react";

type ButtonLinkVariant = "primary" | "secondary" | "inverse";

export type ButtonLinkProps = Omit<ComponentProps<typeof Link>, "className" | "children"> & {
  children: ReactNode;
  variant?: ButtonLinkVariant;
  className?: string;
};

const base =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-xl px-6 py-3 text-center text-base font-semibold leading-tight transition-colors";

const variants: Record<ButtonLinkVariant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 active:bg-brand-800",
  secondary: "border border-slate-500 bg-white text-slate-900 hover:border-brand-700 hover:bg-brand-50 hover:text-brand-800",
  inverse: "bg-white text-brand-900 hover:bg-brand-100 focus-visible:outline-white",
};

/** A link styled as a button: use it for navigation, never for actions. */
export function ButtonLink({ children, variant = "primary", className, ...linkProps }: ButtonLinkProps) {
  return (
    <Link {...linkProps} className={[base, variants[variant], className].filter(Boolean).join(" ")}>
      {children}
    </Link>
  );
}
