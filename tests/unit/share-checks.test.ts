/**
 * The quiz's consent step checks a name and an email without zod (lib/validations/share-checks.ts);
 * the API parses the same fields with the zod schemas of lib/validations/share.ts. Both must
 * accept the same values and show the same first message, or the quiz would let through what the
 * API refuses (or stop what it takes).
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { toInviteShare } from "@/lib/quiz/invite";
import { displayNameSchema, inviteShareSchema, shareEmailSchema } from "@/lib/validations/share";
import { displayNameProblem, EMAIL_PATTERN, ENTITY_ID_PATTERN, shareEmailProblem } from "@/lib/validations/share-checks";
import { entityIdSchema } from "@/lib/validations/ids";

const NAMES: unknown[] = [
  undefined,
  null,
  42,
  "",
  " ",
  "\t\n ",
  "Anjali",
  "  Anjali   K.  ",
  "A",
  "x".repeat(80),
  "x".repeat(81),
  ` ${"x".repeat(80)} `,
  "é".repeat(81),
  "अंजलि",
  "ශ්‍රී",
  "😀",
  "😀 Ravi",
  "—",
  "...",
  "\u200b\u200b",
  "Asha\u0000",
  "Asha\u0007K",
  "Asha\u202Eexe.gpj",
  "Asha\u200eK",
  "\ud800Asha",
  "Asha\u0085",
  "محمد",
];

const EMAILS: unknown[] = [
  undefined,
  null,
  7,
  "",
  "   ",
  "anjali@example.com",
  " anjali@example.com",
  "anjali@",
  "anjali@example",
  "a.b+c@example.co.in",
  "o'brien@example.ie",
  ".a@example.com",
  "a..b@example.com",
  "a@-example.com",
  "अ@example.com",
  `${"a".repeat(64)}@${"b".repeat(185)}.com`,
  `${"a".repeat(64)}@${"b".repeat(200)}.com`,
];

describe("share checks in the browser and the API's zod schemas", () => {
  it("use zod's own email pattern and the id pattern", () => {
    expect(EMAIL_PATTERN.source).toBe(z.regexes.email.source);
    for (const id of ["a".repeat(21), "a".repeat(22), "a".repeat(64), "a".repeat(65), "abc$def-ghi_jkl-mno-pqrs"]) {
      expect(ENTITY_ID_PATTERN.test(id), id).toBe(entityIdSchema.safeParse(id).success);
    }
  });

  it("give a display name the same verdict and first message", () => {
    for (const name of NAMES) {
      const server = displayNameSchema.safeParse(name);
      expect(displayNameProblem(name), JSON.stringify(name)).toBe(server.success ? null : server.error.issues[0]!.message);
    }
  });

  it("give an email the same verdict and first message", () => {
    for (const email of EMAILS) {
      const server = shareEmailSchema.safeParse(email);
      expect(shareEmailProblem(email), JSON.stringify(email)).toBe(server.success ? null : server.error.issues[0]!.message);
    }
  });

  it("send what the API would store, or nothing when it would refuse", () => {
    const invite = { token: "t".repeat(24), cohortName: "B.Sc. 2026", counsellorName: "Ms Rao", invitesOpen: true };
    for (const displayName of NAMES.filter((name): name is string => typeof name === "string")) {
      for (const email of EMAILS.filter((value): value is string => typeof value === "string")) {
        const draft = { displayName, email, consent: true };
        const server = inviteShareSchema.safeParse({ inviteToken: invite.token, ...draft });
        const label = JSON.stringify(draft);
        expect(JSON.stringify(toInviteShare(invite, draft)), label).toBe(JSON.stringify(server.success ? server.data : undefined));
      }
    }
  });
});
