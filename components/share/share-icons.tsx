/**
 * The share menu's own line icons, drawn like components/ui/icon.tsx (24-unit grid, 1.8 stroke)
 * so they sit beside it unnoticed. Decorative: the buttons carry the words.
 */
const paths = {
  // The three joined dots Android shows for sharing: most of our readers are on Android phones.
  share: (
    <>
      <circle cx="18" cy="5.5" r="2.5" />
      <circle cx="6" cy="12" r="2.5" />
      <circle cx="18" cy="18.5" r="2.5" />
      <path d="m8.2 10.8 7.6-4.1M8.2 13.2l7.6 4.1" />
    </>
  ),
  // A speech bubble with a tail at the lower left, the outline WhatsApp's own mark is known by.
  chat: (
    <>
      <path d="M4.5 20.5 5.7 16.6A8.5 8.5 0 1 1 8.9 19.6Z" />
      <path d="M9 9.5c0 2.8 2.7 5.5 5.5 5.5l1.2-1.4-2-1-.9.8a4.2 4.2 0 0 1-2.2-2.2l.8-.9-1-2Z" strokeWidth="1.4" />
    </>
  ),
  mail: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3.5 6.5 8.5 6.5 8.5-6.5" />
    </>
  ),
  close: <path d="M6 6l12 12M18 6 6 18" />,
} as const;

export type ShareIconName = keyof typeof paths;

export function ShareIcon({ name, className }: { name: ShareIconName; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className ?? "size-5"}
      aria-hidden="true"
      focusable="false"
    >
      {paths[name]}
    </svg>
  );
}
