/**
 * Every fact of the Medical Coder profile is on a page: one of the career profile's pages
 * (/careers/medical-coder and the three after it, lib/career/pages.ts) or, for the comparison
 * details of each degree, /backgrounds. tests/support/profile-facts.ts says what counts as a fact
 * and what does not. Also: on each career page every source mark leads to that page's Sources
 * list, which lists exactly the sources the page cites.
 */
import { expect, test } from "@playwright/test";
import { careerPages, pageSources } from "../../lib/career/pages";
import { sourceAnchor } from "../../lib/career/view";
import { medicalCoderProfile } from "../../lib/profiles";
import { joinPageTexts, missingFacts, pageText, profileFacts } from "../support/profile-facts";

const CAREER_PATHS = careerPages.map((page) => page.path);

test("every profile fact is on a career page or the backgrounds page", async ({ request }) => {
  const facts = profileFacts(medicalCoderProfile);
  expect(facts.length, "the profile yields its facts").toBeGreaterThan(400);
  const texts = [];
  for (const path of CAREER_PATHS) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    texts.push(pageText(await response.text()));
  }
  const backgrounds = await request.get("/backgrounds");
  expect(backgrounds.status()).toBe(200);
  const missing = [
    ...missingFacts(facts.filter((fact) => fact.page === "career"), joinPageTexts(texts)).map((line) => `career pages: ${line}`),
    ...missingFacts(facts.filter((fact) => fact.page === "backgrounds"), pageText(await backgrounds.text())).map((line) => `/backgrounds: ${line}`),
  ];
  expect(missing, `Facts not on their page:\n${missing.join("\n")}`).toEqual([]);
});

test("the check fails when a fact leaves the pages", async ({ request }) => {
  const htmls = await Promise.all(CAREER_PATHS.map(async (path) => (await request.get(path)).text()));
  const facts = profileFacts(medicalCoderProfile).filter((fact) => fact.page === "career");
  const answer = medicalCoderProfile.content.faqs[3]!.answer;
  // React escapes apostrophes in text, so remove the fact as the HTML spells it.
  const escaped = answer.replace(/'/g, "&#x27;");
  expect(htmls.filter((html) => html.includes(escaped)), "the answer is on one page").toHaveLength(1);
  const missing = missingFacts(facts, joinPageTexts(htmls.map((html) => pageText(html.replace(escaped, "")))));
  expect(missing).toEqual([`content.faqs[3].answer (in [data-fact-scope="faq:3"]): ${answer}`]);
});

for (const page of careerPages) {
  test(`${page.path}: every source mark leads to the page's Sources list, which lists what the page cites`, async ({ request }) => {
    const html = await (await request.get(page.path)).text();
    const listed = [...html.matchAll(/<li[^>]*\sid="(source-[a-z0-9-]+)"/g)].map((match) => match[1]);
    expect(listed).toEqual(pageSources(medicalCoderProfile, page.id).map(sourceAnchor));
    const linked = new Set([...html.matchAll(/href="#(source-[a-z0-9-]+)"/g)].map((match) => match[1]));
    expect([...linked].sort()).toEqual([...listed].sort());
  });
}
