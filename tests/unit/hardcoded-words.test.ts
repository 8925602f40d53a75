import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hardcodedWordsIn, hasWords, tsxFiles } from "../../scripts/hardcoded-words";

describe("words a person reads come from the message files", () => {
  it("finds JSX text and read attributes, and lets names, numbers and punctuation through", () => {
    const found = hardcodedWordsIn(
      "probe.tsx",
      `export const A = () => (
        <div title="Open the menu" data-x="left alone">
          <h1>Your report</h1>
          <p>{t("ok")}</p>
          <span aria-label={"Close it"}>×</span>
          <b>Coder Fit</b> <i>ICD-10-CM · CPT</i> <em>42%</em>
          <img alt="" />
        </div>
      );`,
    );
    expect(found.map((word) => word.text)).toEqual(["Open the menu", "Your report", "Close it"]);
    expect(hasWords("— 3 / 4 ·")).toBe(false);
    expect(hasWords("CPC, AAPC")).toBe(false);
  });

  it("no component or page has a word written into it (scripts/hardcoded-words.ts lists them)", () => {
    const found = tsxFiles(["app", "components"]).flatMap((file) => hardcodedWordsIn(file, readFileSync(file, "utf8")));
    expect(found.map((word) => `${word.file}:${word.line}  ${word.text}`)).toEqual([]);
  });
});
