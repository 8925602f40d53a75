/**
 * The language switch's font: the given letters cut from a face with HarfBuzz's subsetter
 * (subset-font), keeping the shaping tables, so "हिन्दी" joins its conjunct and places its matras as
 * the whole face would. The same input gives the same bytes (tests/unit/result-words.test.ts).
 */
import subsetFont from "subset-font";

export async function languageNamesFont(face: Buffer, letters: string): Promise<Buffer> {
  return subsetFont(face, letters, { targetFormat: "woff2" });
}
