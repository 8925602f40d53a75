"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { LOCALES } from "@/lib/i18n/locales";
import { Link, usePathname } from "@/lib/i18n/navigation";

export type LanguageSwitchProps = { className?: string };

/**
 * Links to this same page in each other language, each written in its own language and script
 * ("हिन्दी" on an English page, "English" on a Hindi one), keeping the page's query. Following
 * one stores the choice on the device (next-intl's NEXT_LOCALE cookie), so later addresses
 * without a language open in it. The quiz keeps its answers: they are on the device, not in the page.
 */
export function LanguageSwitch({ className }: LanguageSwitchProps) {
  const t = useTranslations("common.language");
  const current = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const others = LOCALES.filter((locale) => locale.id !== current);
  return (
    <ul aria-label={t("label")} className="flex items-center gap-1">
      {others.map((locale) => (
        <li key={locale.id}>
          <Link
            href={query ? `${pathname}?${query}` : pathname}
            locale={locale.id}
            lang={locale.id}
            hrefLang={locale.id}
            className={`${className ?? ""} language-name`}
          >
            {locale.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
