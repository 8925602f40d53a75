/** Exactly what a counsellor sees when a result is shared with them (the invite page and the quiz say the same). */
export function SharedItems({ className }: { className?: string }) {
  return (
    <ul
      className={["list-disc space-y-1.5 pl-5 leading-relaxed text-slate-800 marker:text-brand-700", className].filter(Boolean).join(" ")}
    >
      <li>the name you give, and your email if you add it;</li>
      <li>your answers to every question;</li>
      <li>
        your full fit report: the overall score and band, the score for each part, your strengths, skill gaps and not-ideal
        flags, and the date you took it.
      </li>
    </ul>
  );
}
