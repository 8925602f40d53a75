import { describe, expect, it } from "vitest";
import { highestMarks } from "@/lib/counsellor/compare-highest";
import { compareIdsSchema, splitCompareIds } from "@/lib/validations/compare-ids";

describe("the highest figure of a compare row", () => {
  it("marks the one highest, every tie for the top as tied, and nothing when all are equal", () => {
    expect(highestMarks([61, 74, 70])).toEqual([null, "highest", null]);
    expect(highestMarks([74, 61, 74, 70])).toEqual(["tied", null, "tied", null]);
    expect(highestMarks([3, 3, 3])).toEqual([null, null, null]);
    expect(highestMarks([2.5, null, 1])).toEqual(["highest", null, null]);
    expect(highestMarks([2, null])).toEqual([null, null]);
  });
});

describe("the ids of a comparison", () => {
  const id = (letter: string) => letter.repeat(24);
  it("reads ?ids=a,b,c (or the parameter repeated) and takes 2 to 4 different valid ids", () => {
    expect(splitCompareIds(` ${id("A")}, ,${id("B")},`)).toEqual([id("A"), id("B")]);
    expect(splitCompareIds([id("A"), `${id("B")},${id("C")}`])).toEqual([id("A"), id("B"), id("C")]);
    expect(splitCompareIds(undefined)).toEqual([]);
    expect(compareIdsSchema.safeParse([id("A"), id("B")]).success).toBe(true);
    expect(compareIdsSchema.safeParse([id("A"), id("B"), id("C"), id("D")]).success).toBe(true);
    const message = (ids: string[]) => compareIdsSchema.safeParse(ids).error?.issues[0]?.message;
    expect(message([id("A")])).toBe("Choose at least 2 students to compare.");
    expect(message([id("A"), id("B"), id("C"), id("D"), id("E")])).toBe("You can compare at most 4 students at a time.");
    expect(message([id("A"), id("A")])).toBe("The same student is chosen twice. Choose different students to compare.");
    expect(message([id("A"), "../etc"])).toMatch(/not valid/);
  });
});
