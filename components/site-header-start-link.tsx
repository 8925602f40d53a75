"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { headerWords } from "./site-header-words";

/**
 * The header's start link keeps an invite: from /join/<token> it opens the quiz with that invite,
 * as the page's own button does, so the person still sees the consent panel at the end.
 */
export function startHrefFor(pathname: string | null): string {
  const token = pathname?.match(/^\/join\/([^/]+)\/?$/)?.[1];
  return token ? `/assessment?invite=${token}` : "/assessment";
}

export function SiteHeaderStartLink({ className }: { className: string }) {
  return (
    <Link href={startHrefFor(usePathname())} className={className}>
      {headerWords.takeAssessment}
    </Link>
  );
}
