import type { UiMessages } from "@/lib/i18n/generated/ui";
import type { Locale } from "@/lib/i18n/locales";

// next-intl's typed keys: `t("home.title")` is checked against English's messages.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: UiMessages;
  }
}
