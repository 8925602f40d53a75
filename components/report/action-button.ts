/** Shared look for the report's action buttons: the same shape as ButtonLink's secondary style. */
export const actionButton =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-xl border border-slate-500 bg-white px-5 py-3 text-center text-base font-semibold leading-tight text-slate-900 transition-colors hover:border-brand-700 hover:bg-brand-50 hover:text-brand-800 disabled:cursor-not-allowed disabled:opacity-60";

export const dangerButton =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-xl border border-red-700 bg-white px-5 py-3 text-center text-base font-semibold leading-tight text-red-800 transition-colors hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-60";

export const dangerSolidButton =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-xl bg-red-700 px-5 py-3 text-center text-base font-semibold leading-tight text-white transition-colors hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-70";
