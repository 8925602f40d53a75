/** The career profile's pages (lib/career/pages.ts): every section on one page, links between them, and each page's sources. */
import { describe, expect, it } from "vitest";
import { careerPage, careerPages, pageOf, pageSources, sectionHref, type CareerSectionId } from "@/lib/career/pages";
import { profileInBrowser, PROFILE_WORDS } from "@/lib/i18n/browser-profile";
import { citedSources } from "@/lib/career/view";
import { LOCALES } from "@/lib/i18n/locales";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile } from "@/lib/profiles";

const ALL_SECTIONS: CareerSectionId[] = [
  "work",
  "day",
  "code-sets",
  "skills",
  "temperament",
  "outlook",
  "similar",
  "education",
  "learning",
  "progression",
  "pay",
  "faqs",
  "certifications",
  "training",
];

describe("career pages", () => {
  it("puts every section on exactly one page, the work first at the profile's own address", () => {
    const placed = careerPages.flatMap((page) => page.sections);
    expect([...placed].sort()).toEqual([...ALL_SECTIONS].sort());
    expect(new Set(placed).size).toBe(placed.length);
    expect(careerPages[0]).toMatchObject({ id: "work", path: "/careers/medical-coder" });
    expect(new Set(careerPages.map((page) => page.path)).size).toBe(careerPages.length);
    for (const page of careerPages.slice(1)) expect(page.path).toMatch(/^\/careers\/medical-coder\/[a-z-]+$/);
  });

  it("links a section on the same page by its anchor and on another page by that page's address", () => {
    expect(sectionHref("skills", "work")).toBe("#skills");
    expect(sectionHref("pay", "work")).toBe(`${careerPage("path").path}#pay`);
    expect(sectionHref("work", "courses")).toBe("/careers/medical-coder#work");
    expect(pageOf("certifications").id).toBe("certifications");
  });

  it("lists on each page only sources that page cites, and every cited source on some page", () => {
    const perPage = careerPages.map((page) => pageSources(medicalCoderProfile, page.id));
    const all = citedSources(medicalCoderProfile);
    for (const sources of perPage) {
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.every((id) => all.includes(id))).toBe(true);
    }
    expect([...new Set(perPage.flat())].sort()).toEqual([...all].sort());
    // The summary is shown (and cited) on the first page only.
    expect(pageSources({ ...medicalCoderProfile, content: { ...medicalCoderProfile.content, summary: { ...medicalCoderProfile.content.summary, source: "ours" } } }, "path")).toEqual(
      pageSources(medicalCoderProfile, "path"),
    );
  });
});

describe("the profile in the page's language, in the browser", () => {
  it("has a loader for every language but English, written from the folders", () => {
    expect(Object.keys(PROFILE_WORDS).sort()).toEqual(LOCALES.map((locale) => locale.id).filter((id) => id !== "en").sort());
  });

  it("gives English at once and another language the copy the server draws (so hydration sees the same words)", async () => {
    expect(profileInBrowser("en")).toBe(medicalCoderProfile);
    for (const locale of Object.keys(PROFILE_WORDS)) {
      const copy = await profileInBrowser(locale);
      expect(copy).toEqual(profileIn(medicalCoderProfile, locale));
      expect(copy).not.toEqual(medicalCoderProfile);
    }
  });
});
