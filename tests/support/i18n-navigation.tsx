/**
 * lib/i18n/navigation.ts for component tests: next-intl's navigation needs the App Router's
 * context, which jsdom has not, and the tests already stand in for next/navigation's router and
 * pathname (vi.mock). So here Link is next/link and the hooks are next/navigation's, mocked or not;
 * a link's language (the `locale` prop) is dropped; getPathname puts it in the path. vitest.config.ts points the import here.
 */
import NextLink from "next/link";
import type { ComponentProps } from "react";

export { usePathname, useRouter } from "next/navigation";

export function Link({ locale: _locale, ...props }: ComponentProps<typeof NextLink> & { locale?: string }) {
  return <NextLink {...props} />;
}

/** As lib/i18n/routing.ts has it: English without a prefix, any other language with its code (/hi/report/…). */
export function getPathname({ href, locale }: { href: string; locale?: string }): string {
  return locale && locale !== "en" ? `/${locale}${href}` : href;
}
