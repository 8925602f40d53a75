import type { Metadata } from "next";
import { OfflineActions } from "@/components/offline/offline-actions";
import { Icon } from "@/components/ui/icon";
import { PageContainer } from "@/components/ui/page-container";
import { OFFLINE_PAGE_WORDS as words } from "@/lib/offline/words";

export const metadata: Metadata = {
  title: words.metaTitle,
  robots: { index: false, follow: false },
};

/**
 * What the service worker shows, at the address the person asked for, when that page has no copy
 * on this device and the network does not answer. Precached with the built files.
 */
export default function OfflinePage() {
  return (
    <PageContainer className="py-12 sm:py-24">
      <div className="mx-auto max-w-2xl">
        <span className="inline-flex size-12 items-center justify-center rounded-full bg-brand-100 text-brand-800">
          <Icon name="offline" className="size-6" />
        </span>
        <p className="mt-5 text-sm font-semibold tracking-wide text-brand-700 uppercase">{words.eyebrow}</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">{words.title}</h1>
        <div className="mt-5 space-y-4 text-lg leading-relaxed text-pretty text-slate-700">
          <p>{words.lead}</p>
          <p>{words.answersSafe}</p>
        </div>
        <OfflineActions />
      </div>
    </PageContainer>
  );
}
