import { describe, expect, it } from "vitest";
import { pageWords } from "@/lib/i18n/page-words";
import { buildShareMessage, cleanReportUrl, emailLink, whatsAppLink, type ShareMessage } from "@/lib/share/message";

const t = pageWords("en", "share");

const ID = "report_id_0123456789abcd";
const OWNER_KEY = "ownerKey_0123456789abcdef";
const REPORT = `https://coderfit.example/report/${ID}`;
const input = { reportUrl: REPORT, bandLabel: "Good fit", careerTitle: "Medical Coder" };

function build(overrides: Partial<typeof input> = {}): ShareMessage {
  const share = buildShareMessage({ ...input, ...overrides }, t);
  if (!share) throw new Error("expected a share message");
  return share;
}

/** The mailto: link's fields, decoded the way a mail app reads them. */
function mailFields(link: string): { subject: string; body: string } {
  expect(link.startsWith("mailto:?")).toBe(true);
  const fields = Object.fromEntries(
    link
      .slice("mailto:?".length)
      .split("&")
      .map((pair) => pair.split("=").map(decodeURIComponent)),
  );
  expect(Object.keys(fields).sort()).toEqual(["body", "subject"]);
  return fields as { subject: string; body: string };
}

describe("the share message", () => {
  it("names the career and the band and carries the plain report link", () => {
    const share = build();
    expect(share).toEqual({
      title: "My Medical Coder fit report",
      text: "I checked how well a Medical Coder career suits me on Coder Fit. My result: Good fit.",
      url: REPORT,
      message: `I checked how well a Medical Coder career suits me on Coder Fit. My result: Good fit.\n\nSee the report: ${REPORT}`,
      emailSubject: "My Medical Coder fit report: Good fit",
    });
    // Share sheets add the url to the text themselves: the text must not carry it twice.
    expect(share.text).not.toContain("http");
  });

  it.each([
    [`${REPORT}#owner=${OWNER_KEY}`],
    [`${REPORT}?share=shared`],
    [`${REPORT}?share=shared&owner=${OWNER_KEY}#owner=${OWNER_KEY}`],
    [`${REPORT}/?email=anjali%40example.com`],
  ])("drops the owner key, the share outcome and anything else after the path: %s", (reportUrl) => {
    const share = build({ reportUrl });
    expect(share.url).toBe(REPORT);
    const everything = [JSON.stringify(share), whatsAppLink(share), emailLink(share)].join("\n");
    expect(everything).not.toContain(OWNER_KEY);
    expect(everything).not.toMatch(/owner|share=|anjali|example\.com|#/);
  });

  it.each([
    ["a relative address", `/report/${ID}`],
    ["another page of the site", "https://coderfit.example/results"],
    ["an owner-only API path", `https://coderfit.example/api/v1/assessments/${ID}`],
    ["a report path with more after the id", `https://coderfit.example/report/${ID}/edit`],
    ["an id that is too short", "https://coderfit.example/report/abc"],
    ["a script address", `javascript:alert(1)//report/${ID}`],
    ["a data address", `data:text/html,/report/${ID}`],
    ["an ftp address", `ftp://coderfit.example/report/${ID}`],
    ["an address with a user name", `https://anjali:secret@coderfit.example/report/${ID}`],
    ["not an address at all", "Good fit"],
    ["a language the site does not have", `https://coderfit.example/xx/report/${ID}`],
  ])("refuses %s", (_what, reportUrl) => {
    expect(cleanReportUrl(reportUrl)).toBeNull();
    expect(buildShareMessage({ ...input, reportUrl }, t)).toBeNull();
  });

  it("keeps a plain http address during development, and the port", () => {
    expect(cleanReportUrl(`http://127.0.0.1:3100/report/${ID}`)).toBe(`http://127.0.0.1:3100/report/${ID}`);
  });

  it("keeps the band and career to one plain line, and refuses empty ones", () => {
    const share = build({ bandLabel: "  Good\nfit\u0000 ", careerTitle: "Medical\tCoder" });
    expect(share.text).toBe("I checked how well a Medical Coder career suits me on Coder Fit. My result: Good fit.");
    expect(buildShareMessage({ ...input, bandLabel: "  " }, t)).toBeNull();
    expect(buildShareMessage({ ...input, careerTitle: "" }, t)).toBeNull();
  });
});

describe("the share message in Hindi", () => {
  const hindi = pageWords("hi", "share");
  const HINDI_REPORT = `https://coderfit.example/hi/report/${ID}`;

  it("is worded in Hindi and links to the report in Hindi", () => {
    const share = buildShareMessage({ reportUrl: REPORT, bandLabel: "अच्छा मेल", careerTitle: "मेडिकल कोडर", locale: "hi" }, hindi);
    expect(share).toEqual({
      title: "मेरी मेडिकल कोडर फ़िट रिपोर्ट",
      text: "मैंने Coder Fit पर जाँचा कि मेडिकल कोडर का करियर मेरे लिए कितना सही है। मेरा नतीजा: अच्छा मेल।",
      url: HINDI_REPORT,
      message: `मैंने Coder Fit पर जाँचा कि मेडिकल कोडर का करियर मेरे लिए कितना सही है। मेरा नतीजा: अच्छा मेल।\n\nरिपोर्ट यहाँ देखें: ${HINDI_REPORT}`,
      emailSubject: "मेरी मेडिकल कोडर फ़िट रिपोर्ट: अच्छा मेल",
    });
  });

  it("keeps the language an address already has, and drops the owner key from it", () => {
    expect(cleanReportUrl(`${HINDI_REPORT}#owner=${OWNER_KEY}`)).toBe(HINDI_REPORT);
    expect(cleanReportUrl(`${HINDI_REPORT}?share=shared`, "en")).toBe(HINDI_REPORT);
    expect(cleanReportUrl(`https://coderfit.example/en/report/${ID}`, "hi")).toBe(REPORT);
    expect(cleanReportUrl(REPORT, "hi")).toBe(HINDI_REPORT);
    expect(cleanReportUrl(REPORT, "xx")).toBeNull();
  });
});

describe("the WhatsApp and email links", () => {
  // Spaces, a rupee sign, ampersands and line breaks: each must survive as itself.
  const awkward = build({ bandLabel: "Good fit & ready at ₹25,000+/month", careerTitle: "Medical Coder" });

  it("puts the whole message in wa.me's text, percent-encoded", () => {
    const link = whatsAppLink(awkward);
    expect(link.startsWith("https://wa.me/?text=")).toBe(true);
    const encoded = link.slice("https://wa.me/?text=".length);
    expect(encoded).not.toMatch(/[ &\n₹+#?]/);
    expect(encoded).toContain("%20");
    expect(encoded).toContain("%26");
    expect(encoded).toContain("%E2%82%B9");
    expect(encoded).toContain("%0A%0A");
    expect(decodeURIComponent(encoded)).toBe(awkward.message);
    expect(new URL(link).searchParams.get("text")).toBe(awkward.message);
  });

  it("fills the mailto: subject and body, with CRLF line breaks and no recipient", () => {
    const link = emailLink(awkward);
    expect(link.startsWith("mailto:?subject=")).toBe(true);
    expect(link).not.toMatch(/[ \n₹+#]/);
    expect(link).toContain("%0D%0A%0D%0A");
    const { subject, body } = mailFields(link);
    expect(subject).toBe("My Medical Coder fit report: Good fit & ready at ₹25,000+/month");
    expect(body).toBe(awkward.message.replace(/\n/g, "\r\n"));
    expect(body).toContain(`See the report: ${REPORT}`);
  });
});
