/**
 * The fact list behind tests/e2e/career-facts.api.spec.ts is complete: every field of the profile
 * is either shown (and yields facts to look for) or left out with a reason. A new field in the
 * data fails here until it is put in one list or the other (tests/support/profile-facts.ts).
 */
import { describe, expect, it } from "vitest";
import { medicalCoderProfile } from "@/lib/profiles";
import { factField, fieldPaths, LEFT_OUT_FIELDS, missingFacts, pageText, profileFacts, SHOWN_FIELDS, within } from "../support/profile-facts";

describe("career profile facts", () => {
  const facts = profileFacts(medicalCoderProfile);

  it("puts every field of the profile in one list: shown, or left out with a reason", () => {
    const leftOut = Object.keys(LEFT_OUT_FIELDS);
    const unclassified = fieldPaths(medicalCoderProfile).filter(
      (path) => !SHOWN_FIELDS.some((field) => within(path, field)) && !leftOut.some((field) => within(path, field)),
    );
    expect(unclassified, "fields in neither SHOWN_FIELDS nor LEFT_OUT_FIELDS").toEqual([]);
    expect(SHOWN_FIELDS.filter((field) => leftOut.some((out) => within(field, out))), "fields in both lists").toEqual([]);
  });

  it("looks for every shown field, and only those", () => {
    const collected = new Set(facts.map(factField));
    expect(SHOWN_FIELDS.filter((field) => ![...collected].some((path) => within(path, field))), "shown fields with no facts").toEqual([]);
    expect([...collected].filter((path) => !SHOWN_FIELDS.some((field) => within(path, field))), "facts outside SHOWN_FIELDS").toEqual([]);
    expect(facts.length).toBeGreaterThan(400);
    expect(facts.every((fact) => fact.text.trim().length > 0)).toBe(true);
  });

  it("reads a page's text and its scoped parts from HTML", () => {
    const html =
      '<html><body><script>self.__next_f.push("Hidden")</script><main><div data-fact-scope="a">One <b>two</b><!-- -->' +
      ' &amp; doctors&#x27; notes<div>nested</div></div><p>Outside</p></main></body></html>';
    const text = pageText(html);
    expect(text.scopes.get("a")).toBe("One two & doctors' notes nested");
    expect(text.main).not.toContain("Hidden");
    const missing = missingFacts(
      [
        { path: "x", text: "doctors' notes", page: "career", scope: "a" },
        { path: "y", text: "Outside", page: "career", scope: "a" },
        { path: "z", text: "Outside", page: "career" },
      ],
      text,
    );
    expect(missing).toEqual(['y (in [data-fact-scope="a"]): Outside']);
  });
});
