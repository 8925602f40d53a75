import { ImageResponse } from "next/og";
import { LogoMark } from "@/components/ui/logo-mark";

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

/**
 * The site's share card (Open Graph image, 1200 × 630): the Coder Fit mark and name, an eyebrow, a
 * headline, a line and a button-shaped call to action. Built-in font only (no downloads). Used by
 * the report's card and the career pages' cards.
 */
export function shareCard({ eyebrow, headline, line, button, lineWidth }: ShareCardProps) {
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "72px 80px",
          background: "linear-gradient(135deg, #f0faf8 0%, #d9f1ec 100%)",
          color: "#0f172a",
          fontFamily: "sans-serif",
        }}
      >
        <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
          <LogoMark size={84} />
          <div style={{ fontSize: 52, fontWeight: 700, letterSpacing: -1 }}>Coder Fit</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
          <div style={{ fontSize: 30, fontWeight: 600, color: "#0b5f59", textTransform: "uppercase", letterSpacing: 2 }}>{eyebrow}</div>
          <div style={{ fontSize: 76, fontWeight: 700, lineHeight: 1.1, letterSpacing: -2, maxWidth: 1000 }}>{headline}</div>
        </div>
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", ...(lineWidth ? { gap: 32 } : {}), fontSize: 28, color: "#334155" }}>
          <div style={{ display: "flex", ...(lineWidth ? { maxWidth: lineWidth } : {}) }}>{line}</div>
          <div
            style={{
              display: "flex",
              background: "#0f766e",
              color: "#ffffff",
              borderRadius: 999,
              padding: "14px 30px",
              fontWeight: 600,
            }}
          >
            {button}
          </div>
        </div>
      </div>
    ),
    { ...shareCardSize },
  );
}
