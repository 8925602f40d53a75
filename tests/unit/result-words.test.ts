import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { profileIn } from "@/lib/i18n/profiles";
import { wordsOf, type WordTree } from "@/lib/i18n/profile-words";
import { describeResult } from "@/lib/results/describe";
import { scoreAssessment } from "@/lib/results/score";
import { scoreIn, storedResultIn } from "@/lib/results/stored";
import { scoreAnswers } from "@/lib/scoring";
import { profile } from "../fixtures/answers";
import { generatedModules, LANGUAGE_NAMES_SOURCE, languageNamesText, listLocaleFolders } from "../../scripts/i18n-catalogs";
import { languageNamesFont } from "../../scripts/i18n-font";
import { englishSentences } from "../support/english-text";
import { answersArb } from "../fixtures/arbitrary-answers";

const MESSAGES = "lib/i18n/messages";

/** Every string anywhere in a value, with its path. */
function strings(value: unknown, at = ""): [string, string][] {
  if (typeof value === "string") return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((entry, i) => strings(entry, `${at}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, entry]) => strings(entry, `${at}.${key}`));
  return [];
}

/** Ids ("cpc", "skills.icd-10-cm", "good-fit"), versions ("1.1.0", "2026.11.3"): never a word a person reads. */
const ID = /^[a-z0-9]+(?:[-._][a-z0-9]+)*$/;

function keysOf(messages: unknown, prefix = ""): string[] {
  if (typeof messages === "string") return [prefix];
  return Object.entries(messages as Record<string, unknown>).flatMap(([key, entry]) => keysOf(entry, prefix ? `${prefix}.${key}` : key));
}

describe("words out of the scoring engine", () => {
  it("returns ids, numbers and parameters only: no sentence, name or label (1,000 answer sets)", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const worded = strings(scoreAnswers(profile, answers)).filter(([, text]) => !ID.test(text));
        expect(worded).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("words the same facts in each language with the same figures", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const facts = scoreAnswers(profile, answers);
        const en = describeResult(profile, facts, "en");
        const hi = describeResult(profile, facts, "hi");
        expect(hi.overall).toBe(en.overall);
        expect(hi.band.id).toBe(en.band.id);
        expect(hi.receipt.map((line) => line.points)).toEqual(en.receipt.map((line) => line.points));
        expect(hi.recommendations.nextSteps).toHaveLength(en.recommendations.nextSteps.length);
        // The sentences the result messages write are in Hindi, not English.
        expect(hi.quality.note).not.toBe(en.quality.note);
        expect(hi.quality.note).toMatch(/[\u0900-\u097F]/);
      }),
      { numRuns: 200 },
    );
  });

  it("scoreAssessment is the engine's facts worded in English", () => {
    const answers = fc.sample(answersArb, { numRuns: 1, seed: 7 })[0]!;
    expect(scoreAssessment(profile, answers)).toEqual(describeResult(profile, scoreAnswers(profile, answers), "en"));
  });
});

describe("message catalogs", () => {
  const locales = readdirSync(MESSAGES);
  const catalogs = (locale: string) =>
    Object.fromEntries(
      readdirSync(path.join(MESSAGES, locale))
        .filter((file) => file.endsWith(".json"))
        .map((file) => [file, JSON.parse(readFileSync(path.join(MESSAGES, locale, file), "utf8")) as unknown]),
    );

  it("has English and Hindi", () => {
    expect(locales).toEqual(expect.arrayContaining(["en", "hi"]));
  });

  it.each(locales.filter((locale) => locale !== "en"))("%s has every file and key English has, and no others", (locale) => {
    const en = catalogs("en");
    const other = catalogs(locale);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [file, messages] of Object.entries(en)) {
      expect(keysOf(other[file]).sort(), `${locale}/${file}`).toEqual(keysOf(messages).sort());
    }
  });
});

describe("the profile's words in Hindi", () => {
  const english = JSON.parse(readFileSync(path.join(MESSAGES, "en", "profile.json"), "utf8")) as Record<string, WordTree>;
  const hindi = profileIn(profile, "hi");

  it("en/profile.json is the profile's own words (run `npm run i18n` after changing them)", () => {
    expect(english[profile.id]).toEqual(wordsOf(profile));
  });

  it("a Hindi copy changes words only: every id, number and rule scores the same", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(scoreAnswers(hindi, answers)).toEqual(scoreAnswers(profile, answers));
      }),
      { numRuns: 200 },
    );
  });

  it("every word the profile shows in a result has a Hindi translation in place", () => {
    const translated = wordsOf(hindi);
    const pairs: [string, string, string][] = [];
    const walk = (en: WordTree, hi: WordTree, at: string) => {
      for (const [key, value] of Object.entries(en)) {
        const other = hi[key];
        if (typeof value === "string") pairs.push([`${at}.${key}`, value, other as string]);
        else walk(value, other as WordTree, `${at}.${key}`);
      }
    };
    walk(wordsOf(profile), translated, "");
    // Degree abbreviations ("B.Com") and credentials' own names ("Certified Professional Coder") stay as they are.
    const untranslated = pairs.filter(
      ([at, en, hi]) => hi === en && /[a-z]{3,}\s+[a-z]{3,}/i.test(en) && !/^\.content\.certifications\.[^.]+\.name$/.test(at),
    );
    expect(untranslated).toEqual([]);
    expect(pairs.filter(([, , hi]) => /[\u0900-\u097F]/.test(hi)).length).toBeGreaterThan(pairs.length * 0.9);
  });

  it("a Hindi result has no English sentence (names of credentials, code sets and degrees allowed)", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = scoreIn(profile, answers, "hi");
        const english = strings(result)
          .map(([at, text]) => [at, englishSentences(text)] as const)
          .filter(([, found]) => found.length > 0);
        expect(english).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("a stored result in another language", () => {
  it("re-scores the stored answers in Hindi with the same figures, and keeps an older version's words", () => {
    const answers = fc.sample(answersArb, { numRuns: 1, seed: 11 })[0]!;
    const stored = { answers, result: scoreAssessment(profile, answers) };
    const hindi = storedResultIn(profile, stored, "hi");
    expect(hindi.locale).toBe("hi");
    expect(hindi.result.overall).toBe(stored.result.overall);
    expect(hindi.result.band.id).toBe(stored.result.band.id);
    expect(hindi.result.recommendations.nextSteps.map((step) => step.title).join(" ")).toMatch(/[\u0900-\u097F]/);
    expect(storedResultIn(profile, stored, "en")).toEqual({ result: stored.result, locale: "en" });

    const older = { answers, result: { ...stored.result, scoringVersion: "1.0.0" } };
    expect(storedResultIn(profile, older, "hi")).toEqual({ result: older.result, locale: "en" });
  });
});

describe("languages listed from their folders", () => {
  it("lib/i18n/generated is what `npm run i18n` writes for today's folders", () => {
    for (const [file, source] of Object.entries(generatedModules(MESSAGES))) {
      expect(readFileSync(path.join("lib/i18n/generated", file), "utf8"), file).toBe(source);
    }
    expect(LOCALES.map((locale) => locale.id)).toEqual(["en", "hi"]);
  });

  it("lib/i18n/generated/language-names.woff2 is the switch's font `npm run i18n` cuts for today's names", async () => {
    const letters = languageNamesText(listLocaleFolders(MESSAGES));
    expect(letters.split("").sort()).toEqual([...new Set("हिन्दी")].sort());
    const cut = await languageNamesFont(readFileSync(LANGUAGE_NAMES_SOURCE), letters);
    expect(Buffer.compare(cut, readFileSync("lib/i18n/generated/language-names.woff2"))).toBe(0);
    expect(cut.length).toBeLessThan(5_000);
    // A name in a script the Devanagari face cannot draw is refused, not shown as boxes.
    expect(() => languageNamesText([{ id: "ta", name: "தமிழ்", files: [] }])).toThrow(/no font/);
  });

  it("a third language folder is picked up: listed with its own name and its files imported", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "coder-fit-messages-"));
    try {
      cpSync(MESSAGES, dir, { recursive: true });
      // A real, complete folder (Hindi's words under another code), not an empty stub.
      cpSync(path.join(MESSAGES, "hi"), path.join(dir, "mr"), { recursive: true });
      writeFileSync(path.join(dir, "mr", "meta.json"), JSON.stringify({ name: "मराठी" }));
      const modules = generatedModules(dir);
      expect(listLocaleFolders(dir).map((locale) => [locale.id, locale.name])).toEqual([
        ["en", "English"],
        ["hi", "हिन्दी"],
        ["mr", "मराठी"],
      ]);
      expect(modules["locales.ts"]).toContain('{ id: "mr", name: "मराठी" }');
      expect(modules["result.ts"]).toContain('import mr from "../messages/mr/result.json" with { type: "json" };');
      expect(modules["profile.ts"]).toContain("export const profileCatalogs = { en, hi, mr } as const;");
      expect(modules["profile-loaders.ts"]).toContain('mr: () => import("../messages/mr/profile.json")');
      // A folder without meta.json is not a language yet.
      cpSync(path.join(MESSAGES, "hi"), path.join(dir, "ta"), { recursive: true });
      rmSync(path.join(dir, "ta", "meta.json"));
      expect(listLocaleFolders(dir).map((locale) => locale.id)).toEqual(["en", "hi", "mr"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("scoring in the browser carries no translation of the profile (what-if stays small)", () => {
    for (const file of ["lib/results/score.ts", "lib/results/describe.ts", "lib/i18n/result-words.ts"]) {
      expect(readFileSync(file, "utf8"), file).not.toMatch(/i18n\/profiles|generated\/profile|profile\.json/);
    }
  });
});
