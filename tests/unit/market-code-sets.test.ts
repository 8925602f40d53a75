/**
 * Code sets named for the person's market (issue 14): the UK codes diagnoses in ICD-10 and
 * procedures in OPCS-4, Canada in ICD-10-CA and CCI; the USA, India (US outsourcing) and other
 * markets in ICD-10-CM, CPT and HCPCS. Only the words follow the market: the same answers score
 * the same in every market.
 */
import { describe, expect, it } from "vitest";
import { answeredMarket, itemInMarket, marketIdSchema, skillInMarket, type MarketId } from "@/lib/profiles";
import { buildAnswer, buildPlanSummary, buildReportView, buildWhySummary } from "@/lib/report";
import { scoreAssessment } from "@/lib/results/score";
import { allItems, profile, questionnaire } from "../fixtures/answers";
import { personaAnswers, personas } from "../fixtures/personas";

const US_CODE_SETS = /ICD-10-CM|\bCPT\b|HCPCS/;
const markets = marketIdSchema.options;
const marketItem = allItems.find((item) => item.kind === "choice" && item.role === "market")!;

describe("skill names and uses by market", () => {
  const skill = (id: string, market: MarketId) => skillInMarket(profile.skills.find((entry) => entry.id === id)!, market);

  it("names OPCS-4 in the UK, CCI in Canada and CPT elsewhere", () => {
    expect(skill("cpt-coding", "uk")).toMatchObject({ name: "OPCS-4 Coding", usedFor: expect.stringContaining("OPCS-4") });
    expect(skill("cpt-coding", "canada")).toMatchObject({ name: "CCI Coding", usedFor: expect.stringContaining("CCI") });
    expect(skill("icd-coding", "uk").usedFor).toMatch(/ICD-10 code \(the WHO's 5th edition/);
    expect(skill("icd-coding", "canada").usedFor).toContain("ICD-10-CA");
    for (const market of ["usa", "india", "other"] as const) {
      expect(skill("cpt-coding", market).name).toBe("CPT Coding");
      expect(skill("icd-coding", market).usedFor).toContain("ICD-10-CM");
    }
  });

  it("keeps ids, levels and importance the same in every market", () => {
    for (const market of markets) {
      for (const base of profile.skills) {
        const shown = skillInMarket(base, market);
        expect({ ...shown, name: base.name, usedFor: base.usedFor }).toEqual(base);
      }
    }
  });

  it("never shows a US code set to someone in the UK or Canada", () => {
    for (const market of ["uk", "canada"] as const) {
      for (const base of profile.skills) expect(`${skillInMarket(base, market).name} ${skillInMarket(base, market).usedFor}`).not.toMatch(US_CODE_SETS);
    }
  });
});

describe("the quiz's words by market", () => {
  it("keys every market entry by an answer of the market question", () => {
    const values = new Set(marketItem.kind === "choice" ? marketItem.options.map((option) => option.value) : []);
    for (const item of allItems) for (const market of Object.keys(item.byMarket ?? {})) expect(values.has(market), `${item.id}: ${market}`).toBe(true);
  });

  it("reads the market from the answers", () => {
    expect(answeredMarket(questionnaire, { [marketItem.id]: "uk" })).toBe("uk");
    expect(answeredMarket(questionnaire, {})).toBeUndefined();
  });

  it("asks UK and Canadian users about their own code sets; knowledge questions on US code sets say so", () => {
    for (const market of ["uk", "canada"] as const) {
      for (const asked of allItems) {
        const item = itemInMarket(asked, market);
        const options = item.kind === "choice" || item.kind === "knowledge" ? item.options.map((option) => option.label) : [];
        const text = [item.prompt, item.help ?? "", ...options].join(" ");
        if (item.kind === "knowledge") {
          if (US_CODE_SETS.test(text)) expect(item.prompt, item.id).toMatch(/\bUS\b/);
        } else expect(text, item.id).not.toMatch(US_CODE_SETS);
      }
    }
    expect(itemInMarket(allItems.find((item) => item.id === "skills.cpt-coding")!, "uk").prompt).toBe("Procedure coding (OPCS-4)");
    expect(itemInMarket(allItems.find((item) => item.id === "skills.icd-coding")!, "canada").prompt).toBe("Diagnosis coding (ICD-10-CA)");
  });

  it("changes words only: ids, option values and scoring keys stay the same", () => {
    for (const market of markets) {
      for (const asked of allItems) {
        const item = itemInMarket(asked, market);
        expect(item.id).toBe(asked.id);
        expect(item.kind).toBe(asked.kind);
        if ((item.kind === "choice" || item.kind === "knowledge") && (asked.kind === "choice" || asked.kind === "knowledge")) {
          expect(item.options.map((option) => option.value)).toEqual(asked.options.map((option) => option.value));
        }
        if (item.kind === "knowledge" && asked.kind === "knowledge") expect(item.correct).toBe(asked.correct);
        if (item.kind === "level" && asked.kind === "level") expect(item.skill).toBe(asked.skill);
      }
    }
  });

  it("gives a slow reader time for every market's words", () => {
    const words = (text: string | undefined) => (text ? text.split(/\s+/).filter((token) => /[A-Za-z0-9]/.test(token)).length : 0);
    for (const market of markets) {
      for (const asked of allItems) {
        const item = itemInMarket(asked, market);
        let count = words(item.prompt) + words(item.help);
        if (item.kind === "choice" || item.kind === "knowledge") {
          count += item.options.reduce((sum, option) => sum + words(option.label) + words("hint" in option ? option.hint : undefined), 0);
        }
        if (item.kind === "level") count += item.anchors.reduce((sum, anchor, level) => sum + words(`Level ${level}`) + words(anchor), 0);
        if (item.kind === "agreement") count += questionnaire.agreementScale.reduce((sum, point) => sum + words(point.label), 0);
        expect(item.seconds, `${item.id} in ${market}`).toBeGreaterThanOrEqual((count * 60) / 150 + 3);
      }
    }
  });
});

describe("scores and reports by market", () => {
  it.each(personas.map((persona) => [persona.id, persona] as const))("%s scores the same in every market", (_id, persona) => {
    const scores = markets.map((market) => {
      const result = scoreAssessment(profile, { ...personaAnswers(persona), [marketItem.id]: market });
      return { overall: result.overall, band: result.band.id, skills: result.skills.map((skill) => [skill.skillId, skill.level, skill.gap]) };
    });
    for (const score of scores) expect(score).toEqual(scores[0]);
  });

  it.each(personas.flatMap((persona) => (["uk", "canada"] as const).map((market) => [persona.id, market, persona] as const)))(
    "%s in %s: the report names no US code set",
    (_id, market, persona) => {
      const result = scoreAssessment(profile, { ...personaAnswers(persona), [marketItem.id]: market });
      const view = buildReportView(result, profile);
      const text = JSON.stringify([view.summary, view.receipt, view.skills, buildAnswer(result, profile), buildPlanSummary(result, profile), buildWhySummary(result, profile)]);
      expect(text).not.toMatch(/CPT Coding|ICD-10-CM|\bCPT codes\b/);
      const cpt = view.skills.find((row) => row.id === "cpt-coding")!;
      expect(cpt.name).toBe(market === "uk" ? "OPCS-4 Coding" : "CCI Coding");
    },
  );
});
