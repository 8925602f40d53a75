import { describe, expect, it } from "vitest";
import {
  backgroundsHref,
  buildBackgroundRows,
  buildOtherDegrees,
  mustAddFor,
  ownFigures,
  parseCompare,
  parseSort,
  sortRows,
  startStepFor,
} from "@/lib/backgrounds";
import { pageWords } from "@/lib/i18n/page-words";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile as profile } from "@/lib/profiles";

const t = pageWords("en", "backgrounds");
const rows = buildBackgroundRows(profile, t);
const ids = rows.map((row) => row.id);
const byId = (id: string) => rows.find((row) => row.id === id)!;
const background = (id: string) => profile.education.backgrounds.find((entry) => entry.id === id)!;

describe("starting step", () => {
  it("is the first learning step whose doneWhen the typical skills miss (missing skills = 0)", () => {
    expect(Object.fromEntries(rows.map((row) => [row.id, row.start.step]))).toEqual({
      "nursing-allied": 3,
      "bsc-life-sciences": 2,
      bpharm: 2,
      "12th-science": 1,
      "any-bachelor": 1,
    });
    expect(byId("bpharm").start.missing).toEqual([
      { skillId: "documentation-review", name: "Clinical Documentation Review", level: 1, atLeast: 2 },
    ]);
    expect(byId("nursing-allied").start.missing.map((skill) => skill.level)).toEqual([0]);
  });

  it("matches the data for every background, recomputed independently", () => {
    for (const entry of profile.education.backgrounds) {
      const level = (skill: string) => entry.typicalSkills.find((typical) => typical.skill === skill)?.level ?? 0;
      const expected = profile.learningPath.find((step) => !step.doneWhen.every((rule) => level(rule.skill) >= rule.atLeast));
      expect(byId(entry.id).start.step).toBe(expected?.step);
    }
  });

  it("falls back to the last step when every step is met", () => {
    expect(startStepFor(() => 4, profile.learningPath).step).toBe(profile.learningPath.at(-1)!.step);
    expect(startStepFor(() => 0, profile.learningPath).step).toBe(1);
  });
});

describe("must add", () => {
  it("lists the profile's mustAdd, then typical skills below the level needed", () => {
    expect(mustAddFor(background("bsc-life-sciences"), profile, t)).toEqual([
      ...background("bsc-life-sciences").mustAdd,
      "Clinical Documentation Review: from level 1 to 2",
      "Computer and EHR Usage: from level 1 to 2",
    ]);
    expect(mustAddFor(background("any-bachelor"), profile, t)).toEqual(background("any-bachelor").mustAdd);
  });

  it("words the rows in Hindi from the Hindi profile and messages", () => {
    const hindi = buildBackgroundRows(profileIn(profile, "hi"), pageWords("hi", "backgrounds"));
    const lifeSciences = hindi.find((row) => row.id === "bsc-life-sciences")!;
    expect(lifeSciences.degree).toBe("B.Sc बायोलॉजी / माइक्रोबायोलॉजी / बायोटेक्नोलॉजी");
    expect(lifeSciences.mustAdd.at(-1)).toBe("कंप्यूटर और EHR का इस्तेमाल: लेवल 1 से 2 तक");
    expect(sortRows(hindi, "name", "hi").map((row) => row.id)).toHaveLength(hindi.length);
  });

  it("names typical skills with their level and the level needed", () => {
    expect(byId("nursing-allied").alreadyHas[0]).toEqual({
      skillId: "medical-terminology",
      name: "Medical Terminology",
      level: 3,
      required: 2,
      meets: true,
    });
  });
});

describe("sorting", () => {
  it("sorts by fit (highest first) by default", () => {
    expect(sortRows(rows, parseSort(undefined)).map((row) => row.fitScore)).toEqual([88, 84, 82, 65, 60]);
  });

  it("sorts by name A–Z", () => {
    expect(sortRows(rows, "name").map((row) => row.degree)).toEqual([
      "12th Science",
      "Any Bachelor's Degree",
      "B.Pharm",
      "B.Sc Biology / Microbiology / Biotechnology",
      "B.Sc Nursing / Allied Health Degree",
    ]);
  });

  it("sorts by starting step, ties by fit", () => {
    expect(sortRows(rows, "step").map((row) => row.id)).toEqual([
      "12th-science",
      "any-bachelor",
      "bsc-life-sciences",
      "bpharm",
      "nursing-allied",
    ]);
  });

  it("does not change the input and reads unknown sort values as fit", () => {
    const before = rows.map((row) => row.id);
    sortRows(rows, "name");
    expect(rows.map((row) => row.id)).toEqual(before);
    expect(parseSort("price")).toBe("fit");
    expect(parseSort(["name", "fit"])).toBe("name");
    expect(parseSort("step")).toBe("step");
  });
});

describe("compare selection from the query", () => {
  it("keeps known ids in order, once each, at most three", () => {
    expect(parseCompare("bpharm,any-bachelor", ids)).toEqual(["bpharm", "any-bachelor"]);
    expect(parseCompare("bpharm,nope,,bpharm, 12th-science ", ids)).toEqual(["bpharm", "12th-science"]);
    expect(parseCompare("nursing-allied,bpharm,any-bachelor,12th-science", ids)).toEqual([
      "nursing-allied",
      "bpharm",
      "any-bachelor",
    ]);
    expect(parseCompare(["bpharm", "x,any-bachelor"], ids)).toEqual(["bpharm", "any-bachelor"]);
  });

  it("gives nothing for a missing or unknown value", () => {
    expect(parseCompare(undefined, ids)).toEqual([]);
    expect(parseCompare("", ids)).toEqual([]);
    expect(parseCompare("<script>,__proto__", ids)).toEqual([]);
  });

  it("builds short, shareable links", () => {
    expect(backgroundsHref({ sort: "fit", compare: [] })).toBe("/backgrounds");
    expect(backgroundsHref({ sort: "step", compare: ["bpharm", "any-bachelor"] }, "compare")).toBe(
      "/backgrounds?sort=step&compare=bpharm,any-bachelor#compare",
    );
  });
});

describe("other degrees and own figures", () => {
  it("names the background each other degree counts as", () => {
    const bcom = buildOtherDegrees(profile).find((degree) => degree.id === "bcom")!;
    expect(bcom).toMatchObject({ backgroundId: "any-bachelor", background: "Any Bachelor's Degree" });
    expect(buildOtherDegrees(profile)).toHaveLength(profile.education.otherDegrees.length);
  });

  it("picks the visitor's figures for their background's typical skills", () => {
    const own = ownFigures(
      {
        education: { backgroundId: "bpharm", degree: "B.Pharm", fitScore: 82 },
        skills: [
          { skillId: "medical-terminology", level: 3 },
          { skillId: "ehr-computer", level: 2 },
        ],
        readiness: { learningStep: { step: 3 } },
      },
      rows,
    );
    expect(own).toEqual({
      backgroundId: "bpharm",
      degree: "B.Pharm",
      fitScore: 82,
      startStep: 3,
      skills: [
        { skillId: "medical-terminology", level: 3 },
        { skillId: "anatomy-physiology", level: 0 },
        { skillId: "documentation-review", level: 0 },
        { skillId: "ehr-computer", level: 2 },
      ],
    });
    expect(
      ownFigures({ education: { backgroundId: "x", degree: "x", fitScore: 1 }, skills: [], readiness: { learningStep: { step: 1 } } }, rows),
    ).toBeNull();
  });
});
