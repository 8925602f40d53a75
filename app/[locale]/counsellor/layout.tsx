import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ProfileNamesProvider } from "@/components/counsellor/profile-names";
import { QueryProvider } from "@/components/counsellor/query-provider";
import { SectionWords } from "@/components/section-words";
import { profileNames } from "@/lib/counsellor/names";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile } from "@/lib/profiles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("counsellor");
  return {
    title: {
      default: t("workspace"),
      template: t("meta.titleTemplate"),
    },
    description: t("meta.description"),
    // Private pages: nothing under /counsellor belongs in a search index.
    robots: { index: false, follow: false },
  };
}

/**
 * Every counsellor page: every namespace's words for the browser, one query cache per tab, and the profile's names (bands, skills, flags,
 * backgrounds) in the page's language for the client components that name a result row's ids.
 */
export default async function CounsellorLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const names = profileNames(profileIn(medicalCoderProfile, locale), medicalCoderProfile);
  return (
    <SectionWords section="workspace">
      <QueryProvider>
        <ProfileNamesProvider names={names}>{children}</ProfileNamesProvider>
      </QueryProvider>
    </SectionWords>
  );
}
