/**
 * Devanagari on the share cards. next/og's renderer (satori) places glyphs one character at a
 * time: it cannot reorder a vowel sign (मेडिकल comes out as "मेडकिल") or join consonants (अच्छा
 * shows its virama). So Hindi words are shaped here with fontkit, which knows the script's rules,
 * and drawn as SVG outlines the renderer only has to paint. The font is Noto Sans Devanagari from
 * @fontsource (the same files as the pages; read from disk, nothing fetched): its Devanagari
 * subset, and its Latin subset for names and numbers inside a Hindi sentence ("Coder Fit", CPC, 3.5).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ReactElement } from "react";
import { create, type Font, type PathCommand } from "fontkit";

export type Weight = 400 | 600 | 700;
type Subset = "devanagari" | "latin";

export type ShapedStyle = {
  size: number;
  weight: Weight;
  color: string;
  /** Wraps at spaces to this width; without it the text stays on one line. */
  maxWidth?: number;
  /** Line height as a multiple of the size. */
  lineHeight?: number;
};

export type ShapedText = {
  width: number;
  height: number;
  lines: number;
  element: ReactElement;
};

const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-devanagari", "files");
const fonts = new Map<string, Promise<Font>>();

function fontFor(subset: Subset, weight: Weight): Promise<Font> {
  const key = `${subset}-${weight}`;
  let font = fonts.get(key);
  if (!font) {
    font = readFile(path.join(FONT_DIR, `noto-sans-devanagari-${key}-normal.woff`)).then((data) => create(data));
    // A failed read is not kept: the next card tries again.
    font.catch(() => fonts.delete(key));
    fonts.set(key, font);
  }
  return font;
}

/** True when the text has Devanagari letters, which the renderer cannot shape itself. */
export function needsShaping(text: string): boolean {
  return /[\u0900-\u097F\uA8E0-\uA8FF\u1CD0-\u1CFF]/.test(text);
}

/** Devanagari letters, and the marks and signs that belong with them, take the Devanagari font. */
const isDevanagari = (codePoint: number) =>
  (codePoint >= 0x0900 && codePoint <= 0x097f) ||
  (codePoint >= 0xa8e0 && codePoint <= 0xa8ff) ||
  (codePoint >= 0x1cd0 && codePoint <= 0x1cff) ||
  codePoint === 0x200c ||
  codePoint === 0x200d ||
  codePoint === 0x20b9 ||
  codePoint === 0x25cc;

/** The text cut into runs of one font each; a space stays with the run it is in. */
function runsOf(text: string): { subset: Subset; text: string }[] {
  const runs: { subset: Subset; text: string }[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const last = runs.at(-1);
    const subset: Subset = char === " " && last ? last.subset : isDevanagari(codePoint) ? "devanagari" : "latin";
    if (last && last.subset === subset) last.text += char;
    else runs.push({ subset, text: char });
  }
  return runs;
}

type Placed = { commands: PathCommand[]; x: number; y: number };
type Shaped = { width: number; glyphs: Placed[] };

/** One piece of text laid out from x = 0 on the baseline, in font units scaled to `size`. */
async function shapeLine(text: string, size: number, weight: Weight): Promise<Shaped> {
  const glyphs: Placed[] = [];
  let x = 0;
  for (const run of runsOf(text)) {
    const font = await fontFor(run.subset, weight);
    const scale = size / font.unitsPerEm;
    const laid = font.layout(run.text);
    laid.glyphs.forEach((glyph, index) => {
      const position = laid.positions[index]!;
      glyphs.push({
        commands: glyph.path.commands.map(({ command, args }) => ({ command, args: args.map((value) => value * scale) })),
        x: x + position.xOffset * scale,
        y: position.yOffset * scale,
      });
      x += position.xAdvance * scale;
    });
  }
  return { width: x, glyphs };
}

const LETTERS: Record<PathCommand["command"], string> = {
  moveTo: "M",
  lineTo: "L",
  quadraticCurveTo: "Q",
  bezierCurveTo: "C",
  closePath: "Z",
};

/** Outline commands as SVG path data, moved to (left, baseline) and turned right way up (fonts draw y upwards). */
function pathData(glyphs: Placed[], left: number, baseline: number): string {
  const round = (value: number) => String(Math.round(value * 100) / 100);
  return glyphs
    .map(({ commands, x, y }) =>
      commands
        .map(({ command, args }) => {
          const points: string[] = [];
          for (let index = 0; index + 1 < args.length; index += 2) {
            points.push(`${round(left + x + args[index]!)} ${round(baseline - y - args[index + 1]!)}`);
          }
          return `${LETTERS[command]}${points.join(" ")}`;
        })
        .join(""),
    )
    .join("");
}

/**
 * The text shaped, wrapped at spaces to `maxWidth` and drawn as one SVG the size of its lines:
 * a box the card's layout places like any other.
 */
export async function shapedText(text: string, { size, weight, color, maxWidth, lineHeight = 1.3 }: ShapedStyle): Promise<ShapedText> {
  const words = text.split(/\s+/).filter(Boolean);
  const space = (await shapeLine(" ", size, weight)).width;
  const lines: Shaped[] = [];
  let current: { text: string; width: number } | null = null;
  for (const word of words) {
    const width = (await shapeLine(word, size, weight)).width;
    if (current && maxWidth !== undefined && current.width + space + width > maxWidth) {
      lines.push(await shapeLine(current.text, size, weight));
      current = null;
    }
    current = current ? { text: `${current.text} ${word}`, width: current.width + space + width } : { text: word, width };
  }
  if (current) lines.push(await shapeLine(current.text, size, weight));

  const devanagari = await fontFor("devanagari", weight);
  const ascent = (devanagari.ascent / devanagari.unitsPerEm) * size;
  const descent = (-devanagari.descent / devanagari.unitsPerEm) * size;
  const step = size * lineHeight;
  // Half the leading above the first line, as CSS does; never less room than the font's own.
  const top = Math.max(0, (step - ascent - descent) / 2) + ascent;
  const width = Math.ceil(Math.max(0, ...lines.map((line) => line.width)));
  const height = Math.ceil(Math.max(step * lines.length, top + step * (lines.length - 1) + descent));
  const d = lines.map((line, index) => pathData(line.glyphs, 0, top + index * step)).join("");
  const element = (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} xmlns="http://www.w3.org/2000/svg">
      <path d={d} fill={color} />
    </svg>
  );
  return { width, height, lines: lines.length, element };
}
