import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { SignInForm } from "@/components/counsellor/sign-in-form";
import { Card } from "@/components/ui/card";
import { getCounsellor } from "@/lib/auth/session";
import { counsellorReturnPath } from "@/lib/validations/redirect";

export const metadata: Metadata = {
  title: "Sign in",
  description: "Sign in to your Coder Fit counsellor workspace.",
};

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: PageProps) {
  const { next } = await searchParams;
  const nextPath = counsellorReturnPath(next);
  if (await getCounsellor()) redirect({ href: nextPath, locale: await getLocale() });

  return (
    <>
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">For counsellors</p>
      <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
        Sign in to your workspace
      </h1>
      <p className="mt-3 max-w-[60ch] leading-relaxed text-pretty text-slate-700">
        See the results your students have shared with you, your notes and your cohorts.
      </p>
      <Card className="mt-6 sm:mt-8">
        <SignInForm next={nextPath} />
      </Card>
    </>
  );
}
