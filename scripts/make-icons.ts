/**
 * Makes the PNG icons of the web app manifest (app/manifest.ts) and the Apple touch icon from
 * app/icon.svg, by drawing them in Chromium (the browser the tests already use), so no image
 * library is needed. The PNGs are committed; run this again after changing the logo:
 *
 *   npx tsx scripts/make-icons.ts
 *
 * - icon-192.png, icon-512.png: the logo as it is, rounded corners and all ("any" purpose);
 * - icon-maskable-512.png: the teal filling the square and the mark shrunk into the middle 80%,
 *   the safe zone a phone's mask (circle, squircle) never cuts;
 * - app/apple-icon.png (180×180): a full square, which iOS rounds by itself (it would paint
 *   transparent corners black).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const root = process.cwd();
const logo = readFileSync(path.join(root, "app/icon.svg"), "utf8");

/** The square's fill and the mark drawn on it, taken from the logo so the two never differ. */
const fill = /<rect[^>]*fill="(#[0-9a-fA-F]{3,8})"/.exec(logo)?.[1];
const mark = logo.replace(/^<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "").replace(/<rect[^>]*\/>/, "");
if (!fill || mark === logo) throw new Error("app/icon.svg no longer has the expected <rect> background and mark.");

/** The logo on a full square, the mark scaled about the centre. */
function fullBleed(markScale: number): string {
  const offset = 16 * (1 - markScale);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${fill}"/><g transform="translate(${offset} ${offset}) scale(${markScale})">${mark}</g></svg>`;
}

const icons: { file: string; size: number; svg: string }[] = [
  { file: "public/icons/icon-192.png", size: 192, svg: logo },
  { file: "public/icons/icon-512.png", size: 512, svg: logo },
  // The mark reaches about 11 of 32 units from the centre; at 0.8 it stays well inside the 12.8 safe radius.
  { file: "public/icons/icon-maskable-512.png", size: 512, svg: fullBleed(0.8) },
  { file: "app/apple-icon.png", size: 180, svg: fullBleed(0.9) },
];

async function main(): Promise<void> {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
  try {
    for (const icon of icons) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
      const source = `data:image/svg+xml;base64,${Buffer.from(icon.svg).toString("base64")}`;
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent"><img src="${source}" width="${icon.size}" height="${icon.size}" style="display:block"></body></html>`,
      );
      await page.locator("img").evaluate((image: HTMLImageElement) => image.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
      mkdirSync(path.dirname(path.join(root, icon.file)), { recursive: true });
      writeFileSync(path.join(root, icon.file), png);
      console.log(`${icon.file} (${icon.size}×${icon.size}, ${png.length} bytes)`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
