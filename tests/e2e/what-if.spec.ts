import { expect, test, type Page } from "@playwright/test";
import type { QuestionnaireItem } from "../../lib/profiles/questionnaire-schema";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { sections } from "./support/quiz";

function answerFor(item: QuestionnaireItem): string | number {
  if (item.kind === "level") return item.id === "skills.medical-terminology" ? 1 : 0;
  if (item.kind === "agreement") return 4;
  if (item.kind === "knowledge") return item.correct;
  if (item.id === "education.degree") return "bcom";
  return item.options[0]!.value;
}

const whatIf = (page: Page) => page.locator("[data-what-if]");
const result = (page: Page) => whatIf(page).locator("[data-what-if-result]");

test.describe("what if…", () => {
  test("tries two changes, shares them, and rejects a tampered link", async ({ page, request, browser, baseURL }) => {
    const created = await request.post("/api/v1/assessments", {
      data: { answers: Object.fromEntries(sections.flatMap((section) => section.items.map((item) => [item.id, answerFor(item)]))) },
    });
    expect(created.status()).toBe(201);
    const { reportUrl } = (await created.json()) as { reportUrl: string };
    const path = new URL(reportUrl).pathname;
    await page.goto(path);

    // Closed at first: the panel's code is not on the page until it is opened.
    const summary = whatIf(page).locator("summary", { hasText: "What if…" });
    await expect(summary).toBeVisible();
    await expect(result(page)).toHaveCount(0);
    await summary.click();
    await expect(result(page)).toContainText(/your score stays \d+/i);

    const panel = whatIf(page);
    const before = Number((await result(page).locator("strong").first().textContent())!.trim());
    await panel.getByLabel("Finish a certificate course").check();
    await panel.getByLabel("Medical Terminology").selectOption("3");
    await expect(result(page)).toContainText(/new score \d+ \(was \d+/i);
    const after = Number((await result(page).locator("strong").first().textContent())!.trim());
    expect(after).toBeGreaterThan(before);
    await expect(panel.locator("[data-what-if-lines]")).toContainText(/\+\d+\.\d: Medical Terminology from level 1 to 3 \(importance high/);
    await expect(panel.locator("[data-what-if-next]")).toContainText(/stage you can reach now/i);
    await expect(panel.locator("[data-what-if-summary]")).toContainText("Finish a certificate course; Medical Terminology from level 1 to 3");
    await expectNoAxeViolations(page);
    await expectNoHorizontalOverflow(page);

    // The shared link opens the same scenario in a fresh browser.
    const shareUrl = await panel.locator("[data-what-if-share]").getAttribute("href");
    expect(shareUrl).toMatch(/\?whatif=[A-Za-z0-9_-]+#what-if$/);
    const fresh = await browser.newContext({ baseURL });
    const other = await fresh.newPage();
    await other.goto(shareUrl!);
    await expect(result(other)).toContainText(`New score ${after}`);
    await expect(whatIf(other).getByLabel("Finish a certificate course")).toBeChecked();
    await expect(whatIf(other).getByLabel("Medical Terminology")).toHaveValue("3");

    // A tampered link: a calm message, and the report as it is.
    const tampered = new URL(shareUrl!);
    tampered.searchParams.set("whatif", Buffer.from(JSON.stringify({ s: { "medical-terminology": 9 } })).toString("base64url"));
    await other.goto(tampered.toString());
    await expect(whatIf(other).getByRole("status").filter({ hasText: "changed or is incomplete" })).toContainText(
      "Medical Terminology must be a level from 0 to 4",
    );
    await expect(result(other)).toContainText(/your score stays/i);
    await fresh.close();

    // Reset returns to the saved answers; the saved report itself never changed.
    await panel.getByRole("button", { name: "Reset" }).click();
    await expect(result(page)).toContainText(`Your score stays ${before}`);

    // Printing shows the scenario but not the controls.
    await panel.getByLabel("Finish a certificate course").check();
    await page.emulateMedia({ media: "print" });
    await expect(panel.locator("[data-what-if-summary]")).toBeVisible();
    await expect(panel.getByLabel("Finish a certificate course")).toBeHidden();
    await page.emulateMedia({ media: "screen" });
  });
});
