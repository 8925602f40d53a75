"use client";

import { usePathname } from "@/lib/i18n/navigation";
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";

export type SiteHeaderNavProps = {
  /** The site's links, as list items. */
  links: ReactNode;
  /** What the header shows instead while the quiz is open: one row, so the questions start high. */
  onQuiz: ReactNode;
  /** The phone menu button's word, and the navigation's name. */
  menuLabel: string;
  mainLabel: string;
};

/**
 * Picks the header's navigation by route; both are rendered on the server, this only chooses. On a
 * phone the links sit behind one "Menu" button so the header stays one row; from 640 px they show
 * in a row. The menu closes on navigation (it remounts per path), on Escape and on a tap outside.
 */
export function SiteHeaderNav({ links, onQuiz, menuLabel, mainLabel }: SiteHeaderNavProps) {
  const pathname = usePathname();
  if (pathname === "/assessment") return onQuiz;
  return (
    <nav aria-label={mainLabel} className="print-hidden">
      <PhoneMenu key={pathname} label={menuLabel}>
        {links}
      </PhoneMenu>
      <ul className="hidden flex-wrap items-center gap-1 sm:flex">{links}</ul>
    </nav>
  );
}

function PhoneMenu({ children, label }: { children: ReactNode; label: string }) {
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const closeOutside = (event: PointerEvent) => {
      const details = menu.current;
      if (details?.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== "Escape" || !menu.current?.open) return;
    menu.current.open = false;
    menu.current.querySelector("summary")?.focus();
  };
  return (
    <details ref={menu} onKeyDown={onKeyDown} className="group relative sm:hidden">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg px-3 text-sm font-semibold text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-brand-50 group-open:bg-brand-50 [&::-webkit-details-marker]:hidden">
        <svg viewBox="0 0 24 24" className="size-5" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path className="group-open:hidden" d="M4 7h16M4 12h16M4 17h16" />
          <path className="hidden group-open:block" d="m6 6 12 12M18 6 6 18" />
        </svg>
        {label}
      </summary>
      <ul className="absolute top-full right-0 z-30 mt-2 flex w-64 flex-col gap-1 rounded-2xl border border-slate-200 bg-white p-2 shadow-lg">
        {children}
      </ul>
    </details>
  );
}
