/**
 * The answer-first report on a 360 × 740 phone, for a strong, a possible and a not-natural fit:
 * the whole answer (verdict, three actions, certification, salary line) lies in the first two
 * screens, the page is at most ten screens long, and its HTML stays small. Every figure behind it
 * is one tap away on the details view.
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { bandPersonas, createPersonaReport } from "./support/personas";

const SCREEN = 740;

test.describe("answer-first report", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "mobile", "Measured at phone width.");
  });

  for (const personaId of bandPersonas) {
    test(`${personaId}: the answer fits two screens and the report ten`, async ({ page, request }) => {
      const { reportUrl } = await createPersonaReport(request, personaId);
      await page.goto(reportUrl);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

      for (const part of ["verdict", "actions", "certification", "salary"]) {
        const box = await page.locator(`[data-answer-part="${part}"]`).boundingBox();
        expect(box, `${part} is on the page`).not.toBeNull();
        expect(box!.y + box!.height, `${part} ends within the first two screens`).toBeLessThanOrEqual(2 * SCREEN);
      }
      await expect(page.locator('[data-answer-part="actions"] li')).toHaveCount(3);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, "the default report is at most ten screens").toBeLessThanOrEqual(10 * SCREEN);
      await expectNoHorizontalOverflow(page);

      // Under three minutes to read at 238 words a minute, the average adult's silent reading
      // speed for non-fiction (Brysbaert 2019, "How many words do we read per minute?").
      const words = (await page.getByRole("main").innerText()).split(/\s+/).filter(Boolean).length;
      expect(words, "the default report reads in under three minutes").toBeLessThanOrEqual(3 * 238);

      // The report's HTML, as a phone downloads it, uncompressed.
      const html = await (await request.get(reportUrl)).text();
      expect(Buffer.byteLength(html), "report HTML at most 150 KB").toBeLessThanOrEqual(150 * 1024);
    });
  }

  test("every figure is one tap away, on the details view", async ({ page, request }) => {
    const { reportUrl } = await createPersonaReport(request, bandPersonas[1]);
    await page.goto(reportUrl);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: /the full score receipt/i }).click();
    await page.waitForURL(/\/details#why$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/full details/i);
    const receipt = page.locator("details", { has: page.locator("summary", { hasText: /full receipt/i }) });
    await receipt.locator("summary").click();
    await expect(receipt.getByText("Medical Terminology").filter({ visible: true }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await expectNoHorizontalOverflow(page);
    await page.getByRole("link", { name: /back to your answer/i }).click();
    await page.waitForURL(reportUrl);
  });
});
