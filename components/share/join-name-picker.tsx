"use client";

import { useLocale, useTranslations } from "next-intl";
import { getPathname, useRouter } from "@/lib/i18n/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/quiz/button";
import { Icon } from "@/components/ui/icon";
import { markStarted, type RosterName } from "@/lib/quiz/invite";
import { RosterNameSelect } from "./roster-name-select";

export type JoinNamePickerProps = {
  inviteToken: string;
  counsellorName: string;
  names: RosterName[];
};

/**
 * On an invite page whose cohort has a roster: "Pick your name", then start. The pick marks the
 * student as started on the counsellor's roster and goes with the invite into the quiz, where the
 * share step has it preselected. Without JavaScript the form still opens the quiz (a plain GET).
 */
export function JoinNamePicker({ inviteToken, counsellorName, names }: JoinNamePickerProps) {
  const router = useRouter();
  const t = useTranslations("join.pick");
  const locale = useLocale();
  const [entry, setEntry] = useState("");
  const [busy, setBusy] = useState(false);

  const start = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    // Best effort: the quiz opens whether or not the roster could be told.
    if (entry) await markStarted(inviteToken, entry);
    const query = new URLSearchParams({ invite: inviteToken, ...(entry ? { entry } : {}) });
    router.push(`/assessment?${query.toString()}`);
  };

  return (
    <form action={getPathname({ href: "/assessment", locale })} method="get" onSubmit={start} className="mt-6 max-w-xl space-y-4">
      <input type="hidden" name="invite" value={inviteToken} />
      <p className="leading-relaxed text-pretty text-slate-700">{t("lead", { who: counsellorName })}</p>
      <RosterNameSelect id="join-roster-entry" name="entry" names={names} who={counsellorName} value={entry} onChange={(event) => setEntry(event.target.value)} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="submit" aria-disabled={busy || undefined} className="w-full sm:w-auto sm:px-8">
          {t("start")}
          <Icon name="arrowRight" />
        </Button>
        <p className="text-sm leading-relaxed text-slate-700">{t("chooseAtEnd")}</p>
      </div>
    </form>
  );
}
