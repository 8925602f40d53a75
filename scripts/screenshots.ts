/**
 * `npx tsx scripts/screenshots.ts [--base http://127.0.0.1:3000] [--out data/screenshots]`: stores
 * a report for a strong, a possible and a not-natural persona through the public API of a running
 * build, then saves what a person sees: full-page screenshots of each report and its details view
 * at 360 px (a small phone) and 1280 px (a laptop), and the report printed to A4 as the browser
 * would; and the same two widths of each page named in --pages (the career profile and Try the
 * work by default). For looking at pages after a change; not a test.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { personaAnswers, personas } from "../tests/fixtures/personas";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:3000" },
    out: { type: "string", default: "data/screenshots" },
    personas: { type: "string", default: "nursing-graduate-loves-detail,12th-science-school-leaver,bcom-dislikes-desk-and-routine" },
    pages: { type: "string", default: "/careers/medical-coder,/careers/medical-coder/path,/careers/medical-coder/certifications,/careers/medical-coder/courses,/careers/medical-coder/try" },
  },
});
const base = values.base;
const out = path.resolve(values.out);
const widths = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;

async function createReport(personaId: string): Promise<string> {
  const persona = personas.find((entry) => entry.id === personaId);
  if (!persona) throw new Error(`No persona called ${personaId}`);
  const response = await fetch(`${base}/api/v1/assessments`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ answers: personaAnswers(persona) }),
  });
  if (response.status !== 201) throw new Error(`Storing ${personaId} answered HTTP ${response.status}`);
  const { id } = (await response.json()) as { id: string };
  return `/report/${id}`;
}

type Browser = Awaited<ReturnType<typeof chromium.launch>>;

/** A full-page screenshot of `pagePath` at each width, named `name-<width>.png`. */
async function shoot(browser: Browser, pagePath: string, name: string) {
  for (const viewport of widths) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${base}${pagePath}`, { waitUntil: "networkidle" });
    // Long pages skip drawing sections below the screen (content-visibility: auto) until a person
    // scrolls to them; a full-page screenshot does not scroll, so draw everything first.
    await page.evaluate(() => {
      for (const element of document.querySelectorAll<HTMLElement>("main *")) {
        if (getComputedStyle(element).contentVisibility === "auto") element.style.contentVisibility = "visible";
      }
    });
    const file = path.join(out, `${name}-${viewport.width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const { height, overflow } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      overflow: document.documentElement.scrollWidth > window.innerWidth,
    }));
    console.log(`${file}: ${height} px tall (${(height / viewport.height).toFixed(1)} screens)${overflow ? ", WIDER THAN THE SCREEN" : ""}`);
    await page.close();
  }
}

async function main() {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    for (const pagePath of values.pages.split(",").filter(Boolean)) {
      await shoot(browser, pagePath, pagePath.replace(/^\//, "").replaceAll("/", "-") || "home");
    }
    for (const personaId of values.personas.split(",")) {
      const report = await createReport(personaId);
      for (const [name, pagePath] of [
        ["report", report],
        ["details", `${report}/details`],
      ] as const) {
        await shoot(browser, pagePath, `${personaId}-${name}`);
      }
      const page = await browser.newPage();
      await page.goto(`${base}${report}`, { waitUntil: "networkidle" });
      const file = path.join(out, `${personaId}-print.pdf`);
      await page.pdf({ path: file, format: "A4" });
      console.log(`${file}: the report as the browser prints it`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
