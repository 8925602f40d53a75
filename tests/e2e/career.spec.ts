/**
 * The career profile page (/careers/medical-coder): accessible, fits a 360 px phone, its jump
 * links land, it leads to the practice exercise, and the home page, the quiz start and the report
 * all link to it. Its share card is an image.
 */
import { expect, test } from "@playwright/test";
import { careerWords } from "../../lib/career/words";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { bandPersonas, createPersonaReport } from "./support/personas";

const PATH = careerWords.path;

test.describe("career profile", () => {
  test("reads well: working jump links, the practice exercise near the top, axe, no sideways scroll", async ({ page }) => {
    // Two axe scans of the whole profile (about 65 phone screens once every section is drawn).
    test.slow();
    await page.goto(PATH);
    await expect(page).toHaveTitle(new RegExp(careerWords.meta.title.replace("?", "\\?")));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Medical Coder");

    const tryWork = page.locator("[data-try-work-link]");
    await expect(tryWork).toHaveAttribute("href", careerWords.tryPath);
    // On a phone the card follows the summary; it starts within the first two screens.
    const box = (await tryWork.boundingBox())!;
    expect(box.y, "the practice exercise is near the top").toBeLessThan(2 * page.viewportSize()!.height);

    // Jump links land on their target, though the sections between skip rendering until near.
    const contents = page.getByRole("navigation", { name: careerWords.toc.heading });
    const links = contents.getByRole("link");
    expect(await links.count()).toBe(15);
    for (const href of await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href")!))) {
      await expect(page.locator(href), `${href} exists`).toHaveCount(1);
    }
    await contents.getByRole("link", { name: careerWords.sections.pay.nav, exact: true }).click();
    await expect(page).toHaveURL(/#pay$/);
    await expect(page.getByRole("heading", { level: 2, name: careerWords.sections.pay.title, exact: true })).toBeInViewport();
    await page.locator('#certifications a[href="#cert-nccq"]').click();
    await expect(page.locator("#cert-nccq")).toBeInViewport();
    await page.locator('#skills a[href^="#source-"]').first().click();
    await expect(page).toHaveURL(/#source-000$/);
    await expect(page.locator("#source-000")).toBeInViewport();

    // Sections off screen skip rendering (content-visibility), which would hide their overflow
    // and colours from the checks: render them all, as a reader who scrolls sees them.
    await page.evaluate(() => document.querySelectorAll<HTMLElement>("main section").forEach((section) => section.style.setProperty("content-visibility", "visible")));
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
    // Closed disclosures open and still fit the phone.
    await page.locator("#training summary").first().click();
    await page.locator("#faqs summary").first().click();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
  });

  test("the home page, the quiz start and the report link here", async ({ page, request }) => {
    await page.goto("/");
    await page.getByRole("link", { name: careerWords.homeLink }).click();
    await expect(page).toHaveURL(new RegExp(`${PATH}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Medical Coder");

    await page.goto("/assessment");
    await expect(page.getByRole("link", { name: careerWords.entryLink })).toHaveAttribute("href", PATH);

    const { reportUrl } = await createPersonaReport(request, bandPersonas[0]);
    await page.goto(reportUrl);
    await expect(page.getByRole("link", { name: careerWords.reportLink })).toHaveAttribute("href", PATH);
  });

  test("has its own share card", async ({ page, request }) => {
    await page.goto(PATH);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toContain(`${PATH}/opengraph-image`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", careerWords.meta.title);
    const response = await request.get(new URL(image!).pathname + new URL(image!).search);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
  });
});
