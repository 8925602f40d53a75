/**
 * Testing Library's render inside next-intl's provider, as the app's layout gives every page:
 * components read their words with useTranslations. English by default; `{ locale: "hi" }` for Hindi.
 *
 *   import { render, screen } from "@/tests/support/render";
 */
import { render as renderPlain, type RenderOptions } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement, ReactNode } from "react";
import { uiCatalogs } from "@/lib/i18n/generated/ui";
import type { Locale } from "@/lib/i18n/locales";

export * from "@testing-library/react";

export type IntlRenderOptions = Omit<RenderOptions, "wrapper"> & { locale?: Locale };

export function render(ui: ReactElement, { locale = "en", ...options }: IntlRenderOptions = {}) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <NextIntlClientProvider locale={locale} messages={uiCatalogs[locale]} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
  return renderPlain(ui, { wrapper, ...options });
}
