/** The sign-in and sign-up pages: the same frame, each with its own words (auth.signIn, auth.signUp) and form. */
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { getCounsellor } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { counsellorReturnPath } from "@/lib/validations/redirect";

type Kind = "signIn" | "signUp";

export type AuthPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function authMetadata(kind: Kind): Promise<Metadata> {
  const t = await getTranslations(`auth.${kind}`);
  return { title: t("metaTitle"), description: t("metaDescription") };
}

/** A counsellor already signed in goes straight to where they were headed. */
export async function AuthPage({ kind, searchParams, form }: AuthPageProps & { kind: Kind; form: (next: string) => ReactNode }) {
  const { next } = await searchParams;
  const nextPath = counsellorReturnPath(next);
  if (await getCounsellor()) redirect({ href: nextPath, locale: await getLocale() });
  const t = await getTranslations("auth");

  return (
    <>
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
      <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
        {t(`${kind}.heading`)}
      </h1>
      <p className="mt-3 max-w-[60ch] leading-relaxed text-pretty text-slate-700">{t(`${kind}.lead`)}</p>
      <Card className="mt-6 sm:mt-8">{form(nextPath)}</Card>
    </>
  );
}
