/**
 * Every fact of the Medical Coder profile is on a page: the career profile (/careers/medical-coder)
 * or, for the comparison details of each degree, /backgrounds. tests/e2e/support/profile-facts.ts
 * says what counts as a fact and what does not. Also: every source mark leads to a listed source.
 */
import { expect, test } from "@playwright/test";
import { citedSources, sourceAnchor } from "../../lib/career/view";
import { medicalCoderProfile } from "../../lib/profiles";
import { missingFacts, pageText, profileFacts, type FactPage } from "../support/profile-facts";

const PAGES: Record<FactPage, string> = { career: "/careers/medical-coder", backgrounds: "/backgrounds" };

test("every profile fact is on the career page or the backgrounds page", async ({ request }) => {
  const facts = profileFacts(medicalCoderProfile);
  expect(facts.length, "the profile yields its facts").toBeGreaterThan(400);
  const missing: string[] = [];
  for (const [page, path] of Object.entries(PAGES) as [FactPage, string][]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const text = pageText(await response.text());
    missing.push(...missingFacts(facts.filter((fact) => fact.page === page), text).map((line) => `${path}: ${line}`));
  }
  expect(missing, `Facts not on their page:\n${missing.join("\n")}`).toEqual([]);
});

test("the check fails when a fact leaves the page", async ({ request }) => {
  const html = await (await request.get(PAGES.career)).text();
  const facts = profileFacts(medicalCoderProfile).filter((fact) => fact.page === "career");
  const answer = medicalCoderProfile.content.faqs[3]!.answer;
  // React escapes apostrophes in text, so remove the fact as the HTML spells it.
  const escaped = answer.replace(/'/g, "&#x27;");
  expect(html).toContain(escaped);
  const missing = missingFacts(facts, pageText(html.replace(escaped, "")));
  expect(missing).toEqual([`content.faqs[3].answer (in [data-fact-scope="faq:3"]): ${answer}`]);
});

test("every source mark leads to a listed source, and every cited source is listed", async ({ request }) => {
  const html = await (await request.get(PAGES.career)).text();
  const listed = [...html.matchAll(/<li[^>]*\sid="(source-[a-z0-9-]+)"/g)].map((match) => match[1]);
  expect(listed).toEqual(citedSources(medicalCoderProfile).map(sourceAnchor));
  const linked = new Set([...html.matchAll(/href="#(source-[a-z0-9-]+)"/g)].map((match) => match[1]));
  expect([...linked].sort()).toEqual([...listed].sort());
});
