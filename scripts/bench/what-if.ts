/**
 * `npm run bench:what-if [-- --no-build --changes 20]`: how long a what-if update takes on a
 * mid-range phone profile. Serves the production build, stores a report through the API, opens
 * its What if… panel in Chromium with the CPU throttled 4×, makes varied changes, and reads the
 * panel's own Performance API measures: input → result rendered, and input → next frame.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { buildAnswers } from "../../tests/fixtures/answers";
import { personas } from "../../tests/fixtures/personas";
import { serveBuild } from "./support";

const { values } = parseArgs({
  options: {
    changes: { type: "string", default: "20" },
    port: { type: "string", default: "3310" },
    "no-build": { type: "boolean", default: false },
  },
});
const base = `http://127.0.0.1:${values.port}`;
const changes = Number(values.changes);

const percentile = (numbers: number[], p: number) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

async function main(): Promise<void> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "coder-fit-whatif-"));
  const databaseUrl = `file:${path.join(scratch, "bench.db")}`;
  if (!values["no-build"]) {
    if (spawnSync("npx", ["next", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
  }
  const server = await serveBuild(databaseUrl, Number(values.port));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const persona = personas.find((entry) => entry.id === "bpharm-career-changer")!;
    const created = await fetch(`${base}/api/v1/assessments`, {
      method: "POST",
      headers: { "content-type": "application/json", connection: "close" },
      body: JSON.stringify({ answers: buildAnswers(persona.spec) }),
    });
    const { id } = (await created.json()) as { id: string };

    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${base}/report/${id}`);
    await page.locator("[data-what-if] summary").click();
    await page.locator("[data-what-if-result]").waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.evaluate(() => performance.clearMeasures());

    const panel = page.locator("[data-what-if]");
    const backgrounds = ["nursing-allied", "bsc-life-sciences", "bcom", "bpharm"];
    for (let i = 0; i < changes; i++) {
      if (i % 3 === 0) await panel.getByLabel("Change background").selectOption(backgrounds[(i / 3) % backgrounds.length]!);
      else if (i % 3 === 1) await panel.getByLabel("Finish a certificate course").setChecked(i % 2 === 1);
      else await panel.getByLabel("Medical Terminology").selectOption(String(2 + (i % 3)));
      await page.waitForTimeout(150);
    }
    const measures = await page.evaluate(() => ({
      rendered: performance.getEntriesByName("what-if:update").map((entry) => entry.duration),
      frame: performance.getEntriesByName("what-if:update-to-frame").map((entry) => entry.duration),
    }));
    const line = (label: string, numbers: number[]) =>
      `| ${label} | ${numbers.length} | ${percentile(numbers, 50).toFixed(1)} ms | ${percentile(numbers, 95).toFixed(1)} ms |`;
    console.log(`\nWhat-if updates, Chromium, 4× CPU throttling, 360×740, ${os.cpus().length} cores\n`);
    console.log("| Measure | Changes | Median | p95 |");
    console.log("| --- | --- | --- | --- |");
    console.log(line("Input → result rendered", measures.rendered));
    console.log(line("Input → next frame", measures.frame));
  } finally {
    await browser.close();
    server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
