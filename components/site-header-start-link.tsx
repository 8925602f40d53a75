"use client";

import { Link } from "@/lib/i18n/navigation";
import { usePathname } from "@/lib/i18n/navigation";

/**
 * The header's start link keeps an invite: from /join/<token> it opens the quiz with that invite,
 * as the page's own button does, so the person still sees the consent panel at the end.
 */
export function startHrefFor(pathname: string | null): string {
  const token = pathname?.match(/^\/join\/([^/]+)\/?$/)?.[1];
  return token ? `/assessment?invite=${token}` : "/assessment";
}

export function SiteHeaderStartLink({ className, label }: { className: string; label: string }) {
  return (
    <Link href={startHrefFor(usePathname())} className={className}>
      {label}
    </Link>
  );
}
