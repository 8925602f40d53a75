"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { Icon } from "@/components/ui/icon";
import { PAGE_SIZES } from "@/lib/counsellor/filters";
import { controlBase, smallButton } from "./result-filters";

export type ResultsPaginationProps = {
  page: number;
  pageCount: number;
  /** The results were counted only up to a limit, so there may be pages past `pageCount`. */
  pageCountAtLeast?: boolean;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
};

export function ResultsPagination({ page, pageCount, pageCountAtLeast = false, pageSize, onPage, onPageSize }: ResultsPaginationProps) {
  const id = useId();
  const t = useTranslations("counsellor.pagination");
  return (
    <nav aria-label={t("label")} className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
      {/* One page needs no paging, only the choice of a bigger or smaller page. */}
      <div className={`${pageCount > 1 ? "flex" : "hidden"} items-center justify-between gap-3 sm:justify-start`}>
        {/* aria-disabled, not disabled: the button keeps keyboard focus when it reaches the first or last page. */}
        <button type="button" className={smallButton} aria-disabled={page <= 1} onClick={() => page > 1 && onPage(page - 1)}>
          <Icon name="arrowLeft" className="size-5 shrink-0" />
          {t("previous")}
        </button>
        <p className="text-sm font-semibold whitespace-nowrap text-slate-800 sm:px-2">
          {t("pageOf", { page: String(page), count: `${pageCount}${pageCountAtLeast ? "+" : ""}` })}
        </p>
        <button
          type="button"
          className={smallButton}
          aria-disabled={page >= pageCount}
          onClick={() => page < pageCount && onPage(page + 1)}
        >
          {t("next")}
          <Icon name="arrowRight" className="size-5 shrink-0" />
        </button>
      </div>
      <div className="flex items-center gap-3">
        <label htmlFor={`${id}-size`} className="text-sm font-semibold whitespace-nowrap text-slate-900">
          {t("perPage")}
        </label>
        <select
          id={`${id}-size`}
          className={controlBase}
          value={pageSize}
          onChange={(event) => onPageSize(Number(event.currentTarget.value))}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}
