import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { PageContainer } from "@/components/ui/page-container";

export const metadata: Metadata = {
  title: "Page not found",
};

export default function NotFound() {
  return (
    <PageContainer className="py-16 sm:py-24">
      <div className="mx-auto max-w-2xl">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Error 404 · Not found</p>
        <h1 className="mt-3 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
          We couldn&rsquo;t find that page
        </h1>
        <div className="mt-5 space-y-4 text-lg leading-relaxed text-slate-700">
          <p>The address may be mistyped, or the page may have moved.</p>
          <p>
            If you followed a link to someone&rsquo;s report, it may have been deleted by its owner, or the link may never
            have pointed to a saved result. Reports are private unless their owner shares them, so ask the person who sent
            it for a fresh link.
          </p>
        </div>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/assessment">Take the assessment</ButtonLink>
          <ButtonLink href="/" variant="secondary">
            Go to the home page
          </ButtonLink>
        </div>
        <p className="mt-6">
          <Link
            href="/#what-you-get"
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700"
          >
            See what the report includes
          </Link>
        </p>
      </div>
    </PageContainer>
  );
}
