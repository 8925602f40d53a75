import { create, toString } from "qrcode";
import { describe, expect, it } from "vitest";
import { inviteQrOptions, inviteQrSvg } from "@/lib/cohorts/invite-qr";
import { cohortInviteMessage, cohortInvitePath, cohortWhatsAppLink, inviteLinkIn } from "@/lib/counsellor/invite";
import { issueReader } from "@/lib/counsellor/issue-text";
import joinEn from "@/lib/i18n/messages/en/join.json" with { type: "json" };
import { pageWords } from "@/lib/i18n/page-words";
import { cohortArchiveWords } from "@/lib/cohorts/archive-words";
import { cohortCodeFormSchema } from "@/lib/quiz/cohort-code-form";
import { rosterWords } from "@/lib/roster/words";

const INVITE = "https://coderfit.example/join/Ab3dEf6hIj9kLm2nOp5qRs8t";
const en = pageWords("en", "cohorts");

describe("the WhatsApp invite", () => {
  it("names the cohort and ends with the exact invite link on its own line", () => {
    const message = cohortInviteMessage(en, "B.Sc Nursing 2026", INVITE);
    expect(message).toContain("“B.Sc Nursing 2026”");
    expect(message.endsWith(`\n\n${INVITE}`)).toBe(true);
    expect(message.split(INVITE)).toHaveLength(2);
  });

  it("keeps a cohort name on one line", () => {
    const message = cohortInviteMessage(en, "  Evening\n batch\t A ", INVITE);
    expect(message).toContain("“Evening batch A”");
  });

  it("is a wa.me link whose text decodes to the message, with no contact chosen", () => {
    const name = "Batch #3 & friends?";
    const link = cohortWhatsAppLink(en, name, INVITE);
    expect(link.startsWith("https://wa.me/?text=")).toBe(true);
    const text = link.slice("https://wa.me/?text=".length);
    // Every character that means something in a URL is encoded, so nothing in a name ends the text early.
    expect(text).not.toMatch(/[#&?\s]/);
    expect(text).toContain(encodeURIComponent(INVITE));
    expect(decodeURIComponent(text)).toBe(cohortInviteMessage(en, name, INVITE));
    expect(new URL(link).searchParams.get("text")).toBe(cohortInviteMessage(en, name, INVITE));
  });

  it("is in the page's language, and so is its link", () => {
    const hindi = cohortInviteMessage(pageWords("hi", "cohorts"), "B.Sc Nursing 2026", inviteLinkIn(INVITE, "hi"));
    expect(hindi).toMatch(/^नमस्ते! “B.Sc Nursing 2026”/);
    expect(hindi.endsWith("\n\nhttps://coderfit.example/hi/join/Ab3dEf6hIj9kLm2nOp5qRs8t")).toBe(true);
    expect(cohortInviteMessage(en, "B.Sc Nursing 2026", INVITE)).toMatch(/^Hi! Please take the Coder Fit assessment for “B.Sc Nursing 2026”: it takes 6 to 8 minutes/);
  });

  it("puts the language in the invite and join links, except English's", () => {
    expect(inviteLinkIn(INVITE, "en")).toBe(INVITE);
    expect(inviteLinkIn(INVITE, "hi")).toBe("https://coderfit.example/hi/join/Ab3dEf6hIj9kLm2nOp5qRs8t");
    expect(inviteLinkIn("http://localhost:3200/join", "hi")).toBe("http://localhost:3200/hi/join");
    expect(inviteLinkIn("https://coderfit.example/hi/join/x", "hi")).toBe("https://coderfit.example/hi/join/x");
    expect(inviteLinkIn("/join/x?y=1", "hi")).toBe("/hi/join/x?y=1");
  });

  it("links the invite page of the cohort", () => {
    expect(cohortInvitePath("cohort_0123456789abcdefgh")).toBe("/counsellor/cohorts/cohort_0123456789abcdefgh/invite");
  });
});

describe("the join page's messages", () => {
  it("has a Hindi word for the code form's checks and the share API's refusals", () => {
    const readIssue = issueReader(joinEn.issues);
    const hi = pageWords("hi", "join.issues");
    const messages = [
      ...["", "K7QM"].flatMap((code) => cohortCodeFormSchema.safeParse({ code }).error?.issues.map((issue) => issue.message) ?? []),
      rosterWords.pickOtherCohort,
      cohortArchiveWords.shareRefusedField,
    ];
    expect(messages.length).toBeGreaterThanOrEqual(4);
    for (const message of messages) expect(readIssue(message, hi), message).toMatch(/[\u0900-\u097f]/);
    expect(cohortArchiveWords.shareRefused("B.Sc 2026", "Ms Rao")).toBe("“B.Sc 2026” is closed to new results; ask Ms Rao, your counsellor, if you still want to share.");
    expect(readIssue(cohortArchiveWords.shareRefused("B.Sc 2026", "Ms Rao"), hi)).toBe(
      "“B.Sc 2026” अब नए नतीजे नहीं ले रहा है; अगर आप फिर भी शेयर करना चाहते हैं, तो अपने काउंसलर Ms Rao से पूछें।",
    );
  });
});

/** The dark modules an SVG from qrcode draws: its stroke path is runs of "h" lines along module rows. */
function drawnModules(svg: string): Set<string> {
  const d = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? "";
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of d.matchAll(/([MmHh])\s*(-?[\d.]+)(?:\s+(-?[\d.]+))?/g)) {
    const first = Number(a);
    if (command === "M") [x, y] = [first, Number(b)];
    else if (command === "m") [x, y] = [x + first, y + Number(b)];
    else {
      const length = command === "h" ? first : first - x;
      for (let i = 0; i < length; i++) dark.add(`${x + i},${Math.floor(y)}`);
      x += length;
    }
  }
  return dark;
}

describe("the invite QR code", () => {
  it("draws exactly the modules of a QR code of the invite link", async () => {
    const { modules } = create(INVITE, { errorCorrectionLevel: "M" });
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) expected.add(`${col + 4},${row + 4}`);
    }
    const svg = await inviteQrSvg(INVITE);
    expect(svg).toContain(`viewBox="0 0 ${modules.size + 8} ${modules.size + 8}"`);
    expect(expected.size).toBeGreaterThan(200);
    expect(drawnModules(svg)).toEqual(expected);
  });

  it("is an SVG of exactly the invite link, as qrcode draws it", async () => {
    const svg = await inviteQrSvg(INVITE);
    expect(svg.trim()).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="0 0 \d+ \d+"[\s\S]*<\/svg>$/);
    expect(svg).toBe(await toString(INVITE, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } }));
    expect(svg).toBe(await toString(INVITE, inviteQrOptions));
  });

  it("changes with the link and carries no text of its own", async () => {
    const other = await inviteQrSvg(`${INVITE.slice(0, -1)}u`);
    const svg = await inviteQrSvg(INVITE);
    expect(other).not.toBe(svg);
    expect(svg).not.toContain("coderfit");
    // Fixed size only through viewBox: the page sizes it.
    expect(svg).not.toMatch(/<svg[^>]*\swidth=/);
  });
});
