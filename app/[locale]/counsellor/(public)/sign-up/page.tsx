import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { SignUpForm } from "@/components/counsellor/sign-up-form";
import { Card } from "@/components/ui/card";
import { getCounsellor } from "@/lib/auth/session";
import { counsellorReturnPath } from "@/lib/validations/redirect";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signUp");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: PageProps) {
  const { next } = await searchParams;
  const nextPath = counsellorReturnPath(next);
  if (await getCounsellor()) redirect({ href: nextPath, locale: await getLocale() });
  const t = await getTranslations("auth");

  return (
    <>
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
      <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
        {t("signUp.heading")}
      </h1>
      <p className="mt-3 max-w-[60ch] leading-relaxed text-pretty text-slate-700">{t("signUp.lead")}</p>
      <Card className="mt-6 sm:mt-8">
        <SignUpForm next={nextPath} />
      </Card>
    </>
  );
}
