import { useTranslations } from "next-intl";
import { LogoMark } from "@/components/ui/logo-mark";

export type InviteSheetProps = {
  cohortName: string;
  counsellorName: string;
  /** The cohort code as students type it, e.g. K7QM-4TPX. */
  code: string;
  inviteUrl: string;
  /** Where a student without a camera enters the code. */
  joinUrl: string;
  /** The QR code of inviteUrl as SVG markup, drawn on the server (lib/cohorts/invite-qr.ts). */
  qrSvg: string;
};

/**
 * The invite sheet students read: on screen under the workspace's page header, and alone on one
 * A4 page when printed (see "Cohort invite sheet" in app/globals.css).
 */
export function InviteSheet({ cohortName, counsellorName, code, inviteUrl, joinUrl, qrSvg }: InviteSheetProps) {
  const t = useTranslations("cohorts.sheet");
  const steps = [t("stepScan"), t("stepQuiz"), t("stepShare", { counsellor: counsellorName })];
  return (
    <section
      aria-labelledby="invite-sheet-title"
      data-invite-sheet
      className="rounded-2xl border border-slate-200 bg-white p-5 sm:p-8 print:rounded-none print:border-0 print:p-0"
    >
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="inline-flex items-center gap-2.5 text-lg font-bold tracking-tight whitespace-nowrap text-slate-900">
          <LogoMark className="size-8 shrink-0" />
          Coder Fit
        </span>
        <span className="sr-only">:</span>
        <span className="min-w-0 text-sm font-semibold text-slate-600 sm:text-base">{t("kicker")}</span>
      </p>

      <h2
        id="invite-sheet-title"
        className="mt-6 text-[1.75rem] leading-tight font-bold tracking-tight text-balance break-words text-slate-900 sm:text-4xl print:mt-8 print:text-[26pt]"
      >
        {cohortName}
      </h2>
      <p className="mt-2 max-w-[60ch] text-lg leading-relaxed text-pretty text-slate-700 print:text-[13pt]">
        {t("invitedBy", { counsellor: counsellorName })}
      </p>

      <div className="mt-6 grid gap-6 sm:grid-cols-[auto_minmax(0,1fr)] sm:items-start sm:gap-8 print:mt-8 print:gap-[10mm]">
        <figure className="mx-auto w-full max-w-72 sm:mx-0 sm:w-64 print:w-[90mm] print:max-w-none">
          {/* Markup from qrcode alone (numbers in a path, no text from the cohort), so it is safe to inline. */}
          <div
            role="img"
            aria-label={t("qrLabel", { name: cohortName })}
            className="aspect-square w-full rounded-xl border border-slate-300 bg-white p-1 print:rounded-none print:border-0 print:p-0 [&>svg]:block [&>svg]:size-full"
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <figcaption className="mt-2 text-center text-sm font-semibold text-slate-700 print:text-[11pt]">
            {t("qrCaption")}
          </figcaption>
        </figure>

        <div className="min-w-0">
          <h3 className="text-lg font-semibold text-slate-900 print:text-[14pt]">{t("stepsHeading")}</h3>
          <ol className="mt-3 space-y-3">
            {steps.map((step, index) => (
              <li key={step} className="flex gap-3 leading-relaxed text-pretty text-slate-800 print:text-[12pt]">
                <span
                  aria-hidden="true"
                  className="flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-bold text-brand-800 ring-1 ring-brand-200 print:border print:border-slate-600"
                >
                  {index + 1}
                </span>
                <span className="min-w-0 pt-0.5">{step}</span>
              </li>
            ))}
          </ol>
        </div>
      </div>

      <div className="mt-8 grid gap-6 border-t border-slate-200 pt-6 sm:grid-cols-2 sm:gap-8 print:mt-[10mm] print:border-slate-400 print:pt-[8mm]">
        <div className="min-w-0">
          <h3 className="text-sm font-semibold text-slate-900 print:text-[11pt]">{t("codeHeading")}</h3>
          <p className="mt-2 font-mono text-[2rem] leading-none font-bold tracking-[0.18em] whitespace-nowrap text-slate-900 sm:text-4xl print:text-[26pt]">
            {code}
          </p>
          <p className="mt-3 text-sm leading-relaxed break-words text-slate-600 print:text-[10.5pt]">
            {t("codeHint", { url: joinUrl })}
          </p>
        </div>
        <div className="min-w-0">
          <h3 className="text-sm font-semibold text-slate-900 print:text-[11pt]">{t("linkHeading")}</h3>
          <p className="mt-2 rounded-xl border border-slate-300 bg-slate-50 px-3 py-2.5 font-mono text-sm leading-relaxed break-all text-slate-900 print:text-[11pt]">
            {inviteUrl}
          </p>
        </div>
      </div>
    </section>
  );
}
