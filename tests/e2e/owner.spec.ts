/**
 * A report link reads; only the owner acts. The person who took the quiz (one browser context)
 * sees the owner controls; someone given only the link (a second, fresh context) sees none, and
 * the API refuses every action without the owner key, on SQLite and on PostgreSQL. The owner's
 * private link, opened on a third context as on a new phone, brings the controls there, and
 * deleting from it works. Runs at phone width (360 × 740).
 */
import { expect, test, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { takeQuiz } from "./support/quiz";
import { postgresURL } from "./support/servers";
import { apiAnswers } from "./support/counsellor";

const phone = { viewport: { width: 360, height: 740 }, hasTouch: true };

const answers = apiAnswers(2);

async function newPhone(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ ...phone, baseURL });
}

/** Every action on a result, tried with the given headers: each must be refused and change nothing. */
async function expectActionsRefused(request: APIRequestContext, base: string, id: string, headers: Record<string, string>) {
  const api = `${base}/api/v1/assessments/${id}`;
  const tries = [
    await request.delete(api, { headers }),
    await request.get(`${api}/shares`, { headers }),
    await request.post(`${api}/shares`, { headers, data: { code: "K7QM-4TPX", displayName: "Someone", consent: true } }),
    await request.delete(`${api}/shares/share_0123456789abcdefghij`, { headers }),
  ];
  for (const answer of tries) {
    expect(answer.status(), `${answer.url()} answered ${answer.status()}`).toBe(403);
    const body = (await answer.json()) as { error: string };
    expect(body.error).toMatch(/Only the person who took this assessment/);
  }
  expect((await request.get(api)).status()).toBe(200);
}

test.describe("owner-only controls", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "mobile", "Runs once, at phone width.");
  });

  test("the link-only reader sees no owner controls; the owner link moves control to a new phone", async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const owner = await newPhone(browser, baseURL!);
    const ownerPage = await owner.newPage();
    const reportUrl = await takeQuiz(ownerPage);
    const id = reportUrl.split("/").pop()!;

    // The owner, on the device that took the quiz.
    await expect(ownerPage.getByRole("button", { name: "Delete this result" })).toBeVisible();
    await expect(ownerPage.getByRole("heading", { name: "Share with a counsellor" })).toBeVisible();
    await expect(ownerPage.getByRole("group", { name: "Report actions" }).getByRole("link", { name: "Retake the assessment" })).toBeVisible();
    await expect(ownerPage.getByText("You are reading a shared report")).toHaveCount(0);

    // Someone given the link, in a fresh browser.
    const viewer = await newPhone(browser, baseURL!);
    const viewerPage = await viewer.newPage();
    const response = await viewerPage.goto(reportUrl);
    expect(response?.status()).toBe(200);
    await expect(viewerPage.getByRole("heading", { name: "You are reading a shared report." })).toBeVisible();
    await expect(viewerPage.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(viewerPage.getByRole("button", { name: /delete/i })).toHaveCount(0);
    await expect(viewerPage.getByRole("link", { name: "Retake the assessment" })).toHaveCount(0);
    await expect(viewerPage.getByRole("heading", { name: "Share with a counsellor" })).toHaveCount(0);
    await expect(viewerPage.getByRole("heading", { name: "Who can see this result" })).toHaveCount(0);
    await expect(viewerPage.getByText("Open this result on another device")).toHaveCount(0);
    await expect(viewerPage.getByRole("button", { name: "Share" })).toBeVisible();
    await expectNoAxeViolations(viewerPage);
    await expectNoHorizontalOverflow(viewerPage);

    // The viewer's own calls to the API, with no key and with a guessed one.
    await expectActionsRefused(viewer.request, baseURL!, id, {});
    await expectActionsRefused(viewer.request, baseURL!, id, { "X-Owner-Key": "guessed_0123456789abcdefgh" });

    // The owner's private link, read from the panel; it is not in the page's share paths.
    const panel = ownerPage.locator("[data-owner-link-panel]");
    await panel.getByText("Open this result on another device").click();
    await expect(panel.getByRole("img", { name: "QR code of your private owner link" })).toBeVisible();
    const ownerLink = await panel.getByRole("textbox", { name: "Private owner link" }).inputValue();
    expect(ownerLink).toMatch(new RegExp(`/report/${id}#owner=[A-Za-z0-9_-]{24}$`));
    await expectNoAxeViolations(ownerPage);
    await expectNoHorizontalOverflow(ownerPage);
    const ogImage = await viewerPage.locator('meta[property="og:url"], meta[property="og:image"]').evaluateAll((tags) =>
      tags.map((tag) => tag.getAttribute("content") ?? ""),
    );
    for (const content of ogImage) expect(content).not.toContain("owner=");

    // A new phone opens the owner link: the key leaves the address bar, and the controls appear.
    const newPhoneContext = await newPhone(browser, baseURL!);
    const newPhonePage = await newPhoneContext.newPage();
    await newPhonePage.goto(ownerLink);
    await expect(newPhonePage.getByText("This device can now share, retake and delete this result.")).toBeVisible();
    expect(newPhonePage.url()).toBe(reportUrl);
    await newPhonePage.getByRole("button", { name: "Delete this result" }).click();
    await newPhonePage.getByRole("dialog").getByRole("button", { name: "Delete permanently" }).click();
    await newPhonePage.waitForURL(/\/report\/deleted$/);
    expect((await viewer.request.get(`${baseURL}/api/v1/assessments/${id}`)).status()).toBe(404);

    // An owner link for a result that is not its own is refused, and says so.
    const stranger = await newPhone(browser, baseURL!);
    const strangerPage = await stranger.newPage();
    const other = await stranger.request.post(`${baseURL}/api/v1/assessments`, { data: { answers } });
    const { reportUrl: otherUrl } = (await other.json()) as { reportUrl: string };
    await strangerPage.goto(`${otherUrl}#owner=not_the_key_0123456789abcd`);
    await expect(strangerPage.getByText("That owner link does not belong to this result")).toBeVisible();
    await expect(strangerPage.getByRole("button", { name: "Delete this result" })).toHaveCount(0);

    for (const context of [owner, viewer, newPhoneContext, stranger]) await context.close();
  });

  for (const [name, url] of [["SQLite", undefined], ["PostgreSQL", postgresURL]] as const) {
    test(`the API refuses every action without the owner key, and takes them with it (${name})`, async ({ request, baseURL }) => {
      test.skip(name === "PostgreSQL" && !url, "Needs PostgreSQL: set TEST_POSTGRES_URL.");
      const base = url ?? baseURL!;
      const created = await request.post(`${base}/api/v1/assessments`, { data: { answers } });
      expect(created.status()).toBe(201);
      const { id, ownerKey } = (await created.json()) as { id: string; ownerKey: string };
      expect(ownerKey).toMatch(/^[A-Za-z0-9_-]{24}$/);

      await expectActionsRefused(request, base, id, {});
      await expectActionsRefused(request, base, id, { "X-Owner-Key": "guessed_0123456789abcdefgh" });
      // The owner check endpoint refuses a wrong key too, and changes nothing.
      expect((await request.post(`${base}/api/v1/assessments/${id}/owner`, { data: { ownerKey: "guessed_0123456789abcdefgh" } })).status()).toBe(403);

      const owner = { "X-Owner-Key": ownerKey };
      const shares = await request.get(`${base}/api/v1/assessments/${id}/shares`, { headers: owner });
      expect(shares.status()).toBe(200);
      expect(await shares.json()).toEqual({ shares: [] });
      expect((await request.post(`${base}/api/v1/assessments/${id}/owner`, { data: { ownerKey } })).status()).toBe(200);
      expect((await request.delete(`${base}/api/v1/assessments/${id}`, { headers: owner })).status()).toBe(204);
      expect((await request.get(`${base}/api/v1/assessments/${id}`)).status()).toBe(404);
    });
  }
});
