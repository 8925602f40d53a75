"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentType, type FormEvent } from "react";
import type { ShareListItem } from "@/lib/quiz/invite";
import type { ShareCodeFormProps } from "./share-code-form";
import {
  SHARE_CODE_CHECKBOXES,
  SHARE_CODE_FIELD_IDS,
  SHARE_CODE_FIELDS,
  ShareCodeFormView,
  type ShareCodeField,
  type ShareCodeFormValues,
} from "./share-code-form-view";

/** The live form's module: react-hook-form, zod and the shared schema come with it, not with the report. */
const loadLiveForm = () => import("./share-code-form").then((module) => module.ShareCodeForm);

/** How far below the screen the form may be when its code starts loading. */
const LOAD_MARGIN = "600px 0px";

type Handover = {
  values: Partial<ShareCodeFormValues>;
  /** The field that had focus, and where the caret was in it. */
  focus: { field: ShareCodeField; start: number | null; end: number | null } | null;
  submit: boolean;
};

function handoverFrom(form: HTMLFormElement | null, submit: boolean): Handover {
  const values: Partial<ShareCodeFormValues> = {};
  let focus: Handover["focus"] = null;
  if (form) {
    for (const field of SHARE_CODE_FIELDS) {
      const input = form.elements.namedItem(field);
      if (!(input instanceof HTMLInputElement)) continue;
      if (SHARE_CODE_CHECKBOXES.includes(field)) (values as Record<string, unknown>)[field] = input.checked;
      else (values as Record<string, unknown>)[field] = input.value;
      if (document.activeElement === input) focus = { field, start: input.selectionStart, end: input.selectionEnd };
    }
  }
  return { values, focus, submit };
}

/** Puts focus, and the caret, back where they were in the stand-in. */
function restoreFocus(focus: Handover["focus"]) {
  if (!focus) return;
  const input = document.getElementById(SHARE_CODE_FIELD_IDS[focus.field]);
  if (!(input instanceof HTMLInputElement)) return;
  input.focus();
  if (focus.start !== null && focus.end !== null) {
    try {
      input.setSelectionRange(focus.start, focus.end);
    } catch {
      // Email inputs and checkboxes have no caret to set.
    }
  }
}

/**
 * "Share with a counsellor" on the report, without its cost on the report's first load. The form
 * sits near the end of a long page and most readers never use it, yet its validation (zod and
 * react-hook-form) would be most of the report's own JavaScript. So the report renders a stand-in
 * with the same markup and plain inputs, and loads the live form when the section comes within
 * 600 px of the screen, or as soon as anyone touches it. What was typed, the focus and a submit
 * made before then carry over; if the code cannot load, the stand-in says so and keeps the text.
 */
export function DeferredShareCodeForm({
  assessmentId,
  ownerKey,
  onShared,
}: {
  assessmentId: string;
  ownerKey: string;
  onShared: (share: ShareListItem) => void;
}) {
  const t = useTranslations("share.codeForm");
  const [live, setLive] = useState<{ Form: ComponentType<ShareCodeFormProps> } | null>(null);
  // Read from the stand-in while rendering the swap, not when the code arrives: render and commit
  // run in one task, so no keystroke can fall between what is read here and the live form.
  const handover = useRef<Handover | null>(null);
  const [waiting, setWaiting] = useState(false);
  const [failed, setFailed] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const loading = useRef<Promise<void> | null>(null);
  const submitted = useRef(false);

  // Asked for on every touch, loaded once: later calls find the load under way.
  const load = useCallback(() => {
    loading.current ??= loadLiveForm().then(
      (Form) => setLive({ Form }),
      () => {
        // Offline, say: forget the attempt so the next touch tries again.
        loading.current = null;
        if (submitted.current) {
          submitted.current = false;
          setWaiting(false);
          setFailed(true);
        }
      },
    );
  }, []);

  useEffect(() => {
    const form = formRef.current;
    if (!form || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          load();
        }
      },
      { rootMargin: LOAD_MARGIN },
    );
    observer.observe(form);
    return () => observer.disconnect();
  }, [load]);

  // Before the browser handles another event: a keystroke must land in the live field, not on the page.
  useLayoutEffect(() => {
    if (live && handover.current && !handover.current.submit) restoreFocus(handover.current.focus);
  }, [live]);

  if (live) {
    // The stand-in is still in the page during this render (refs let go at commit).
    const { values, submit } = (handover.current ??= handoverFrom(formRef.current, submitted.current));
    return <live.Form assessmentId={assessmentId} ownerKey={ownerKey} onShared={onShared} initialValues={values} submitOnMount={submit} />;
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submitted.current = true;
    setWaiting(true);
    setFailed(false);
    load();
  };

  return (
    <div onFocusCapture={load} onPointerDownCapture={load}>
      <ShareCodeFormView
        formRef={formRef}
        bind={(field) => ({ name: field, ...(SHARE_CODE_CHECKBOXES.includes(field) ? { defaultChecked: false } : { defaultValue: "" }) })}
        saving={waiting}
        alert={failed ? t("loadFailed") : null}
        onSubmit={submit}
      />
    </div>
  );
}
