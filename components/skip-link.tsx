import { useTranslations } from "next-intl";

export type SkipLinkProps = {
  /** The id of the element to jump to; it should be focusable (e.g. `tabIndex={-1}`). */
  targetId?: string;
};

/** "Skip to main content": hidden until focused, then shown at the top left of the page. */
export function SkipLink({ targetId = "main-content" }: SkipLinkProps) {
  const t = useTranslations("common");
  return (
    <a
      href={`#${targetId}`}
      className="skip-link sr-only z-50 rounded-lg bg-brand-900 px-4 py-3 font-semibold text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:inline-flex focus:min-h-11 focus:items-center"
    >
      {t("skipLink")}
    </a>
  );
}
