// eslint-disable-next-line no-restricted-imports -- outside every language: nothing to keep.
import Link from "next/link";
import en from "@/lib/i18n/messages/en/common.json" with { type: "json" };
import "./globals.css";

/**
 * The last resort, outside every language (app/[locale]/not-found.tsx is the real page): reached
 * only by addresses proxy.ts does not give a language. Plain, in both languages, with a way home.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="flex min-h-dvh items-center justify-center bg-white p-6 font-sans text-slate-800">
        <main className="max-w-xl space-y-4">
          <h1 className="text-3xl font-bold text-slate-900">{en.rootNotFound.en}</h1>
          <p lang="hi" className="text-xl text-slate-700">
            {en.rootNotFound.hi}
          </p>
          <p>
            <Link href="/" className="font-semibold text-brand-700 underline underline-offset-4">
              Coder Fit
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
