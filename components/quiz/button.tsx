import type { ButtonHTMLAttributes } from "react";

type ButtonVariant = "primary" | "secondary" | "link";

/* The same shapes and colours as components/ui/button-link.tsx, for real <button>s. */
const base =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-xl px-6 py-3 text-center text-base font-semibold leading-tight transition-colors disabled:cursor-not-allowed";

const variants: Record<ButtonVariant, string> = {
  primary:
    "bg-brand-600 text-white hover:bg-brand-700 active:bg-brand-800 disabled:bg-slate-600 aria-disabled:cursor-progress aria-disabled:bg-slate-600 aria-disabled:hover:bg-slate-600",
  secondary:
    "border border-slate-500 bg-white text-slate-900 hover:border-brand-700 hover:bg-brand-50 hover:text-brand-800 disabled:border-slate-300 disabled:text-slate-600 disabled:hover:bg-white",
  link: "",
};

const linkStyle =
  "inline-flex min-h-11 items-center rounded-lg px-2 text-base font-semibold text-brand-700 underline decoration-brand-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700";

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant };

export function Button({ variant = "primary", className, type = "button", ...props }: ButtonProps) {
  const classes = variant === "link" ? [linkStyle, className] : [base, variants[variant], className];
  return <button type={type} className={classes.filter(Boolean).join(" ")} {...props} />;
}
