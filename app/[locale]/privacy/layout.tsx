import type { ReactNode } from "react";
import { SectionWords } from "@/components/section-words";

/** This section's client components read words the rest of the site does not send (lib/i18n/client-words.ts). */
export default function Layout({ children }: { children: ReactNode }) {
  return <SectionWords section="privacy">{children}</SectionWords>;
}
