/**
 * The career profile's pages (/careers/medical-coder and the three after it): accessible, fit a
 * 360 px phone, their contents link every part of every page, the practice exercise is near the
 * top of the first, and the home page, the quiz start and the report all link to it. Each page has
 * its own share card.
 */
import { expect, test } from "@playwright/test";
import { CAREER_PATH, careerPage, careerPages, TRY_WORK_PATH } from "../../lib/career/pages";
import { pageWords } from "../../lib/i18n/page-words";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { bandPersonas, createPersonaReport } from "./support/personas";

const PATH = CAREER_PATH;
/** The English pages' words. */
const t = pageWords("en", "career");

test.describe("career profile", () => {
  test("the first page: the practice exercise near the top, jump links that land, and links on to the other pages", async ({ page }) => {
    await page.goto(PATH);
    await expect(page).toHaveTitle(new RegExp(t("meta.title").replace("?", "\\?")));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Medical Coder");

    const tryWork = page.locator("[data-try-work-link]");
    await expect(tryWork).toHaveAttribute("href", TRY_WORK_PATH);
    // On a phone the card follows the summary; it starts within the first two screens.
    const box = (await tryWork.boundingBox())!;
    expect(box.y, "the practice exercise is near the top").toBeLessThan(2 * page.viewportSize()!.height);

    // The contents name every page, and every part of a page with more than one.
    const contents = page.getByRole("navigation", { name: t("toc.heading") });
    const multiSection = careerPages.filter((entry) => entry.sections.length > 1).reduce((sum, entry) => sum + entry.sections.length, 0);
    await expect(contents.getByRole("link")).toHaveCount(careerPages.length - 1 + multiSection);
    await expect(contents.locator('[aria-current="page"]')).toContainText(t("pages.work.nav"));

    // Jumps on this page land on their target.
    for (const id of careerPage("work").sections) await expect(page.locator(`#${id}`), `#${id} exists`).toHaveCount(1);
    await contents.getByRole("link", { name: t("sections.temperament.nav"), exact: true }).click();
    await expect(page).toHaveURL(/#temperament$/);
    await expect(page.getByRole("heading", { level: 2, name: t("sections.temperament.title"), exact: true })).toBeInViewport();
    await page.locator('#skills a[href^="#source-"]').first().click();
    await expect(page).toHaveURL(/#source-000$/);
    await expect(page.locator("#source-000")).toBeInViewport();

    // A part of another page opens that page at the part.
    await page.goto(PATH);
    await contents.getByRole("link", { name: t("sections.pay.nav"), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${careerPage("path").path}#pay$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("pages.path.title"));
    await expect(page.getByRole("heading", { level: 2, name: t("sections.pay.title"), exact: true })).toBeInViewport();

    // The certifications page: a country's credential jumps to its entry.
    await page.goto(careerPage("certifications").path);
    await page.locator('#certifications a[href="#cert-nccq"]').click();
    await expect(page.locator("#cert-nccq")).toBeInViewport();
    // Each page ends by leading on to the next.
    await expect(page.locator("[data-career-next]")).toHaveAttribute("href", careerPage("courses").path);
  });

  test("parts that React takes over late stay whole across moves between pages, and work once read", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    const partsAreWhole = async (id: Parameters<typeof careerPage>[0]) => {
      for (const section of careerPage(id).sections) {
        await expect(page.locator(`#${section} h2`), `#${section} on ${id}`).toBeVisible();
        expect((await page.locator(`#${section}`).innerText()).length, `#${section} has its text`).toBeGreaterThan(200);
      }
      await expect(page.locator("#sources li").first()).toBeAttached();
    };

    // Read down to a part, then follow its link: React takes the part over once the reader has
    // scrolled near it, so the link moves within the page instead of reloading it.
    await page.goto(careerPage("path").path);
    // A mark on the window survives only navigations made in the page (no reload).
    await page.evaluate(() => Object.assign(window, { careerMark: true }));
    const backgrounds = page.locator('#education a[href="/backgrounds"]');
    await backgrounds.scrollIntoViewIfNeeded();
    // React has taken the part over once its elements carry React's own properties.
    await expect
      .poll(() => backgrounds.evaluate((link) => Object.keys(link).some((key) => key.startsWith("__reactFiber"))), {
        message: "React takes the part over once it is read",
      })
      .toBe(true);
    await backgrounds.click();
    await expect(page).toHaveURL(/\/backgrounds$/);
    expect(await page.evaluate(() => "careerMark" in window), "the section's link navigated in the page").toBe(true);

    // Pages drawn in the browser (a move between pages, and back) never wait: every part is whole.
    await page.goto(careerPage("path").path);
    await page.evaluate(() => Object.assign(window, { careerMark: true }));
    await page.locator("[data-career-next]").click();
    await expect(page).toHaveURL(new RegExp(`${careerPage("certifications").path}$`));
    await partsAreWhole("certifications");
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${careerPage("path").path}$`));
    await partsAreWhole("path");
    expect(await page.evaluate(() => "careerMark" in window), "moved within the page, not reloaded").toBe(true);
    expect(errors).toEqual([]);
  });

  test("every page reads well: axe and no sideways scroll, also with a disclosure open", async ({ page }) => {
    // Axe scans of every page of the profile (about 65 phone screens in all once every section is drawn).
    test.slow();
    for (const entry of careerPages) {
      await page.goto(entry.path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page);
      const disclosures = page.locator("main details > summary");
      if ((await disclosures.count()) > 0) {
        await disclosures.first().click();
        await expectNoHorizontalOverflow(page);
        await expectNoAxeViolations(page);
      }
    }
  });

  test("the home page, the quiz start and the report link here", async ({ page, request }) => {
    await page.goto("/");
    await page.getByRole("link", { name: t("homeLink") }).click();
    await expect(page).toHaveURL(new RegExp(`${PATH}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Medical Coder");

    await page.goto("/assessment");
    await expect(page.getByRole("link", { name: t("entryLink") })).toHaveAttribute("href", PATH);

    const { reportUrl } = await createPersonaReport(request, bandPersonas[0]);
    await page.goto(reportUrl);
    await expect(page.getByRole("link", { name: t("reportLink") })).toHaveAttribute("href", PATH);
  });

  test("each page has its own share card", async ({ page, request }) => {
    const images = new Set<string>();
    for (const entry of careerPages) {
      await page.goto(entry.path);
      const image = await page.locator('meta[property="og:image"]').getAttribute("content");
      expect(image).toContain(`${entry.path}/opengraph-image`);
      const title = entry.id === "work" ? t("meta.title") : t(`pages.${entry.id}.meta.title`);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
      const response = await request.get(new URL(image!).pathname + new URL(image!).search);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      images.add(new URL(image!).pathname);
    }
    expect(images.size).toBe(careerPages.length);
  });
});
