"use client";

import { createAuthClient } from "better-auth/react";

/** Better Auth's browser client, on this site's /api/auth. */
export const authClient = createAuthClient();
