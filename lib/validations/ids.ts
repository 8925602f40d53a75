import { z } from "zod";

/** Ids made by lib/ids.ts (144 random bits, base64url). Light on purpose: the quiz bundle imports it. */
export const entityIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, "This is not a valid id.");
