/**
 * The whole journey in Hindi on a 360 × 740 phone: home, the quiz (axe on every step, the
 * language switched midway without losing an answer), the report, its PDF, sharing and what-if,
 * with the same persona's score, band and plan as the English run. Then every Hindi page a person
 * reads is scanned for English sentences (tests/support/english-text.ts says what is allowed).
 */
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { profileIn } from "../../lib/i18n/profiles";
import { pageWords } from "../../lib/i18n/page-words";
import { medicalCoderProfile } from "../../lib/profiles";
import { quizSteps } from "../../lib/quiz/steps";
import { stepCount } from "../../lib/quiz/progress";
import { englishSentences } from "../support/english-text";
import { expectNoAxeViolations, expectNoHorizontalOverflow } from "./support/axe";
import { apiAnswers, fakeAddress, uniqueEmail } from "./support/counsellor";
import { createPersonaReport } from "./support/personas";
import { answerByPointer, defaultChoice, takeQuiz } from "./support/quiz";

const hindi = profileIn(medicalCoderProfile, "hi").questionnaire;
const hindiSteps = quizSteps(hindi);
const STEPS = stepCount(hindi);
const quiz = pageWords("hi", "quiz");
const englishQuiz = pageWords("en", "quiz");

/** What the report says a person's result and plan are, in ids and numbers (the same in every language). */
async function reportFacts(page: Page) {
  const verdict = page.locator('[data-answer-part="verdict"]');
  return {
    overall: Number(await verdict.locator(".tabular-nums").first().textContent()),
    band: await verdict.locator("[data-band]").getAttribute("data-band"),
    verdict: await verdict.locator("[data-verdict]").getAttribute("data-verdict"),
    actions: await page.locator('[data-answer-part="actions"] [data-action]').evaluateAll((items) => items.map((item) => item.getAttribute("data-action"))),
    certification: ((await page.locator('[data-answer-part="certification"] p').first().textContent()) ?? "").split(" ")[0],
  };
}

/** The text a person reads on the page, with the English sentences left in it. */
async function englishOn(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    // What is on screen or announced: visible text plus the names of controls (aria-label, alt, title).
    const labels = [...document.querySelectorAll("[aria-label], img[alt], [title]")].map(
      (element) => `${element.getAttribute("aria-label") ?? ""} ${element.getAttribute("alt") ?? ""} ${element.getAttribute("title") ?? ""}`,
    );
    return `${document.body.innerText}\n${labels.join("\n")}\n${document.title}`;
  });
  return englishSentences(text);
}

async function expectHindiPage(page: Page, what: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  expect(await englishOn(page), `${what}: no English sentence`).toEqual([]);
}

/** Opens a Hindi page and checks it: no English sentence, axe clean, nothing wider than the screen. */
async function scanPage(page: Page, path: string) {
  // The offline page reloads itself once the server answers; here the server is "away".
  await page.route("**/api/health", (route) => route.abort());
  await page.goto(path);
  // The page itself, not a sign-in page it sent the visit to.
  expect(new URL(page.url()).pathname).toBe(new URL(path, page.url()).pathname);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  // Career sections open as they are read: scroll to the end so every one is on the page.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState("networkidle");
  await expectHindiPage(page, path);
  await expectNoAxeViolations(page);
  await expectNoHorizontalOverflow(page);
}

async function englishRun(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const url = await takeQuiz(page);
  const facts = await reportFacts(page);
  await context.close();
  return { url, facts };
}

test.describe("हिन्दी", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "mobile", "The Hindi journey is checked at phone width.");
  });

  test("quiz → report → PDF → share → what-if in Hindi, with the English run's score, band and plan", async ({ page, browser, baseURL, request }) => {
    test.setTimeout(240_000);
    const english = await englishRun(browser, baseURL);

    // Home: the switch says "हिन्दी" in its own script and leads to the same page in Hindi.
    await page.goto("/");
    await page.getByRole("link", { name: "हिन्दी" }).click();
    await expect(page).toHaveURL(/\/hi$/);
    await expectHindiPage(page, "home");
    await expectNoAxeViolations(page);

    // The quiz: every step in Hindi with axe, the switch on the first screen too.
    await page.goto("/hi/assessment");
    await expect(page.getByRole("link", { name: "English" })).toBeVisible();
    for (const [i, step] of hindiSteps.entries()) {
      await expect(page.getByText(quiz("progress.stepOf", { current: i + 1, total: STEPS }))).toBeVisible();
      // The Hindi copy's items: their prompts (the groups' names) are Hindi; ids and options are the English run's.
      await answerByPointer(page, step, defaultChoice);
      if (i === 0) await expectHindiPage(page, "first quiz step");
      await expectNoAxeViolations(page);
      await expectNoHorizontalOverflow(page);
      await page.getByRole("button", { name: quiz("step.next") }).click();

      if (i === 1) {
        // Midway: to English and back, and every answer is still there.
        await page.getByRole("link", { name: "English" }).click();
        await expect(page.locator("html")).toHaveAttribute("lang", "en");
        const goOn = page.getByRole("button", { name: englishQuiz("resume.continue") });
        if (await goOn.isVisible().catch(() => false)) await goOn.click();
        await expect(page.getByText(englishQuiz("progress.stepOf", { current: 3, total: STEPS }))).toBeVisible();
        await page.getByRole("link", { name: "हिन्दी" }).click();
        await expect(page.locator("html")).toHaveAttribute("lang", "hi");
        const continueHindi = page.getByRole("button", { name: quiz("resume.continue") });
        if (await continueHindi.isVisible().catch(() => false)) await continueHindi.click();
        await expect(page.getByText(quiz("progress.stepOf", { current: 3, total: STEPS }))).toBeVisible();
        // The answers of the step before are still chosen; the same result below shows the rest were kept.
        await page.getByRole("button", { name: quiz("step.back") }).click();
        const first = step.items[0]!;
        await expect(page.getByRole("group", { name: first.prompt }).getByRole("radio").nth(defaultChoice(first))).toBeChecked();
        await page.getByRole("button", { name: quiz("step.next") }).click();
        await expect(page.getByText(quiz("progress.stepOf", { current: 3, total: STEPS }))).toBeVisible();
      }
    }
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: quiz("review.see") }).click();
    await page.waitForURL(/\/hi\/report\/[A-Za-z0-9_-]{24}$/);

    // The report: the same result and plan as English, worded in Hindi.
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const facts = await reportFacts(page);
    expect(facts).toEqual(english.facts);
    await expectHindiPage(page, "report");
    await expectNoAxeViolations(page);
    await expectNoHorizontalOverflow(page);

    // The API's own figures agree: same overall, band and recommendations in both languages.
    const id = new URL(page.url()).pathname.split("/").pop()!;
    const englishId = new URL(english.url).pathname.split("/").pop()!;
    const [mine, theirs] = await Promise.all([
      request.get(`/api/v1/assessments/${id}?locale=hi`).then((response) => response.json()),
      request.get(`/api/v1/assessments/${englishId}`).then((response) => response.json()),
    ]);
    expect(mine.result.overall).toBe(theirs.result.overall);
    expect(mine.result.band.id).toBe(theirs.result.band.id);
    expect(mine.result.readiness.track).toEqual(theirs.result.readiness.track);
    expect(mine.result.readiness.stage.id).toBe(theirs.result.readiness.stage.id);
    expect(mine.result.recommendations.certifications.map((c: { id: string }) => c.id)).toEqual(
      theirs.result.recommendations.certifications.map((c: { id: string }) => c.id),
    );

    // The PDF in Hindi.
    const pdfHref = await page.locator("[data-download-pdf]").getAttribute("href");
    expect(pdfHref).toMatch(/locale=hi/);
    const pdf = await request.get(pdfHref!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // Sharing: the message is Hindi and links to the Hindi report.
    await page.getByRole("button", { name: pageWords("hi", "share")("button.share") }).first().click();
    const whatsApp = page.getByRole("link", { name: /WhatsApp/ });
    await expect(whatsApp).toBeVisible();
    const message = decodeURIComponent(new URL((await whatsApp.getAttribute("href"))!).searchParams.get("text") ?? "");
    expect(message).toMatch(/[\u0900-\u097F]/);
    expect(message).toContain(`/hi/report/${id}`);
    expect(englishSentences(message)).toEqual([]);
    await expectNoAxeViolations(page);

    // What-if: a change re-scores in Hindi.
    const whatIf = page.locator("[data-what-if]");
    await whatIf.locator("summary").click();
    const result = whatIf.locator("[data-what-if-result]");
    await expect(result).toBeVisible();
    await whatIf.getByLabel(pageWords("hi", "whatIf")("panel.finishCourse")).check().catch(() => {});
    await expect(result).toContainText(/[\u0900-\u097F]/);
    expect(englishSentences((await whatIf.innerText()) ?? "")).toEqual([]);
    await expectNoAxeViolations(page);
    await expectNoHorizontalOverflow(page);
  });

  // One test per page, so a slow machine gives each its own time and a failure names its page.
  const pages = [
    "/hi",
    "/hi/assessment",
    "/hi/report/{id}",
    "/hi/report/{id}/details",
    "/hi/report/deleted",
    "/hi/backgrounds",
    "/hi/results",
    "/hi/privacy",
    "/hi/join",
    "/hi/careers/medical-coder",
    "/hi/careers/medical-coder/path",
    "/hi/careers/medical-coder/certifications",
    "/hi/careers/medical-coder/courses",
    "/hi/careers/medical-coder/try",
    "/hi/counsellor/sign-in",
    "/hi/counsellor/sign-up",
    "/hi/offline",
    "/hi/no-such-page",
  ];
  for (const address of pages) {
    test(`${address}: no English sentence, passes axe and fits 360 px`, async ({ page, request }) => {
      let path = address;
      if (address.includes("{id}")) {
        const { reportUrl } = await createPersonaReport(request, "12th-science-school-leaver");
        path = address.replace("/report/{id}", new URL(reportUrl).pathname);
      }
      await scanPage(page, path);
    });
  }

  test("the Devanagari font: downloaded on Hindi pages only, first in the sans and monospace stacks there; the switch's हिन्दी from its own small font", async ({ page }) => {
    const fonts: string[] = [];
    page.on("request", (request) => {
      if (/\.woff2?$/.test(new URL(request.url()).pathname)) fonts.push(new URL(request.url()).pathname);
    });
    await page.goto("/");
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState("networkidle");
    expect(fonts.filter((font) => font.includes("devanagari"))).toEqual([]);
    // The switch's "हिन्दी" comes from its own small font (lib/i18n/fonts.ts, languageNames), not boxes.
    expect(fonts.filter((font) => /language.names/.test(font)).length).toBe(1);
    const switchLink = page.getByRole("link", { name: "हिन्दी" }).first();
    expect((await switchLink.evaluate((link) => getComputedStyle(link).fontFamily)).split(",")[0]).toMatch(/languageNames/i);
    expect(await page.evaluate(() => document.fonts.check("600 16px languageNames", "हिन्दी"))).toBe(true);
    await page.goto("/hi");
    await page.locator("blockquote").scrollIntoViewIfNeeded();
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState("networkidle");
    // Regular and bold, each once.
    expect(fonts.filter((font) => font.includes("devanagari")).length).toBe(2);
    // The home page's sample note is monospace Hindi: its first font is the Devanagari face, which
    // Chromium redraws with once it arrives (lib/i18n/fonts.ts).
    const stacks = await page.evaluate(() => [getComputedStyle(document.body).fontFamily, getComputedStyle(document.querySelector("blockquote")!).fontFamily]);
    for (const stack of stacks) expect(stack.split(",")[0]).toMatch(/devanagari/i);
    expect(await page.evaluate(() => document.fonts.check("16px devanagari", "आशा"))).toBe(true);
  });

  test("/hi/results/compare: two of a person's results side by side", async ({ page, request }) => {
    const first = await createPersonaReport(request, "12th-science-school-leaver");
    const second = await createPersonaReport(request, "nursing-graduate-loves-detail");
    await scanPage(page, `/hi/results/compare?a=${first.id}&b=${second.id}`);
    await expect(page.locator("main")).toContainText(/[\u0900-\u097F]/);
  });
});

/** A counsellor's workspace with a cohort, a roster, three shared results and a note, signed in in its own browser context. */
async function hindiWorkspace(browser: Browser, baseURL: string) {
  const address = fakeAddress();
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, extraHTTPHeaders: { "x-forwarded-for": address } });
  const api = context.request;
  const email = uniqueEmail("hindi");
  const password = "a long enough password";
  const headers = { origin: baseURL };
  expect((await api.post("/api/auth/sign-up/email", { data: { name: "Sunita Verma", email, password }, headers })).ok()).toBe(true);
  expect((await api.post("/api/auth/sign-in/email", { data: { email, password }, headers })).ok()).toBe(true);
  const cohort = (await (await api.post("/api/v1/counsellor/cohorts", { data: { name: "Batch 7" }, headers })).json()).cohort;
  const inviteToken: string = cohort.inviteUrl.split("/join/")[1];
  expect((await api.post(`/api/v1/counsellor/cohorts/${cohort.id}/roster`, { data: { text: "Priya Nair, R01\nKarthik Rao, R02" }, headers })).status()).toBe(201);
  const shareIds: string[] = [];
  for (const [lean, displayName] of ["Priya Nair", "Karthik Rao", "Meena Iyer"].entries()) {
    const saved = await api.post("/api/v1/assessments", { data: { answers: apiAnswers(lean), share: { inviteToken, displayName, consent: true } } });
    expect(saved.status()).toBe(201);
    const { id, ownerKey } = await saved.json();
    const shares = (await (await api.get(`/api/v1/assessments/${id}/shares`, { headers: { "X-Owner-Key": ownerKey } })).json()).shares;
    shareIds.push(shares[0].id);
  }
  expect((await api.post(`/api/v1/counsellor/results/${shareIds[0]}/notes`, { data: { body: "अगले हफ़्ते बात करनी है।" }, headers })).status()).toBe(201);
  return { context, cohortId: cohort.id as string, inviteToken, shareIds };
}

test.describe("हिन्दी: the counsellor workspace", () => {
  let workspace: Awaited<ReturnType<typeof hindiWorkspace>>;
  let context: BrowserContext;

  test.beforeAll(async ({ browser }, testInfo) => {
    test.skip(testInfo.project.name !== "mobile", "The Hindi journey is checked at phone width.");
    workspace = await hindiWorkspace(browser, testInfo.project.use.baseURL!);
    context = workspace.context;
  });
  test.afterAll(async () => {
    await context?.close();
  });

  const addresses: [string, (w: typeof workspace) => string][] = [
    ["dashboard", () => "/hi/counsellor"],
    ["cohorts", () => "/hi/counsellor/cohorts"],
    ["a cohort and its roster", (w) => `/hi/counsellor/cohorts/${w.cohortId}`],
    ["a printed invite", (w) => `/hi/counsellor/cohorts/${w.cohortId}/invite`],
    ["a student's result", (w) => `/hi/counsellor/results/${w.shareIds[0]}`],
    ["comparing students", (w) => `/hi/counsellor/compare?ids=${w.shareIds.join(",")}`],
    ["the batch's analytics", () => "/hi/counsellor/analytics"],
    ["a cohort's join page", (w) => `/hi/join/${w.inviteToken}`],
  ];
  for (const [what, address] of addresses) {
    test(`${what}: no English sentence, passes axe and fits 360 px`, async () => {
      const page = await context.newPage();
      await scanPage(page, address(workspace));
      await page.close();
    });
  }
});
