import type { Metadata } from "next";
import { PrivacyNotice } from "@/components/privacy/privacy-notice";
import { getEnv } from "@/lib/env";
import { PRIVACY_PATH, privacyWords } from "@/lib/privacy/words";

export const metadata: Metadata = {
  title: privacyWords.meta.title,
  description: privacyWords.meta.description,
  alternates: { canonical: PRIVACY_PATH },
};

/** /privacy: what is kept, for how long, who sees it and how to act on it. No database read. */
export default function PrivacyPage() {
  const env = getEnv();
  return (
    <PrivacyNotice
      operator={{ name: env.PRIVACY_OPERATOR_NAME, contactEmail: env.PRIVACY_CONTACT_EMAIL, retentionDays: env.RETENTION_DAYS }}
    />
  );
}
