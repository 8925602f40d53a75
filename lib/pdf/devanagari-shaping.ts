/**
 * Two fixes, on the Devanagari faces only, for how fontkit (which shapes the text) and React-PDF's
 * text layout (which breaks it into lines) hand characters to each other. The layout finds each
 * character's glyphs by counting the characters every glyph says it was shaped from, and cuts runs
 * and lines at characters; Devanagari breaks both of its assumptions. Latin text never meets
 * either case, and Geist is not touched, so English documents are unchanged.
 *
 * 1. fontkit caches a glyph by its id with the characters it was first shaped from and hands that
 *    same object back later (foliojs/fontkit#154, open). Devanagari shares glyphs between
 *    clusters (a matra with or without an anusvara, the second stroke of ऐ or ई), so the layout
 *    counted characters of another word and cut a cluster at a line's end, drawing its rest alone:
 *    "रख◌े" for "रखें". Each lookup now gets a copy of the cached glyph (same outline and metrics)
 *    with the characters it was shaped from this time.
 * 2. The font draws ऐ and ई as two glyphs, the second shaped from no character. At a word's start
 *    (a line's or a run's first word) the layout starts from the last glyph of the first
 *    character, so the first glyph was lost: "ॆसे" for "ऐसे". The next character of the word is
 *    now counted on that second glyph, so a word's first character is its first glyph only.
 *    (A word that is only ऐ or ई has no next character to count, and keeps the layout's behaviour.)
 */

/** The parts of a fontkit font and its glyphs that the fixes touch. */
export interface ShapingFont {
  getGlyph(id: number, codePoints?: number[]): ShapedGlyph | null;
  layout(...args: unknown[]): { glyphs: ShapedGlyph[] };
}

interface ShapedGlyph {
  codePoints: number[];
  isMark: boolean;
  isLigature: boolean;
}

const MARK = /^\p{M}$/u;
const SPACE = /^\s$/u;

const sameCodePoints = (a: number[], b: number[]) => a.length === b.length && a.every((code, index) => code === b[index]);

/** A glyph like `glyph` (the same cached outline and metrics) shaped from `codePoints`. */
function withCodePoints(glyph: ShapedGlyph, codePoints: number[]): ShapedGlyph {
  const copy = Object.create(Object.getPrototypeOf(glyph), Object.getOwnPropertyDescriptors(glyph)) as ShapedGlyph;
  copy.codePoints = codePoints;
  copy.isMark = codePoints.length > 0 && codePoints.every((code) => MARK.test(String.fromCodePoint(code)));
  copy.isLigature = codePoints.length > 1;
  return copy;
}

const isSpace = (glyph: ShapedGlyph | undefined) =>
  glyph !== undefined && glyph.codePoints.length > 0 && glyph.codePoints.every((code) => SPACE.test(String.fromCodePoint(code)));

/**
 * Fix 2 on one shaped run: where a word's second glyph was shaped from no character, the word's
 * next character moves onto it from the glyph that had it (the glyphs in between have none), so
 * the characters stay in order and add up to the same count.
 */
function countWordStarts(glyphs: ShapedGlyph[]): void {
  for (let second = 1; second < glyphs.length; second += 1) {
    const first = glyphs[second - 1]!;
    const wordStart = second === 1 || isSpace(glyphs[second - 2]);
    if (!wordStart || glyphs[second]!.codePoints.length > 0 || first.codePoints.length === 0 || isSpace(first)) continue;
    for (let next = second + 1; next < glyphs.length && !isSpace(glyphs[next]); next += 1) {
      const [moved, ...rest] = glyphs[next]!.codePoints;
      if (moved === undefined) continue;
      glyphs[second] = withCodePoints(glyphs[second]!, [moved]);
      glyphs[next] = withCodePoints(glyphs[next]!, rest);
      break;
    }
  }
}

const fixed = new WeakSet<object>();

/** Applies both fixes to a loaded Devanagari face, once. */
export function fixDevanagariShaping(font: ShapingFont): void {
  if (fixed.has(font)) return;
  fixed.add(font);
  const cachedGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, codePoints = []) => {
    const glyph = cachedGlyph(id, codePoints);
    return !glyph || sameCodePoints(glyph.codePoints, codePoints) ? glyph : withCodePoints(glyph, codePoints);
  };
  const layout = font.layout.bind(font);
  font.layout = (...args) => {
    const run = layout(...args);
    countWordStarts(run.glyphs);
    return run;
  };
}
