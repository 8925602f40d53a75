import type { ReactNode } from "react";
import { WorkspaceNav } from "@/components/counsellor/workspace-nav";
import { getCounsellor } from "@/lib/auth/session";

/**
 * The workspace navigation. Every page behind it calls requireCounsellor with its own path, so a
 * signed-out visitor is sent to sign in and brought back to that page (a layout does not know
 * the path, so it leaves the redirect to the page and renders no navigation without a session).
 * tests/e2e/counsellor-access.api.spec.ts checks every page does.
 */
export default async function CounsellorWorkspaceLayout({ children }: { children: ReactNode }) {
  const counsellor = await getCounsellor();
  if (!counsellor) return children;

  return (
    <>
      <WorkspaceNav name={counsellor.name} />
      {children}
    </>
  );
}
