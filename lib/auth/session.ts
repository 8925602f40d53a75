import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { ApiError } from "@/lib/errors";
import { asDatabaseOutage } from "@/lib/db-outage";
import { counsellorReturnPath } from "@/lib/validations/redirect";
import { getAuth } from "./server";

export interface Counsellor {
  id: string;
  name: string;
  email: string;
}

async function sessionFrom(requestHeaders: Headers): Promise<Counsellor | null> {
  // Better Auth reports a session lookup the database could not answer as its own 500 error;
  // ours says "outage", so pages and route handlers answer 503 (lib/db-outage.ts).
  const session = await getAuth()
    .api.getSession({ headers: requestHeaders })
    .catch((error: unknown) => {
      throw asDatabaseOutage(error);
    });
  if (!session) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email };
}

/** The signed-in counsellor for a page or server action, or null. */
export async function getCounsellor(): Promise<Counsellor | null> {
  return sessionFrom(await headers());
}

/** Only a page of the counsellor workspace on this site is followed after sign-in (see counsellorReturnPath). */
export function safeNextPath(next: string | null | undefined, fallback = "/counsellor"): string {
  return counsellorReturnPath(next, fallback);
}

/** For counsellor pages: the counsellor, or a redirect to sign-in that comes back here. */
export async function requireCounsellor(returnTo: string): Promise<Counsellor> {
  const counsellor = await getCounsellor();
  if (!counsellor) return redirect({ href: `/counsellor/sign-in?next=${encodeURIComponent(safeNextPath(returnTo))}`, locale: await getLocale() });
  return counsellor;
}

export const signInRequired = () =>
  new ApiError(401, "Sign in as a counsellor to see this. Your session may have ended.", [], {
    "WWW-Authenticate": 'Cookie realm="counsellor"',
  });

/** For counsellor route handlers: the counsellor, or a 401 with a plain message. */
export async function requireCounsellorApi(request: Request): Promise<Counsellor> {
  const counsellor = await sessionFrom(request.headers);
  if (!counsellor) throw signInRequired();
  return counsellor;
}
