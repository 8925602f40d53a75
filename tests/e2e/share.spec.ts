/**
 * The report's Share button passes on the read-only link and the band, never the owner key. On a
 * phone it hands both to the browser's share sheet (stubbed here, to record what it was given);
 * where there is no sheet (desktop Chromium) it offers WhatsApp, email and copying.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { apiAnswers, fakeAddress } from "./support/counsellor";
import OWNER_WORDS from "../../lib/i18n/messages/en/owner.json" with { type: "json" };

let report: { id: string; reportUrl: string; ownerKey: string; bandLabel: string };

test.beforeAll(async ({ request }) => {
  const created = await request.post("/api/v1/assessments", {
    data: { answers: apiAnswers(2) },
    headers: { "x-forwarded-for": fakeAddress() },
  });
  expect(created.status()).toBe(201);
  const { id, reportUrl, ownerKey } = await created.json();
  const stored = await request.get(`/api/v1/assessments/${id}`);
  const bandLabel = (await stored.json()).result.band.label as string;
  report = { id, reportUrl, ownerKey, bandLabel };
});

/** The owner's own view: the address carries the owner key, which must never be shared. */
async function openAsOwner(page: Page) {
  await page.goto(`${report.reportUrl}?share=shared#owner=${report.ownerKey}`);
  await expect(page.getByText(OWNER_WORDS.linkAccepted)).toBeVisible();
}

function expectPlainMessage(message: string) {
  expect(message).toContain(report.bandLabel);
  expect(message).toContain(report.reportUrl);
  expect(message).not.toContain(report.ownerKey);
  expect(message).not.toMatch(/#|owner|share=/);
}

test.describe("sharing a report", () => {
  test("a phone hands its share sheet the band and the plain link only", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "mobile", "The share sheet is a phone's.");
    await page.addInitScript(() => {
      const shared: unknown[] = [];
      Object.assign(window, { __shared: shared });
      Object.defineProperty(Navigator.prototype, "share", {
        configurable: true,
        value: (data: ShareData) => {
          shared.push(data);
          return Promise.resolve();
        },
      });
      Object.defineProperty(Navigator.prototype, "canShare", { configurable: true, value: () => true });
    });
    await openAsOwner(page);
    const share = page.getByRole("button", { name: "Share", exact: true });
    await expect(share).not.toHaveAttribute("aria-expanded");
    await share.tap();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared.length)).toBe(1);
    const [data] = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
    expect(Object.keys(data!).sort()).toEqual(["text", "title", "url"]);
    expect(data!.url).toBe(report.reportUrl);
    expect(data!.text).toContain(report.bandLabel);
    expectPlainMessage(`${data!.title}\n${data!.text}\n${data!.url}`);
    // The sheet took it from here: no menu of our own on top.
    await expect(page.getByRole("group", { name: "Share this report", exact: true })).toHaveCount(0);
  });

  test("without a share sheet: WhatsApp, email and copy carry the band and the plain link", async ({ page, context }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "Desktop browsers have no share sheet here.");
    await page.addInitScript(() => {
      // Headless Chromium on Linux has none; make sure of it, so this tests the menu.
      Reflect.deleteProperty(Navigator.prototype, "share");
      Reflect.deleteProperty(Navigator.prototype, "canShare");
    });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openAsOwner(page);

    const share = page.getByRole("button", { name: "Share", exact: true });
    await share.click();
    await expect(share).toHaveAttribute("aria-expanded", "true");
    const menu = page.getByRole("group", { name: "Share this report", exact: true });
    await expect(menu).toBeVisible();

    const whatsApp = menu.getByRole("link", { name: /WhatsApp/ });
    await expect(whatsApp).toHaveAttribute("target", "_blank");
    await expect(whatsApp).toHaveAttribute("rel", "noopener noreferrer");
    const waHref = (await whatsApp.getAttribute("href"))!;
    expect(waHref.startsWith("https://wa.me/?text=")).toBe(true);
    expectPlainMessage(decodeURIComponent(waHref.slice("https://wa.me/?text=".length)));

    const mailHref = (await menu.getByRole("link", { name: "Email" }).getAttribute("href"))!;
    expect(mailHref.startsWith("mailto:?subject=")).toBe(true);
    const body = decodeURIComponent(mailHref.split("&body=")[1]!);
    expectPlainMessage(body);
    expect(decodeURIComponent(mailHref.split("&body=")[0]!)).toContain(report.bandLabel);

    await expectNoAxeViolations(page);

    await menu.getByRole("button", { name: "Copy link" }).click();
    await expect(menu.getByRole("status")).toHaveText(/Link copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(report.reportUrl);

    // Escape closes the menu and puts focus back on Share.
    await page.keyboard.press("Escape");
    await expect(menu).toHaveCount(0);
    await expect(share).toBeFocused();
    await expect(share).toHaveAttribute("aria-expanded", "false");
  });

  test("the menu fits a 360 px phone without a share sheet", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "mobile", "Checked at phone width.");
    await page.addInitScript(() => {
      Reflect.deleteProperty(Navigator.prototype, "share");
      Reflect.deleteProperty(Navigator.prototype, "canShare");
    });
    await page.goto(report.reportUrl);
    await page.getByRole("button", { name: "Share", exact: true }).tap();
    const menu = page.getByRole("group", { name: "Share this report", exact: true });
    await expect(menu).toBeVisible();
    for (const target of await menu.locator("a, button").all()) {
      const box = (await target.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
  });
});
