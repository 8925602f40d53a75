"use client";

import { useLocale, useTranslations } from "next-intl";
import { getPathname, useRouter } from "@/lib/i18n/navigation";
import { useId, useState, type ChangeEvent, type FormEvent } from "react";
import { backgroundsHref, MAX_COMPARE, type SortKey } from "@/lib/backgrounds";

type PickerProps = {
  options: { id: string; degree: string }[];
  selected: string[];
  sort: SortKey;
};

/**
 * Checkboxes for the backgrounds to compare (two or three). Without JavaScript it is a plain GET
 * form; with it, the choice goes into the URL as `?compare=a,b,c` so the comparison can be shared.
 */
export function ComparePicker({ options, selected, sort }: PickerProps) {
  const t = useTranslations("backgrounds.picker");
  const locale = useLocale();
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>(selected);
  const [message, setMessage] = useState("");
  const messageId = useId();

  function toggle(event: ChangeEvent<HTMLInputElement>) {
    const { value, checked } = event.target;
    if (checked && chosen.length >= MAX_COMPARE) {
      setMessage(t("tooMany", { max: MAX_COMPARE }));
      return;
    }
    setMessage("");
    // Keep the order of the list, so the columns follow it.
    const next = checked ? [...chosen, value] : chosen.filter((id) => id !== value);
    setChosen(options.map((option) => option.id).filter((id) => next.includes(id)));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (chosen.length < 2) {
      setMessage(t("tooFew"));
      return;
    }
    setMessage("");
    router.push(backgroundsHref({ sort, compare: chosen }, "compare-result"));
  }

  return (
    <form action={getPathname({ href: "/backgrounds", locale })} method="get" onSubmit={submit} className="mt-6 max-w-3xl" aria-describedby={messageId}>
      {sort !== "fit" ? <input type="hidden" name="sort" value={sort} /> : null}
      <fieldset>
        <legend className="font-semibold text-slate-900">{t("legend")}</legend>
        <ul className="mt-3 grid gap-2 sm:grid-cols-2">
          {options.map((option) => {
            const checked = chosen.includes(option.id);
            return (
              <li key={option.id}>
                <label
                  className={[
                    "flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border px-3 py-2 transition-colors",
                    checked ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white hover:border-brand-700",
                  ].join(" ")}
                >
                  <input
                    type="checkbox"
                    name="compare"
                    value={option.id}
                    checked={checked}
                    onChange={toggle}
                    className="size-5 shrink-0 accent-brand-600"
                  />
                  <span className="text-slate-900">{option.degree}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <p id={messageId} role="status" className="mt-3 min-h-6 text-sm font-semibold text-amber-900">
        {message}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="inline-flex min-h-12 items-center justify-center rounded-xl bg-brand-600 px-6 py-3 font-semibold text-white transition-colors hover:bg-brand-700"
        >
          {t("submit", { count: chosen.length })}
        </button>
        {chosen.length ? (
          <button
            type="button"
            onClick={() => {
              setChosen([]);
              setMessage("");
              router.push(backgroundsHref({ sort, compare: [] }, "compare"), { scroll: false });
            }}
            className="inline-flex min-h-12 items-center rounded-xl border border-slate-500 bg-white px-5 py-3 font-semibold text-slate-900 hover:bg-brand-50"
          >
            {t("clear")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
