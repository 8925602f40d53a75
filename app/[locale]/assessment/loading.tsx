import { useTranslations } from "next-intl";
import { PageContainer } from "@/components/ui/page-container";

// A loading state for the quiz route only: on a slow connection it shows while the quiz
// downloads. It is deliberately not at the root (nor on /report/[id]): a loading boundary
// starts streaming a 200 response before a page can call notFound(), and a deleted or
// unknown report must answer 404. The quiz page renders per request (it reads ?invite=), so
// this also shows for a moment on a first load: it fills the screen so that the footer below
// starts off-screen and nothing visible moves when the page replaces it (no layout shift).

const bar = "rounded-full motion-safe:animate-pulse";
const grey = `${bar} bg-slate-200`;

export default function Loading() {
  const t = useTranslations("quiz");
  return (
    <PageContainer className="min-h-[100svh] py-16 sm:py-24">
      <div role="status" className="mx-auto max-w-2xl">
        {/* A heading keeps the outline intact while the page streams in; the status role announces it. */}
        <h1 className="sr-only">{t("loading")}</h1>
        <div aria-hidden="true">
          <div className={`${bar} h-4 w-32 bg-brand-100`} />
          <div className={`${grey} mt-5 h-9 w-4/5`} />
          <div className={`${grey} mt-3 h-9 w-3/5`} />
          <div className="mt-8 space-y-3">
            <div className={`${grey} h-4 w-full`} />
            <div className={`${grey} h-4 w-11/12`} />
            <div className={`${grey} h-4 w-3/4`} />
          </div>
          <div className="mt-10 h-12 w-full rounded-xl bg-slate-200 motion-safe:animate-pulse sm:w-56" />
        </div>
      </div>
    </PageContainer>
  );
}
