/**
 * Archiving and deleting a cohort in the browser, at phone and desktop widths: each behind a
 * labelled modal dialog that Escape closes (focus back on its button), axe-clean with the dialog
 * open, the archived cohort listed apart, and the closed invite page.
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { fakeAddress, uniqueEmail } from "./support/counsellor";

const PASSWORD = "a long enough password";

test("archive, restore and delete a cohort through confirmed dialogs", async ({ page, request, baseURL }) => {
  const headers = { origin: baseURL!, "x-forwarded-for": fakeAddress() };
  const email = uniqueEmail("archive");
  await request.post("/api/auth/sign-up/email", { data: { name: "Farah Khan", email, password: PASSWORD }, headers });
  await page.goto("/counsellor/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/counsellor$/);
  const made = await page.request.post("/api/v1/counsellor/cohorts", { data: { name: "Evening batch" }, headers: { origin: baseURL! } });
  const inviteToken = (await made.json()).cohort.inviteUrl.split("/join/")[1];
  await page.request.post("/api/v1/counsellor/cohorts", { data: { name: "Morning batch" }, headers: { origin: baseURL! } });

  await page.goto("/counsellor/cohorts");
  const archive = page.getByRole("button", { name: "Archive Evening batch" });
  await archive.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Archive “Evening batch”?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(archive).toBeFocused();

  await archive.click();
  await dialog.getByRole("button", { name: "Archive cohort" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is archived" })).toBeVisible();
  const archived = page.getByRole("region", { name: /Archived cohorts/ });
  await expect(archived.getByRole("heading", { name: "Evening batch" })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);

  await page.goto(`/join/${inviteToken}`);
  await expect(page.getByRole("heading", { level: 1, name: "This class is closed to new results" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/counsellor/cohorts");
  await page.getByRole("button", { name: "Restore Evening batch" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is active again" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Archived cohorts/ })).toHaveCount(0);

  await page.getByRole("button", { name: "Delete Morning batch" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete “Morning batch” for good?" });
  await expect(confirm).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
  await confirm.getByRole("button", { name: "Delete cohort" }).click();
  await expect(page.getByRole("status").filter({ hasText: "was deleted" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Morning batch" })).toHaveCount(0);
});
