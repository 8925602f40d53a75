"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { medicalCoderProfile } from "@/lib/profiles";
import { namers, profileNames, type Namers, type ProfileNames } from "@/lib/counsellor/names";

/** English, the profile's own names: what a component rendered outside the workspace's provider shows. */
const english = profileNames(medicalCoderProfile);

const NamesContext = createContext<ProfileNames>(english);

/**
 * The profile's names in the page's language for the counsellor's client components (band,
 * skill, flag and background names of a result row). The counsellor layout gives them, worded on
 * the server from the profile in the page's language.
 */
export function ProfileNamesProvider({ names, children }: { names: ProfileNames; children: ReactNode }) {
  return <NamesContext.Provider value={names}>{children}</NamesContext.Provider>;
}

export function useProfileNames(): Namers {
  const names = useContext(NamesContext);
  return useMemo(() => namers(names), [names]);
}
