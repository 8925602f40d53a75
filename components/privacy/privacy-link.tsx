import { PRIVACY_PATH, privacyWords } from "@/lib/privacy/words";

/**
 * The privacy page, linked beside a share consent box. It opens in a new tab so a half-filled
 * quiz or share form stays as it is.
 */
export function PrivacyLink({ className }: { className?: string }) {
  return (
    <p className={["text-sm leading-relaxed", className].filter(Boolean).join(" ")}>
      <a
        href={PRIVACY_PATH}
        target="_blank"
        rel="noopener"
        className="inline-flex min-h-11 items-center font-medium text-brand-800 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700"
        data-privacy-link
      >
        {privacyWords.links.consent}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    </p>
  );
}
