/**
 * Installable, and calm when the connection drops (the service worker, lib/offline/). In Chromium
 * with the worker really running: the quiz keeps going offline, "See my report" waits and then
 * sends the answers by itself exactly once, a report seen on this device reopens offline, a page
 * never seen shows the offline page, and a deleted report's copy is gone. Runs once, at phone
 * width (the mobile project).
 */
import { expect, test, type Page } from "@playwright/test";
import { PAGE_CACHE } from "../../lib/offline/cache-rules";
import OFFLINE_PAGE_WORDS from "../../lib/i18n/messages/en/offline.json" with { type: "json" };
import { allItems } from "../../lib/quiz/progress";
import { QUIZ_STORAGE_KEY, RESULTS_STORAGE_KEY } from "../../lib/quiz/storage";
import { apiAnswers, fakeAddress } from "./support/counsellor";
import { defaultChoice, group, questionnaire } from "./support/quiz";

const OFFLINE_SUBMIT_WORDS = OFFLINE_PAGE_WORDS.submit;

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "mobile", "Runs once, at phone width.");
});

const REPORT_URL = /\/report\/[A-Za-z0-9_-]{24}$/;

/** Waits until the service worker is active and looks after this page (clientsClaim). */
async function workerInCharge(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Whether this device holds a copy of a page, as the worker would find it offline. */
function hasCopy(page: Page, path: string): Promise<boolean> {
  return page.evaluate(
    async ({ cacheName, path }) => (await (await caches.open(cacheName)).match(path, { ignoreSearch: true })) !== undefined,
    { cacheName: PAGE_CACHE, path },
  );
}

/**
 * Answers whatever questions the current step shows and moves on, until the review step. Finds
 * the questions on screen rather than assuming the steps' layout.
 */
async function answerToReview(page: Page, afterFirstStep?: () => Promise<void>): Promise<void> {
  const items = allItems(questionnaire);
  const heading = page.locator("[data-step-heading]");
  for (let step = 0; ; step++) {
    await expect(heading).toBeVisible();
    if (await page.getByRole("button", { name: /see my report/i }).isVisible()) return;
    for (const item of items) {
      const question = group(page, item);
      if (await question.isVisible()) await question.getByRole("radio").nth(defaultChoice(item)).check();
    }
    const title = await heading.textContent();
    await page.getByRole("button", { name: /^next/i }).click();
    await expect(heading).not.toHaveText(title ?? "");
    if (step === 0) await afterFirstStep?.();
  }
}

test("the quiz carries on offline, and its answers go out by themselves once, when the connection is back", async ({ page, context }) => {
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/api/v1/assessments") posts.push(request.url());
  });

  await page.goto("/assessment");
  await workerInCharge(page);

  // The connection drops after the first step: moving between steps needs nothing from the network.
  await answerToReview(page, () => context.setOffline(true));
  const key = await page.evaluate((storageKey) => JSON.parse(localStorage.getItem(storageKey) ?? "{}").submissionKey as string, QUIZ_STORAGE_KEY);
  expect(key).toMatch(/^[A-Za-z0-9_-]{16,64}$/);

  const send = page.getByRole("button", { name: /see my report/i });
  await send.click();
  const note = page.getByRole("main").getByRole("status").filter({ hasText: OFFLINE_SUBMIT_WORDS.title });
  await expect(note).toContainText(OFFLINE_SUBMIT_WORDS.body);
  const waiting = page.getByRole("button", { name: OFFLINE_SUBMIT_WORDS.button });
  await expect(waiting).toBeVisible();
  // A second (and third) tap while waiting sends nothing more (forced: the button says it is busy).
  await waiting.click({ force: true });
  await waiting.click({ force: true });
  await page.waitForTimeout(500);
  expect(posts).toHaveLength(0);
  // The answers are still on the device, under the same key.
  expect(await page.evaluate((storageKey) => JSON.parse(localStorage.getItem(storageKey) ?? "{}").submissionKey, QUIZ_STORAGE_KEY)).toBe(key);

  await context.setOffline(false);
  await page.waitForURL(REPORT_URL, { timeout: 20_000 });
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();

  // One request, one result: the device lists exactly one, the one it opened, and the server has it.
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const saved = await page.evaluate((storageKey) => JSON.parse(localStorage.getItem(storageKey) ?? "[]") as { id: string }[], RESULTS_STORAGE_KEY);
  expect(saved.map((result) => result.id)).toEqual([id]);
  expect(posts).toHaveLength(1);
  expect((await page.request.get(`/api/v1/assessments/${id}`)).status()).toBe(200);
  // Nothing fires later (a retry timer or another online event).
  await page.waitForTimeout(1500);
  expect(posts).toHaveLength(1);
});

test("a report seen on this device reopens offline; other pages show the offline page; a deleted report's copy goes", async ({ page, context, request }) => {
  const address = { "x-forwarded-for": fakeAddress() };
  const create = async () => {
    const created = await request.post("/api/v1/assessments", { data: { answers: apiAnswers(1) }, headers: address });
    expect(created.status()).toBe(201);
    return (await created.json()) as { id: string; ownerKey: string; reportUrl: string };
  };
  const first = await create();
  const second = await create();

  // First visit: the page loads before the worker runs, and is kept once it does.
  await page.goto(first.reportUrl);
  await workerInCharge(page);
  await expect.poll(() => hasCopy(page, first.reportUrl)).toBe(true);
  const heading = await page.getByRole("main").getByRole("heading", { level: 1 }).textContent();

  await context.setOffline(true);
  const offlineReload = await page.reload();
  expect(offlineReload?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(heading!);
  await expect(page.getByRole("main").getByText(/\d+\s*\/\s*100/).first()).toBeVisible();

  // A page never opened here: the offline page, at the address asked for, offering the report.
  await page.goto("/backgrounds");
  await expect(page.getByRole("heading", { level: 1, name: OFFLINE_PAGE_WORDS.title })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/backgrounds");
  await expect(page.getByRole("button", { name: OFFLINE_PAGE_WORDS.retry })).toBeVisible();

  // Back online, the offline page tries again by itself and the real page opens.
  await context.setOffline(false);
  await expect(page.getByRole("heading", { level: 1, name: OFFLINE_PAGE_WORDS.title })).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/backgrounds");

  // Deleted by its owner from this device (through the worker): the copy goes with it.
  const deleted = await page.evaluate(
    async ({ id, ownerKey }) => (await fetch(`/api/v1/assessments/${id}`, { method: "DELETE", headers: { "X-Owner-Key": ownerKey } })).status,
    first,
  );
  expect(deleted).toBe(204);
  expect(await hasCopy(page, first.reportUrl)).toBe(false);

  // Deleted elsewhere: online, the server's 404 shows (network first) and the copy is dropped.
  await page.goto(second.reportUrl);
  await expect.poll(() => hasCopy(page, second.reportUrl)).toBe(true);
  expect((await request.delete(`/api/v1/assessments/${second.id}`, { headers: { "X-Owner-Key": second.ownerKey, ...address } })).status()).toBe(204);
  const gone = await page.reload();
  expect(gone?.status()).toBe(404);
  expect(await hasCopy(page, second.reportUrl)).toBe(false);

  // So offline neither report comes back from this device.
  await context.setOffline(true);
  for (const url of [first.reportUrl, second.reportUrl]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1, name: OFFLINE_PAGE_WORDS.title })).toBeVisible();
  }
  await context.setOffline(false);
});

test("the site is installable: a manifest with the brand colour and icons, and a worker for the whole site", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href!)).json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ short_name: "Coder Fit", start_url: "/", display: "standalone", theme_color: "#0f766e" });
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
  for (const icon of manifest.icons) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"]).toBe("image/png");
  }

  const worker = await request.get("/serwist/sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["service-worker-allowed"]).toBe("/");
  await workerInCharge(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/serwist\/sw\.js$/);
});
