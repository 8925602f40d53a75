/**
 * The only inline <style> element the app renders: the focus and hover rules of the global error
 * page, which replaces the root layout and so cannot load the site's stylesheet. The
 * Content-Security-Policy allows it by its SHA-256 hash (lib/security/headers.ts), so a change
 * here changes the policy with it. Any new inline <style> must be listed here too.
 */
export const globalErrorCss = `
  .ge-focus:focus-visible { outline: 3px solid #0f766e; outline-offset: 3px; }
  .ge-focus:hover { filter: brightness(0.95); }
`;

export const inlineStyles = [globalErrorCss];
