import { describe, expect, it } from "vitest";
import { checkPassword } from "@/lib/auth/breach-check";
import { FLAG_ORDER, SKILL_ORDER, degreeName, fromMask, masksWithBit, shareFigures, toMask } from "@/lib/shares/figures";
import { CSV_HEADER, csvCell, csvLine } from "@/lib/counsellor/csv";
import { CODE_ALPHABET, formatShortCode, newId, newShortCode, normaliseShortCode } from "@/lib/ids";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { mkdtempSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { medicalCoderProfile } from "@/lib/profiles";
import { parseAnswers } from "@/lib/scoring";
import { scoreAssessment } from "@/lib/results/score";
import { createRandom, demoAnswers } from "@/lib/seed/demo-answers";

describe("ids and cohort codes", () => {
  it("makes unguessable ids and readable codes without look-alike characters", () => {
    const ids = new Set(Array.from({ length: 1000 }, newId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(CODE_ALPHABET).not.toMatch(/[01ILO]/);
    const code = newShortCode();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(formatShortCode("K7QM4TPX")).toBe("K7QM-4TPX");
  });

  it("accepts a code typed in any case, with a dash or spaces, and nothing else", () => {
    expect(normaliseShortCode("k7qm-4tpx")).toBe("K7QM4TPX");
    expect(normaliseShortCode(" K7QM 4TPX ")).toBe("K7QM4TPX");
    expect(normaliseShortCode("K7QM4TP")).toBeNull();
    expect(normaliseShortCode("K7QM4TP0")).toBeNull();
    expect(normaliseShortCode("'; DROP TABLE")).toBeNull();
  });
});

describe("share figures", () => {
  it("round-trips skill gaps and flags through bit masks in profile order", () => {
    expect(fromMask(toMask(["icd-coding", "medical-terminology"], SKILL_ORDER), SKILL_ORDER)).toEqual(["medical-terminology", "icd-coding"]);
    expect(toMask([], FLAG_ORDER)).toBe(0);
    const withSecond = masksWithBit(1, FLAG_ORDER.length);
    expect(withSecond).toHaveLength(2 ** (FLAG_ORDER.length - 1));
    expect(withSecond.every((mask) => (mask & 2) !== 0)).toBe(true);
  });

  it("copies exactly what the scoring result says", () => {
    const random = createRandom(3);
    for (let i = 0; i < 50; i++) {
      const result = scoreAssessment(medicalCoderProfile, parseAnswers(medicalCoderProfile.questionnaire, demoAnswers(random)));
      const figures = shareFigures(result);
      expect(figures.overallScore).toBe(result.overall);
      expect(figures.band).toBe(result.band.id);
      expect(fromMask(figures.gapMask, SKILL_ORDER).sort()).toEqual([...result.gaps].sort());
      expect(fromMask(figures.flagMask, FLAG_ORDER).sort()).toEqual(result.traits.flags.map((f) => f.traitId).sort());
      expect(figures.topGaps.split(",").filter(Boolean)).toEqual(result.gaps.slice(0, 3));
      expect(figures.degreeId).toBe(result.education.degreeId);
      // An option of the questionnaire's degree question, so the dashboard can name it.
      expect(degreeName(figures.degreeId)).not.toBe(figures.degreeId);
    }
  });
});

describe("CSV", () => {
  it("quotes what needs quoting and defuses spreadsheet formulas", () => {
    expect(csvCell("Plain")).toBe("Plain");
    expect(csvCell('Rao, "Asha"')).toBe('"Rao, ""Asha"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell("+91 98")).toBe("'+91 98");
    expect(csvCell(74.5)).toBe("74.5");
    expect(csvCell(null)).toBe("");
    expect(csvLine(["a", "b"])).toBe("a,b\r\n");
    expect(CSV_HEADER).toContain("Report link");
  });
});

describe("breach check", () => {
  it("refuses a breached password, accepts a clean one, and fails open when the service is unreachable or slow", async () => {
    expect(await checkPassword("password123", async () => true)).toBe("breached");
    expect(await checkPassword("a long unusual phrase", async () => false)).toBe("clean");
    expect(await checkPassword("x", async () => Promise.reject(new Error("ENOTFOUND")))).toBe("unknown");
    expect(await checkPassword("x", () => new Promise(() => {}), 20)).toBe("unknown");
  });
});

describe("auth secret", () => {
  it("uses the configured secret, else makes one once and keeps it private", () => {
    expect(resolveAuthSecret("s".repeat(40))).toBe("s".repeat(40));
    const dir = mkdtempSync(path.join(os.tmpdir(), "coder-fit-secret-"));
    const first = resolveAuthSecret(undefined, dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveAuthSecret(undefined, dir)).toBe(first);
    expect(statSync(path.join(dir, "data", "auth-secret")).mode & 0o077).toBe(0);
  });
});
