/**
 * Links and navigation that keep the reader's language: `Link href="/results"` goes to
 * /hi/results on a Hindi page; `usePathname` gives the path without the language, so code that
 * compares paths works in every language. Use these instead of next/link and next/navigation's
 * router and pathname (ESLint points here).
 */
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
