import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { answerByPointer, next, sections, steps } from "./support/quiz";

test.describe("the report", () => {
  test("a double submit creates one record and leads to the same report", async ({ page, request }, testInfo) => {
    test.skip(testInfo.project.name !== "mobile", "Behaviour checked once, at phone width.");
    await page.goto("/assessment");
    for (const [i, step] of steps.entries()) {
      await answerByPointer(page, step);
      await next(page, i + 2);
    }
    const submissions: { submissionKey: string }[] = [];
    page.on("request", (req) => {
      if (req.method() === "POST" && req.url().endsWith("/api/v1/assessments")) submissions.push(req.postDataJSON());
    });
    await page.getByRole("button", { name: /see my report/i }).dblclick();
    await page.waitForURL(/\/report\/[A-Za-z0-9_-]{24}$/);
    const id = page.url().split("/").pop()!;
    // However many requests the double click made, they all carried one submission key…
    expect(submissions.length).toBeGreaterThanOrEqual(1);
    expect(new Set(submissions.map((body) => body.submissionKey)).size).toBe(1);
    const submitted = submissions[0];

    // …and that key belongs to this one record: replaying it returns the same report.
    const replay = await request.post("/api/v1/assessments", { data: submitted });
    expect(replay.status()).toBe(200);
    expect((await replay.json()).id).toBe(id);
  });

  test("prints cleanly and can be deleted for good", async ({ page, request }) => {
    const created = await request.post("/api/v1/assessments", {
      data: { answers: Object.fromEntries(sections.flatMap((section) => section.items.map((item) => [item.id, answerFor(item)]))) },
    });
    expect(created.status()).toBe(201);
    const { reportUrl, ownerKey } = await created.json();
    // Made through the API, so this browser holds no key yet: its owner link gives it one.
    await page.goto(`${reportUrl}#owner=${ownerKey}`);
    await expect(page.getByText("This device can now share, retake and delete this result.")).toBeVisible();

    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner").getByRole("navigation")).toBeHidden();
    await expect(page.getByRole("button", { name: /delete this result/i })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    await page.getByRole("button", { name: /delete this result/i }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: /delete/i }).click();
    await page.waitForURL(/\/report\/deleted$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/deleted/i);

    const gone = await page.goto(reportUrl);
    expect(gone?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect((await request.get(reportUrl.replace("/report/", "/api/v1/assessments/"))).status()).toBe(404);
  });
});

import type { QuestionnaireItem } from "../../lib/profiles/questionnaire-schema";
function answerFor(item: QuestionnaireItem): string | number {
  if (item.kind === "level") return 1;
  if (item.kind === "agreement") return 4;
  if (item.kind === "knowledge") return item.correct;
  return item.options[0]!.value;
}
