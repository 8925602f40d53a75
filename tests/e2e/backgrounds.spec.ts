import { expect, test, type Page } from "@playwright/test";
import type { QuestionnaireItem } from "../../lib/profiles/questionnaire-schema";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { sections } from "./support/quiz";

const FIT_SCORES = [88, 84, 82, 65, 60];

/** The visible layout: a table on wide screens, cards on a phone. */
async function isWide(page: Page): Promise<boolean> {
  return page.getByRole("table", { name: /education backgrounds for medical coding/i }).isVisible();
}

/** The listed backgrounds in page order, as their `data-background` ids. */
async function listedIds(page: Page): Promise<string[]> {
  const scope = (await isWide(page)) ? "table tbody tr[data-background]" : "ul[aria-label='Education backgrounds'] > li";
  return page.locator(scope).evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-background") ?? ""));
}

function answerFor(item: QuestionnaireItem): string | number {
  if (item.kind === "level") return 1;
  if (item.kind === "agreement") return 4;
  if (item.kind === "knowledge") return item.correct;
  if (item.id === "education.degree") return "bcom";
  return item.options[0]!.value;
}

test.describe("compare education backgrounds", () => {
  test("lists all five backgrounds with their fit scores, sorts, and has no axe violations", async ({ page }) => {
    await page.goto("/backgrounds");
    await expect(page).toHaveTitle(/Compare education backgrounds/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare education backgrounds");
    // On a phone the site's links sit behind the header's Menu button.
    const menu = page.getByRole("banner").getByText("Menu", { exact: true });
    if (await menu.isVisible()) await menu.click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Compare backgrounds" })).toBeVisible();
    if (await menu.isVisible()) await page.keyboard.press("Escape");

    expect(await listedIds(page)).toEqual(["nursing-allied", "bsc-life-sciences", "bpharm", "12th-science", "any-bachelor"]);
    for (const [index, id] of (await listedIds(page)).entries()) {
      const item = page.locator(`[data-background="${id}"]`).filter({ visible: true });
      await expect(item).toContainText(String(FIT_SCORES[index]));
    }
    await expect(page.getByText("Your degree not listed?")).toBeVisible();
    await expect(page.getByText("B.Com", { exact: true })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);

    // Sort by name with the sort links (keyboard: focus and Enter).
    const sortNav = page.getByRole("navigation", { name: "Sort backgrounds" });
    await sortNav.getByRole("link", { name: "Name" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/sort=name/);
    await expect(page.getByTestId("sort-status")).toHaveText(/name, A to Z/);
    await expect(sortNav.getByRole("link", { name: "Name" })).toHaveAttribute("aria-current", "true");
    await expect.poll(() => listedIds(page)).toEqual(["12th-science", "any-bachelor", "bpharm", "bsc-life-sciences", "nursing-allied"]);

    await sortNav.getByRole("link", { name: "Starting step" }).click();
    await expect(page).toHaveURL(/sort=step/);
    await expect.poll(() => listedIds(page)).toEqual(["12th-science", "any-bachelor", "bsc-life-sciences", "bpharm", "nursing-allied"]);

    if (await isWide(page)) {
      const table = page.getByRole("table", { name: /education backgrounds/i });
      await expect(table.getByRole("columnheader", { name: /starting step/i })).toHaveAttribute("aria-sort", "ascending");
      await table.getByRole("columnheader", { name: /fit score/i }).getByRole("link").click();
      await expect(table.getByRole("columnheader", { name: /fit score/i })).toHaveAttribute("aria-sort", "descending");
      await expect.poll(() => listedIds(page)).toEqual(["nursing-allied", "bsc-life-sciences", "bpharm", "12th-science", "any-bachelor"]);
    }
    await expectNoHorizontalOverflow(page);
  });

  test("compares up to three backgrounds column by column", async ({ page }) => {
    await page.goto("/backgrounds");
    const picker = page.getByRole("group", { name: /choose two or three/i });
    await picker.getByRole("checkbox", { name: "B.Pharm" }).check();
    await picker.getByRole("checkbox", { name: "Any Bachelor's Degree" }).check();
    await picker.getByRole("checkbox", { name: "B.Sc Nursing / Allied Health Degree" }).check();

    // A fourth is refused with a clear message.
    await picker.getByRole("checkbox", { name: "12th Science" }).click();
    await expect(picker.getByRole("checkbox", { name: "12th Science" })).not.toBeChecked();
    await expect(page.getByRole("status").filter({ hasText: /up to 3 backgrounds/ })).toBeVisible();

    await page.getByRole("button", { name: /compare selected \(3\)/i }).click();
    await expect(page).toHaveURL(/compare=nursing-allied,bpharm,any-bachelor/);
    const result = page.getByTestId("compare-result");
    await expect(result.getByRole("heading", { level: 3 })).toHaveText(
      "B.Sc Nursing / Allied Health Degree vs B.Pharm vs Any Bachelor's Degree",
    );

    if (await result.getByTestId("compare-table").isVisible()) {
      const table = result.getByRole("table");
      await expect(table.getByRole("columnheader")).toHaveText(["B.Sc Nursing / Allied Health Degree", "B.Pharm", "Any Bachelor's Degree"]);
      const fitRow = table.getByRole("row", { name: /fit score/i });
      await expect(fitRow.getByRole("cell")).toHaveText([/88/, /82/, /60/]);
      await expect(table.getByRole("row", { name: /starts at/i }).getByRole("cell")).toHaveText([/Step 3/, /Step 2/, /Step 1/]);
      await expect(table.getByRole("row", { name: /first role/i }).getByRole("cell")).toHaveText([
        "Junior Medical Coder",
        "Medical Coding Trainee",
        "Medical Coding Trainee",
      ]);
    } else {
      const cards = result.getByRole("article");
      await expect(cards).toHaveCount(3);
      await expect(cards.nth(0)).toContainText("88");
      await expect(cards.nth(1)).toContainText("82");
      await expect(cards.nth(2)).toContainText("60");
    }
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);

    // The URL alone brings the same comparison back (unknown ids ignored).
    await page.goto("/backgrounds?compare=bpharm,unknown,12th-science");
    await expect(page.getByTestId("compare-result").getByRole("heading", { level: 3 })).toHaveText("B.Pharm vs 12th Science");
  });

  test("highlights the visitor's own background with their figures", async ({ page, request }) => {
    const created = await request.post("/api/v1/assessments", {
      data: { answers: Object.fromEntries(sections.flatMap((section) => section.items.map((item) => [item.id, answerFor(item)]))) },
    });
    expect(created.status()).toBe(201);
    const { id, result } = await created.json();
    expect(result.education.backgroundId).toBe("any-bachelor");
    const saved = [{ id, createdAt: new Date().toISOString(), overall: result.overall, band: result.band.id, bandLabel: result.band.label }];
    await page.addInitScript((value) => window.localStorage.setItem("coder-fit:results:v1", value), JSON.stringify(saved));

    await page.goto("/backgrounds");
    const note = page.getByTestId("own-note");
    await expect(note).toContainText("You chose B.Com, which counts as Any Bachelor's Degree");
    await expect(note).toContainText(`step ${result.readiness.learningStep.step}`);

    const mine = page.locator('[data-background="any-bachelor"]').filter({ visible: true });
    await expect(mine).toContainText("Your background");
    await expect(mine).toContainText(`You: ${result.education.fitScore}`);
    const ehr = result.skills.find((skill: { skillId: string }) => skill.skillId === "ehr-computer").level;
    await expect(mine).toContainText(`You: level ${ehr}`);
    await expect(mine).toContainText(`You: step ${result.readiness.learningStep.step}`);
    await expect(page.getByText("Your background", { exact: true }).filter({ visible: true })).toHaveCount(1);
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
  });

  test("shows nothing extra when the saved result cannot be fetched", async ({ page }) => {
    const saved = [{ id: "AAAAAAAAAAAAAAAAAAAAAAAA", createdAt: new Date().toISOString(), overall: 50, band: "moderate", bandLabel: "Moderate" }];
    await page.addInitScript((value) => window.localStorage.setItem("coder-fit:results:v1", value), JSON.stringify(saved));
    const response = page.waitForResponse((res) => res.url().includes("/api/v1/assessments/AAAA"));
    await page.goto("/backgrounds");
    expect((await response).status()).toBe(404);
    await expect(page.getByTestId("own-note")).toHaveCount(0);
    await expect(page.getByText("Your background", { exact: true })).toHaveCount(0);
  });
});
