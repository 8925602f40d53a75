"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { actionButton } from "@/components/report/action-button";
import { Icon } from "@/components/ui/icon";
import { copyText } from "@/lib/clipboard";
import type { PageWords } from "@/lib/i18n/page-words";
import { buildShareMessage, emailLink, whatsAppLink, type ShareMessage } from "@/lib/share/message";
import { ShareIcon } from "./share-icons";

export type ShareButtonProps = (
  | { /** The result's id: the link is built on this page's origin. */ id: string; reportUrl?: never }
  | { /** The report's address, absolute or from the site root. */ reportUrl: string; id?: never }
) & {
  bandLabel: string;
  careerTitle: string;
};

type CopyState = "idle" | "copied" | "manual";

const subscribeToNothing = () => () => {};
const hasNativeShare = () => typeof navigator.share === "function";

/** The least gap kept between the floating menu and the window's edge. */
const VIEWPORT_MARGIN = 16;

/**
 * The message for the report on `origin`, in the page's language and with the link in it (an
 * address without a language gets the page's: /hi/report/<id> on a Hindi page); null when the
 * props do not name a report.
 */
function messageFor(
  { id, reportUrl, bandLabel, careerTitle }: ShareButtonProps,
  origin: string,
  locale: string,
  t: PageWords<"share">,
): ShareMessage | null {
  try {
    const address = new URL(id !== undefined ? `/report/${encodeURIComponent(id)}` : reportUrl, origin);
    return buildShareMessage({ reportUrl: address.href, bandLabel, careerTitle, locale }, t);
  } catch {
    return null;
  }
}

/**
 * "Share" for the report's read-only link. Where the browser has a share sheet (most phones) it
 * opens that; elsewhere, or when the sheet is refused, a small menu offers WhatsApp, email and
 * copying. The message names the band and carries the plain report link, never the owner key.
 */
export function ShareButton(props: ShareButtonProps) {
  const t = useTranslations("share");
  const locale = useLocale();
  // False on the server and during hydration, so both render the same button; true after mount
  // on browsers with a share sheet.
  const native = useSyncExternalStore(subscribeToNothing, hasNativeShare, () => false);
  const [share, setShare] = useState<ShareMessage | null>(null);
  const [copy, setCopy] = useState<CopyState>("idle");
  const wrapperRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const panelId = useId();
  const titleId = useId();
  const open = share !== null;

  function close(returnFocus: boolean) {
    setShare(null);
    if (returnFocus) buttonRef.current?.focus();
  }

  async function onShare() {
    if (open) return close(false);
    const made = messageFor(props, window.location.origin, locale, t);
    if (!made) return;
    if (native) {
      const data = { title: made.title, text: made.text, url: made.url };
      if (navigator.canShare?.(data) !== false) {
        try {
          await navigator.share(data);
          return;
        } catch (error) {
          // Closing the sheet is a choice, not a failure; anything else (not allowed, no target)
          // falls through to the menu.
          if ((error as { name?: unknown } | null)?.name === "AbortError") return;
        }
      }
    }
    setCopy("idle");
    setShare(made);
  }

  async function onCopy(tileButton: HTMLButtonElement, link: string) {
    const copied = await copyText(link);
    setCopy(copied ? "copied" : "manual");
    // The old way of copying moves focus to a field it then removes: bring it back.
    if (copied && document.activeElement === document.body) tileButton.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape" && open) {
      event.stopPropagation();
      close(true);
    }
  }

  // Outside the phone layout the menu floats under the button: nudge it left when the button sits
  // too near the right edge for the menu to fit.
  useLayoutEffect(() => {
    const panel = panelRef.current;
    const wrapper = wrapperRef.current;
    if (!open || !panel || !wrapper) return;
    const place = () => {
      panel.style.left = "";
      if (getComputedStyle(panel).position !== "absolute") return;
      const from = wrapper.getBoundingClientRect().left;
      const lastFit = document.documentElement.clientWidth - VIEWPORT_MARGIN - panel.offsetWidth;
      panel.style.left = `${Math.max(VIEWPORT_MARGIN, Math.min(from, lastFit)) - from}px`;
    };
    place();
    window.addEventListener("resize", place);
    return () => window.removeEventListener("resize", place);
  }, [open]);

  // A tap or click elsewhere closes the menu, as any menu does.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setShare(null);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  useEffect(() => {
    if (copy !== "manual") return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [copy]);

  // A result id or address that cannot make a report link gets no button rather than a dead one.
  if (!messageFor(props, "https://coderfit.invalid", locale, t)) return null;

  return (
    <div
      ref={wrapperRef}
      className="relative flex flex-col print-hidden"
      onKeyDown={onKeyDown}
      onBlur={() => {
        // Tabbing out of the menu closes it, so it never covers what gets focus next. Checked a
        // moment later: copying briefly focuses a field of its own, and focus going to another
        // window (a WhatsApp tab) leaves the body focused here, neither of which should close it.
        if (!open) return;
        window.setTimeout(() => {
          const active = document.activeElement;
          if (active && active !== document.body && !wrapperRef.current?.contains(active)) setShare(null);
        });
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={`${actionButton} aria-expanded:border-brand-700 aria-expanded:bg-brand-50 aria-expanded:text-brand-800`}
        aria-expanded={native && !open ? undefined : open}
        aria-controls={open ? panelId : undefined}
        onClick={() => void onShare()}
      >
        <ShareIcon name="share" className="size-5" />
        {t("button.share")}
      </button>
      {share ? (
        <div
          ref={panelRef}
          id={panelId}
          role="group"
          aria-labelledby={titleId}
          className="mt-2 w-full rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:absolute sm:top-full sm:left-0 sm:z-30 sm:w-[23rem] sm:shadow-lg"
        >
          <div className="flex items-start justify-between gap-2">
            <p id={titleId} className="pt-2.5 font-semibold text-slate-900">
              {t("button.panelTitle")}
            </p>
            <button
              type="button"
              aria-label={t("button.close")}
              onClick={() => close(true)}
              className="-mt-1 -mr-1 inline-flex size-11 shrink-0 items-center justify-center rounded-xl text-slate-600 hover:bg-slate-100 hover:text-slate-900"
            >
              <ShareIcon name="close" className="size-5" />
            </button>
          </div>
          <p className="mt-1 text-sm leading-relaxed text-pretty text-slate-700">{t("button.panelLead", { band: props.bandLabel })}</p>
          <div className="mt-4 grid grid-cols-3 gap-2">
            <a href={whatsAppLink(share)} target="_blank" rel="noopener noreferrer" className={tile}>
              <ShareIcon name="chat" className="size-6 text-brand-700" />
              {t("button.whatsApp")}
              <span className="sr-only"> {t("button.newTab")}</span>
            </a>
            <a href={emailLink(share)} className={tile}>
              <ShareIcon name="mail" className="size-6 text-brand-700" />
              {t("button.email")}
            </a>
            <button type="button" className={tile} onClick={(event) => void onCopy(event.currentTarget, share.url)}>
              <Icon name={copy === "copied" ? "check" : "link"} className="size-6 text-brand-700" />
              {copy === "copied" ? t("button.copyDone") : t("button.copy")}
            </button>
          </div>
          <p role="status" aria-live="polite" className={copy === "idle" ? "sr-only" : "mt-3 text-sm text-slate-700"}>
            {copy === "copied" ? t("button.copied") : copy === "manual" ? t("button.copyManual") : ""}
          </p>
          {copy === "manual" ? (
            <label className="mt-2 block text-sm font-semibold text-slate-800">
              {t("button.fieldLabel")}
              <input
                ref={fieldRef}
                readOnly
                value={share.url}
                onFocus={(event) => event.currentTarget.select()}
                className="mt-1 block w-full min-w-0 rounded-lg border border-slate-500 bg-white px-3 py-2 font-mono text-sm font-normal text-slate-900"
              />
            </label>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** One choice in the menu: icon over a short word, three to a row even at 360 px. */
const tile =
  "inline-flex min-h-19 min-w-0 flex-col items-center justify-center gap-1.5 rounded-xl border border-slate-300 bg-white px-1 py-2.5 text-center text-sm font-semibold leading-tight text-slate-900 transition-colors hover:border-brand-700 hover:bg-brand-50 hover:text-brand-800";
