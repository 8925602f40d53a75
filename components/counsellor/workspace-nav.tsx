"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { usePathname } from "@/lib/i18n/navigation";
import { PageContainer } from "@/components/ui/page-container";
import { SignOutButton } from "./sign-out-button";

const links = [
  { href: "/counsellor", word: "results", section: "/counsellor/results" },
  { href: "/counsellor/analytics", word: "analytics", section: null },
  { href: "/counsellor/cohorts", word: "cohorts", section: "/counsellor/cohorts" },
] as const;

/** "page" on the page itself; "true" on a page inside its section (a result under Results). */
function currentFor(pathname: string, href: string, section: string | null): "page" | "true" | undefined {
  if (pathname === href) return "page";
  if (section && pathname.startsWith(`${section}/`)) return "true";
  return undefined;
}

const linkBase =
  "inline-flex min-h-11 items-center whitespace-nowrap rounded-lg px-3 text-[0.9375rem] font-semibold transition-colors sm:px-4";
const linkIdle = "text-slate-700 hover:bg-white hover:text-brand-800";
const linkCurrent = "bg-white text-brand-800 shadow-[inset_0_-3px_0_var(--color-brand-600),0_0_0_1px_var(--color-slate-200)]";

export type WorkspaceNavProps = {
  /** The signed-in counsellor's name. */
  name: string;
};

/** The counsellor's own navigation, under the site header: the workspace's pages, who is signed in, and Sign out. */
export function WorkspaceNav({ name }: WorkspaceNavProps) {
  const pathname = usePathname();
  const t = useTranslations("counsellor.nav");

  return (
    <div className="print-hidden border-b border-slate-200 bg-slate-50">
      <PageContainer className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-2">
        <nav aria-label={t("label")} className="-mx-1 min-w-0">
          <ul className="flex flex-wrap items-center gap-1 p-1">
            {links.map((link) => {
              const current = currentFor(pathname, link.href, link.section);
              return (
                <li key={link.href} className="shrink-0">
                  <Link href={link.href} aria-current={current} className={`${linkBase} ${current ? linkCurrent : linkIdle}`}>
                    {t(link.word)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-1">
          <p className="min-w-0 text-sm leading-snug break-words text-slate-600">
            {t.rich("signedInAs", { name, strong: (chunks) => <span className="font-semibold text-slate-900">{chunks}</span> })}
          </p>
          <SignOutButton />
        </div>
      </PageContainer>
    </div>
  );
}
