import type { ReactNode } from "react";

/**
 * Every page is under app/[locale], whose layout renders <html lang> in the page's language; this
 * root only passes through (next-intl's layout for locale-prefixed routing). Requests outside any
 * language (none reach a page: proxy.ts gives every page address one) end at app/not-found.tsx.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
