import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages, type Section } from "@/lib/i18n/client-words";

/** In a section's layout: the browser's words for that section (lib/i18n/client-words.ts). */
export async function SectionWords({ section, children }: { section: Section; children: ReactNode }) {
  return <NextIntlClientProvider messages={clientMessages(await getMessages(), section)}>{children}</NextIntlClientProvider>;
}
