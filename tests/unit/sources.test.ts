/**
 * Every `source` reference in the career data resolves to a registered source (a seed document, a
 * recorded public page or our own reasoning), and every registered source is complete enough for
 * a reader to find it again. Issue 14: "a test checks every source reference resolves".
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { medicalCoderProfile, SOURCE_IDS, sources, type SourceId } from "@/lib/profiles";
import { tryWorkExercise } from "@/lib/try-work/exercise";

type Reference = { at: string; id: unknown };

/** Every value of a `source` field in `value` (a string or a list), with where it was found. */
function references(value: unknown, at = "profile"): Reference[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => references(item, `${at}[${index}]`));
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    if (key === "source" && (typeof inner === "string" || Array.isArray(inner))) {
      return (Array.isArray(inner) ? inner : [inner]).map((id) => ({ at: `${at}.source`, id }));
    }
    // Try the work's code sources name their seed as { kind: "seed", seed }.
    if (key === "seed" && typeof inner === "string") return [{ at: `${at}.seed`, id: inner }];
    return references(inner, `${at}.${key}`);
  });
}

const registered = new Set<string>(SOURCE_IDS);
const profileReferences = references(medicalCoderProfile);
const exerciseReferences = references(tryWorkExercise, "tryWork");

describe("source references", () => {
  it("finds the profile's references (the walk reaches the data)", () => {
    expect(profileReferences.length).toBeGreaterThan(200);
    expect(exerciseReferences.length).toBeGreaterThan(0);
  });

  it("resolves every reference in the profile and in Try the work to a registered source", () => {
    const unresolved = [...profileReferences, ...exerciseReferences].filter((ref) => typeof ref.id !== "string" || !registered.has(ref.id));
    expect(unresolved).toEqual([]);
  });

  it("cites every registered public page and our own reasoning somewhere (no dead entries)", () => {
    const cited = new Set(profileReferences.map((ref) => ref.id));
    const unused = SOURCE_IDS.filter((id) => sources[id].kind !== "seed" && !cited.has(id));
    expect(unused).toEqual([]);
  });
});

describe("the source registry", () => {
  const entries = Object.entries(sources) as [SourceId, (typeof sources)[SourceId]][];

  it("names the five seed documents by their files", () => {
    const seeds = entries.filter(([, entry]) => entry.kind === "seed");
    expect(seeds.map(([id]) => id)).toEqual(["000", "001", "002", "003", "004"]);
    for (const [id, entry] of seeds) {
      if (entry.kind !== "seed") continue;
      expect(entry.file).toMatch(new RegExp(`^${id}_[0-9a-f]{16}\\.txt$`));
      expect(entry.title.trim().length).toBeGreaterThan(10);
      // The seeds live beside the project on the machines that have them; a clean checkout elsewhere may not.
      const seedsFolder = path.resolve(process.cwd(), "../shared/seeds");
      if (existsSync(seedsFolder)) expect(existsSync(path.join(seedsFolder, entry.file)), entry.file).toBe(true);
    }
  });

  it("records a title, publisher, web address and reading date for every public page", () => {
    for (const [id, entry] of entries) {
      if (entry.kind !== "public") continue;
      expect(id, "public source ids are kebab-case").toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.title.trim().length, id).toBeGreaterThan(5);
      expect(entry.publisher.trim().length, id).toBeGreaterThan(1);
      expect(() => new URL(entry.url), id).not.toThrow();
      expect(["https:", "http:"], id).toContain(new URL(entry.url).protocol);
      expect(entry.accessed, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(entry.accessed)), id).toBe(false);
    }
  });

  it("numbers the seeds first and our own reasoning last", () => {
    expect(SOURCE_IDS.slice(0, 5)).toEqual(["000", "001", "002", "003", "004"]);
    expect(SOURCE_IDS.at(-1)).toBe("ours");
  });
});
