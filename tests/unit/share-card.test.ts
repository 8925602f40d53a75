import { describe, expect, it, vi } from "vitest";
import { pageWords } from "@/lib/i18n/page-words";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile } from "@/lib/profiles";
import { cardHeadline, shareHeadline } from "@/lib/report/meta";

const cards: unknown[] = [];
vi.mock("@/components/og/share-card", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/components/og/share-card")>();
  return {
    ...original,
    shareCard: async (props: Parameters<typeof original.shareCard>[0]) => {
      cards.push(props);
      return original.shareCard(props);
    },
  };
});
const getAssessment = vi.fn();
vi.mock("@/lib/assessments/service", () => ({ getAssessment: (id: string) => getAssessment(id) }));

const ID = "report_id_0123456789abcd";
const bands = medicalCoderProfile.scoring.bands;
const PNG = [0x89, 0x50, 0x4e, 0x47];

async function card(locale: string) {
  cards.length = 0;
  const { default: image } = await import("@/app/[locale]/report/[id]/opengraph-image");
  const response = await image({ params: Promise.resolve({ locale, id: ID }) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { props: cards[0], png: [...bytes.slice(0, 4)] };
}

describe("the share card's headline", () => {
  it("reads in English exactly as before, for every band and without one", () => {
    const t = pageWords("en", "og");
    for (const band of bands) expect(cardHeadline(band, t)).toBe(shareHeadline(band.label));
    expect(cardHeadline(null, t)).toBe(shareHeadline(null));
  });

  it("puts each Hindi band with the field as Hindi reads it", () => {
    const t = pageWords("hi", "og");
    const hindi = Object.fromEntries(profileIn(medicalCoderProfile, "hi").scoring.bands.map((band) => [band.id, cardHeadline(band, t)]));
    expect(hindi).toEqual({
      strong: "मेडिकल कोडिंग के लिए बहुत अच्छा मेल",
      good: "मेडिकल कोडिंग के लिए अच्छा मेल",
      possible: "मेडिकल कोडिंग: तैयारी के साथ संभव",
      "not-natural": "मेडिकल कोडिंग: आपके लिए सहज मेल नहीं",
    });
    expect(cardHeadline(null, t)).toBe("क्या मेडिकल कोडिंग आपके लिए सही करियर है?");
  });
});

describe("the report's share card", () => {
  const stored = { profileId: medicalCoderProfile.id, result: { band: { id: "good", label: "Good fit" } } };

  it("names the band in English on an English address", async () => {
    getAssessment.mockResolvedValue(stored);
    const { props, png } = await card("en");
    expect(props).toEqual({
      eyebrow: "Career-fit result",
      headline: "Good fit for medical coding",
      line: "Is medical coding the right career for you?",
      button: "Take the assessment",
    });
    expect(png).toEqual(PNG);
  }, 30_000);

  it("is drawn in Hindi on a Hindi address, the band from the Hindi profile", async () => {
    getAssessment.mockResolvedValue(stored);
    const { props, png } = await card("hi");
    expect(props).toEqual({
      eyebrow: "करियर-फ़िट नतीजा",
      headline: "मेडिकल कोडिंग के लिए अच्छा मेल",
      line: "क्या मेडिकल कोडिंग आपके लिए सही करियर है?",
      button: "टेस्ट शुरू करें",
    });
    expect(png).toEqual(PNG);
  }, 30_000);

  it("gives an unknown report the generic card, in the address's language", async () => {
    getAssessment.mockResolvedValue(null);
    expect((await card("hi")).props).toMatchObject({ eyebrow: "करियर-फ़िट टेस्ट", headline: "क्या मेडिकल कोडिंग आपके लिए सही करियर है?" });
    getAssessment.mockRejectedValue(new Error("database down"));
    expect((await card("en")).props).toMatchObject({ eyebrow: "Career-fit assessment", headline: "Is medical coding the right career for you?" });
  }, 30_000);
});
