/**
 * The share forms' validation and API messages in the page's language. The schemas
 * (lib/validations/share.ts) and the API answer in English; each message is read back to its key
 * in `share.issues` (lib/counsellor/issue-text.ts) and shown in the page's language. A message
 * that is no key's stays as it came.
 */
import { issueReader } from "@/lib/counsellor/issue-text";
import shareEn from "@/lib/i18n/messages/en/share.json" with { type: "json" };
import type { PageWords } from "@/lib/i18n/page-words";

const readIssue = issueReader(shareEn.issues);

type IssueKey = keyof typeof shareEn.issues;

export function shareIssue(message: string, t: PageWords<"share">): string;
export function shareIssue(message: string | undefined, t: PageWords<"share">): string | undefined;
export function shareIssue(message: string | undefined, t: PageWords<"share">): string | undefined {
  if (!message) return message;
  return readIssue(message, (key: IssueKey, values) => t(`issues.${key}`, values));
}
