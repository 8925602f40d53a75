export type LogoMarkProps = {
  className?: string;
  /** Width and height in pixels, where no stylesheet sizes it (the share card's image). */
  size?: number;
};

/** The Coder Fit mark: a rounded square holding a check inside code brackets. Decorative. */
export function LogoMark({ className, size }: LogoMarkProps) {
  return (
    <svg viewBox="0 0 32 32" width={size} height={size} className={className} aria-hidden="true" focusable="false">
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
  );
}
