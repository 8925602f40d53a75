import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { SignUpForm } from "@/components/counsellor/sign-up-form";
import { Card } from "@/components/ui/card";
import { getCounsellor } from "@/lib/auth/session";
import { counsellorReturnPath } from "@/lib/validations/redirect";

export const metadata: Metadata = {
  title: "Create a counsellor account",
  description: "Create a Coder Fit counsellor account to see the results your students choose to share with you.",
};

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: PageProps) {
  const { next } = await searchParams;
  const nextPath = counsellorReturnPath(next);
  if (await getCounsellor()) redirect({ href: nextPath, locale: await getLocale() });

  return (
    <>
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">For counsellors</p>
      <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
        Create a counsellor account
      </h1>
      <p className="mt-3 max-w-[60ch] leading-relaxed text-pretty text-slate-700">
        For counsellors at colleges, training institutes and career centres. It takes a minute; students never need an
        account.
      </p>
      <Card className="mt-6 sm:mt-8">
        <SignUpForm next={nextPath} />
      </Card>
    </>
  );
}
