import type { ReactNode } from "react";
import { ImageResponse } from "next/og";
import { LogoMark } from "@/components/ui/logo-mark";
import { needsShaping, shapedText } from "./shaped-text";

export const shareCardSize = { width: 1200, height: 630 };

type ShareCardProps = {
  eyebrow: string;
  headline: string;
  line: string;
  button: string;
  /**
   * Keeps a long bottom line to this width, 32 px clear of the button; without it the line takes
   * the room it needs. (Satori fails on a style key whose value is undefined: leave keys out.)
   */
  lineWidth?: number;
};

const PADDING = { x: 80, y: 72 };
const INNER = { width: shareCardSize.width - 2 * PADDING.x, height: shareCardSize.height - 2 * PADDING.y };
const LOGO = 84;
const GAP = 24;
const BUTTON_PADDING = { x: 30, y: 14 };
const COLOURS = { eyebrow: "#0b5f59", text: "#0f172a", line: "#334155", button: "#ffffff" };

type Slots = {
  eyebrow: ReactNode;
  headline: ReactNode;
  line: ReactNode;
  button: ReactNode;
  lineWidth?: number | undefined;
  /** The texts are shaped outlines (elements, which satori lays out only in a flex box), not text. */
  shaped?: boolean;
};

/** The card's layout, with its four texts given as text (English) or as shaped outlines (Hindi). */
function layout({ eyebrow, headline, line, button, lineWidth, shaped = false }: Slots) {
  const box = shaped ? { display: "flex" } : {};
  const gap = shaped || Boolean(lineWidth);
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: `${PADDING.y}px ${PADDING.x}px`,
        background: "linear-gradient(135deg, #f0faf8 0%, #d9f1ec 100%)",
        color: COLOURS.text,
        fontFamily: "sans-serif",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
        <LogoMark size={LOGO} />
        <div style={{ fontSize: 52, fontWeight: 700, letterSpacing: -1 }}>Coder Fit</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: GAP }}>
        <div style={{ ...box, fontSize: 30, fontWeight: 600, color: COLOURS.eyebrow, textTransform: "uppercase", letterSpacing: 2 }}>{eyebrow}</div>
        <div style={{ ...box, fontSize: 76, fontWeight: 700, lineHeight: 1.1, letterSpacing: -2, maxWidth: 1000 }}>{headline}</div>
      </div>
      <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", ...(gap ? { gap: 32 } : {}), fontSize: 28, color: COLOURS.line }}>
        <div style={{ display: "flex", ...(lineWidth ? { maxWidth: lineWidth } : {}) }}>{line}</div>
        <div
          style={{
            display: "flex",
            background: "#0f766e",
            color: COLOURS.button,
            borderRadius: 999,
            padding: `${BUTTON_PADDING.y}px ${BUTTON_PADDING.x}px`,
            fontWeight: 600,
          }}
        >
          {button}
        </div>
      </div>
    </div>
  );
}

/**
 * The card with its texts shaped (shaped-text.tsx), for a language the renderer cannot set
 * itself. The headline steps down in size until it fits between the mark and the bottom row.
 */
async function shapedLayout({ eyebrow, headline, line, button, lineWidth }: ShareCardProps) {
  const shapedButton = await shapedText(button, { size: 28, weight: 600, color: COLOURS.button, lineHeight: 1.2 });
  const lineRoom = lineWidth ?? INNER.width - (shapedButton.width + 2 * BUTTON_PADDING.x) - 32;
  const shapedLine = await shapedText(line, { size: 28, weight: 400, color: COLOURS.line, maxWidth: lineRoom });
  const shapedEyebrow = await shapedText(eyebrow, { size: 30, weight: 600, color: COLOURS.eyebrow, maxWidth: INNER.width, lineHeight: 1.2 });
  const bottom = Math.max(shapedLine.height, shapedButton.height + 2 * BUTTON_PADDING.y);
  // What is left for the headline, keeping at least a gap's room above and below the middle block.
  const room = INNER.height - LOGO - bottom - shapedEyebrow.height - GAP - 2 * GAP;
  let shapedHeadline = await shapedText(headline, { size: 76, weight: 700, color: COLOURS.text, maxWidth: 1000, lineHeight: 1.25 });
  for (const size of [68, 60, 52, 46]) {
    if (shapedHeadline.height <= room) break;
    shapedHeadline = await shapedText(headline, { size, weight: 700, color: COLOURS.text, maxWidth: 1000, lineHeight: 1.25 });
  }
  return layout({
    eyebrow: shapedEyebrow.element,
    headline: shapedHeadline.element,
    line: shapedLine.element,
    button: shapedButton.element,
    lineWidth,
    shaped: true,
  });
}

/**
 * The site's share card (Open Graph image, 1200 × 630): the Coder Fit mark and name, an eyebrow, a
 * headline, a line and a button-shaped call to action. English is set in the renderer's built-in
 * font (no downloads); Hindi is shaped from Noto Sans Devanagari on disk (shaped-text.tsx). Used by
 * the report's card and the career pages' cards.
 */
export async function shareCard(props: ShareCardProps): Promise<ImageResponse> {
  const { eyebrow, headline, line, button, lineWidth } = props;
  const shaped = [eyebrow, headline, line, button].some(needsShaping);
  return new ImageResponse(shaped ? await shapedLayout(props) : layout({ eyebrow, headline, line, button, lineWidth }), { ...shareCardSize });
}
