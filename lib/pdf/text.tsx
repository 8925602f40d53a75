import { Text as PdfText } from "@react-pdf/renderer";
import type { ComponentProps } from "react";

/**
 * React-PDF's Text, which never breaks a line inside a word. The layout can break where a word
 * changes font without a space, and adds a hyphen there: Devanagari and the Latin digits and
 * punctuation next to it come from two fonts ("गुण)", "₹2.5", "ई-मेल"), so a Hindi line could end
 * in "गुण-" with the ")" on the next. The layout's highest penalty rules those breaks out. Words
 * are never hyphenated anyway (fonts.ts), and an English document has no such font change inside a
 * word, so its lines come out as before. (A prop on every Text, not a React context: the PDF
 * routes render under the react-server condition, which has no createContext.)
 */
const NEVER = 10000;

export function Text(props: ComponentProps<typeof PdfText>) {
  return <PdfText hyphenationPenalty={NEVER} {...props} />;
}
