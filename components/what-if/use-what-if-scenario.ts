"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import type { CareerProfile } from "@/lib/profiles";
import { resultInMarket } from "@/lib/report/market-words";
import { scoreAssessment } from "@/lib/results/score";
import type { AssessmentResult } from "@/lib/results/types";
import type { Answers } from "@/lib/scoring/answers";
import { applyScenario, decodeScenario, isEmptyScenario, normaliseScenario, scenarioDiff, type Scenario, type WhatIfWords } from "@/lib/what-if";

/** Performance marks around one update, read by the e2e timing check. */
const MARK_CHANGE = "what-if:change";
const MARK_RENDERED = "what-if:rendered";
const MARK_FRAME = "what-if:frame";
/** From the input change to the new result in the DOM (effects run). */
const MEASURE_UPDATE = "what-if:update";
/** From the input change to the next animation frame, which paints it. */
const MEASURE_FRAME = "what-if:update-to-frame";

function initialState(answers: Answers, code: string, profile: CareerProfile, t: WhatIfWords): { scenario: Scenario; error: string | null } {
  const decoded = decodeScenario(code, profile, t, answers);
  return decoded.ok ? { scenario: normaliseScenario(answers, decoded.scenario), error: null } : { scenario: {}, error: decoded.message };
}

/**
 * What-if's state: the scenario (started from a shared link's code, or a calm message when the
 * code does not read), the result before and after it, scored again in the page's language with
 * the profile in that language, and what changed. `update` applies a change and marks the time
 * it takes to show (read by the browser timing check).
 */
export function useWhatIfScenario(answers: Answers, initialCode: string, profile: CareerProfile) {
  const t = useTranslations("whatIf");
  const locale = useLocale();
  const [start] = useState(() => initialState(answers, initialCode, profile, t));
  const [scenario, setScenario] = useState<Scenario>(start.scenario);
  const [linkError, setLinkError] = useState<string | null>(start.error);
  const [copied, setCopied] = useState(false);
  const pending = useRef(false);

  const before = useMemo(() => resultInMarket(scoreAssessment(profile, answers, locale), profile), [answers, profile, locale]);
  const after = useMemo<AssessmentResult>(
    () =>
      isEmptyScenario(scenario) ? before : resultInMarket(scoreAssessment(profile, applyScenario(answers, scenario, profile), locale), profile),
    [answers, before, scenario, profile, locale],
  );
  const diff = useMemo(() => scenarioDiff(before, after, scenario, profile, t), [before, after, scenario, profile, t]);
  // The score, band and components update at once; the longer explanation lists may follow a
  // frame later, so typing through changes on a slow phone stays responsive.
  const details = useDeferredValue(diff);

  // Once the new result is in the DOM, close the timing measures begun in the change handler.
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    performance.mark(MARK_RENDERED);
    performance.measure(MEASURE_UPDATE, MARK_CHANGE, MARK_RENDERED);
    // And until the next frame, in which the new result is painted.
    requestAnimationFrame(() => {
      performance.mark(MARK_FRAME);
      performance.measure(MEASURE_FRAME, MARK_CHANGE, MARK_FRAME);
    });
  }, [after]);

  const update = useCallback(
    (change: (current: Scenario) => Scenario) => {
      performance.mark(MARK_CHANGE);
      pending.current = true;
      setCopied(false);
      setLinkError(null);
      setScenario((current) => normaliseScenario(answers, change(current)));
    },
    [answers],
  );
  const setBackground = useCallback((value: string) => update((current) => ({ ...current, background: value })), [update]);
  const setSkill = useCallback(
    (skillId: string, level: number) => update((state) => ({ ...state, skills: { ...state.skills, [skillId]: level } })),
    [update],
  );


  return { scenario, linkError, copied, setCopied, before, after, diff, details, update, setBackground, setSkill };
}
