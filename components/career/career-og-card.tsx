import { ImageResponse } from "next/og";
import { careerWords } from "@/lib/career/words";

export const careerCardSize = { width: 1200, height: 630 };

/**
 * A career page's share card: the same look as the report's, with the page's own headline and
 * line. Built-in font only.
 */
export function careerCard({ headline, line }: { headline: string; line: string }) {
  const { meta } = careerWords;
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
          <svg width="84" height="84" viewBox="0 0 32 32">
            <rect width="32" height="32" rx="8" fill="#0f766e" />
            <path
              d="M11 10.5 6.5 16l4.5 5.5M21 10.5l4.5 5.5-4.5 5.5"
              fill="none"
              stroke="#d9f1ec"
              strokeWidth="2.2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
            <path d="m12.8 16.3 2.4 2.4 4.2-5" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <div style={{ fontSize: 52, fontWeight: 700, letterSpacing: -1 }}>Coder Fit</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
          <div style={{ fontSize: 30, fontWeight: 600, color: "#0b5f59", textTransform: "uppercase", letterSpacing: 2 }}>{meta.ogEyebrow}</div>
          <div style={{ fontSize: 76, fontWeight: 700, lineHeight: 1.1, letterSpacing: -2, maxWidth: 1000 }}>{headline}</div>
        </div>
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", gap: 32, fontSize: 28, color: "#334155" }}>
          <div style={{ display: "flex", maxWidth: 700 }}>{line}</div>
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
            {meta.ogButton}
          </div>
        </div>
      </div>
    ),
    { ...careerCardSize },
  );
}
