/**
 * The "Download PDF" control in a real browser, on a counsellor's copy of a shared result: the
 * checkbox is reached and ticked from the keyboard and adds the appendix to the link, and the
 * link downloads a PDF while the page stays put (the CSP and the origin check let the GET through).
 * Once, at desktop width; the control's markup is also covered by counsellor.spec.ts's axe scans.
 */
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { readPdfText } from "../support/pdf-text";
import { apiAnswers, fakeAddress, signedInCounsellor } from "./support/counsellor";

test("a counsellor downloads a shared result's PDF, with and without the full details", async ({ browser, request, baseURL }) => {
  const counsellor = await signedInCounsellor(baseURL!, "Kavya Nair");
  const cohort = (await (await counsellor.api.post("/api/v1/counsellor/cohorts", { data: { name: "Download batch" } })).json()).cohort;
  const saved = await request.post("/api/v1/assessments", {
    data: { answers: apiAnswers(1), share: { inviteToken: cohort.inviteUrl.split("/join/")[1], displayName: "Arjun Das", consent: true } },
    headers: { "x-forwarded-for": fakeAddress() },
  });
  const { id, ownerKey } = await saved.json();
  const shareId = (await (await request.get(`/api/v1/assessments/${id}/shares`, { headers: { "X-Owner-Key": ownerKey } })).json()).shares[0].id;

  const context = await browser.newContext({ storageState: await counsellor.api.storageState(), extraHTTPHeaders: { "x-forwarded-for": fakeAddress() } });
  const page = await context.newPage();
  try {
    await page.goto(`/counsellor/results/${shareId}`);
    const link = page.getByRole("link", { name: "Download PDF" });
    const details = page.getByRole("checkbox", { name: "Include full details" });
    await expect(link).toHaveAttribute("href", `/api/v1/counsellor/results/${shareId}/pdf`);

    // Keyboard: from the link, Tab reaches the checkbox and Space ticks it.
    await link.focus();
    await page.keyboard.press("Tab");
    await expect(details).toBeFocused();
    await page.keyboard.press("Space");
    await expect(details).toBeChecked();
    await expect(link).toHaveAttribute("href", `/api/v1/counsellor/results/${shareId}/pdf?details=1`);
    for (const target of [link, page.locator("label", { has: details })]) {
      expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }

    const downloads = [];
    for (const tick of [true, false]) {
      await details.setChecked(tick);
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toMatch(/^coder-fit-report-\d{4}-\d{2}-\d{2}\.pdf$/);
      downloads.push(await readPdfText(await readFile((await download.path())!)));
    }
    await expect(page).toHaveURL(new RegExp(`/counsellor/results/${shareId}$`));
    const [withDetails, plain] = downloads;
    expect(withDetails!.pageCount).toBeGreaterThan(plain!.pageCount);
    expect(plain!.pageCount).toBeLessThanOrEqual(6);
  } finally {
    await context.close();
    await counsellor.api.dispose();
  }
});
