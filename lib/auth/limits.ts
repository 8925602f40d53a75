/** Shared by the server config and the forms, so both state the same rules. */
export const AUTH_LIMITS = {
  minPasswordLength: 10,
  maxPasswordLength: 128,
  /** Per client address: five sign-in attempts a minute, then a wait. */
  signIn: { window: 60, max: 5 },
  signUp: { window: 60, max: 5 },
} as const;
