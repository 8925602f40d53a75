import type { Metadata } from "next";
import type { ReactNode } from "react";
import { QueryProvider } from "@/components/counsellor/query-provider";

export const metadata: Metadata = {
  title: {
    default: "Counsellor workspace",
    template: "%s · Counsellor workspace · Coder Fit",
  },
  description: "See the results your students choose to share with you, keep notes, and spot where a batch needs help.",
  // Private pages: nothing under /counsellor belongs in a search index.
  robots: { index: false, follow: false },
};

export default function CounsellorLayout({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
