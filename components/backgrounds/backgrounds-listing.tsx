"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { backgroundsHref, SORT_KEYS, type BackgroundRow, type OwnFigures, type SortKey } from "@/lib/backgrounds";
import { BulletList, FitScore, PreferredPill, SkillLevels, StartStep } from "./parts";
import { useOwnFigures } from "./use-own-result";

type ListingProps = {
  rows: BackgroundRow[];
  sort: SortKey;
  compare: string[];
  totalSteps: number;
};

const ARIA_SORT: Record<SortKey, "descending" | "ascending"> = { fit: "descending", name: "ascending", step: "ascending" };

/**
 * Every background as a table (wide screens) or cards (phones), in the chosen order. Rendered on
 * the server; once in the browser it looks for the visitor's own result and marks their background.
 */
export function BackgroundsListing({ rows, sort, compare, totalSteps }: ListingProps) {
  const t = useTranslations("backgrounds");
  const own = useOwnFigures(rows);
  const ownSkills = own ? new Map(own.skills.map((skill) => [skill.skillId, skill.level])) : null;
  const ownRow = own ? rows.find((row) => row.id === own.backgroundId) : undefined;
  const href = (key: SortKey) => backgroundsHref({ sort: key, compare });

  return (
    <div>
      {own && ownRow ? <OwnNote own={own} row={ownRow} /> : null}

      <nav aria-label={t("sort.nav")} className="mt-6 flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold text-slate-900">{t("sort.sortBy")}</span>
        {SORT_KEYS.map((key) => (
          <Link
            key={key}
            href={href(key)}
            scroll={false}
            aria-current={key === sort ? "true" : undefined}
            className={[
              "inline-flex min-h-11 items-center rounded-lg border px-3 font-semibold transition-colors",
              key === sort
                ? "border-brand-600 bg-brand-600 text-white"
                : "border-slate-500 bg-white text-slate-900 hover:border-brand-700 hover:bg-brand-50",
            ].join(" ")}
          >
            {t(`sort.labels.${key}`)}
          </Link>
        ))}
      </nav>
      <p role="status" className="mt-3 text-sm text-slate-700" data-testid="sort-status">
        {t("sort.status", { order: t(`sort.orders.${sort}`) })}
      </p>

      {/* Phones and tablets: one card per background. */}
      <ul aria-label={t("listing.cards")} className="mt-5 space-y-4 lg:hidden">
        {rows.map((row) => {
          const mine = own?.backgroundId === row.id;
          return (
            <li
              key={row.id}
              data-background={row.id}
              className={[
                "rounded-2xl border bg-white p-4 sm:p-6",
                mine ? "border-2 border-brand-600 bg-brand-50" : "border-slate-200",
              ].join(" ")}
            >
              <article aria-labelledby={`card-${row.id}`}>
                {mine ? <YourBackgroundTag /> : null}
                <h3 id={`card-${row.id}`} className="text-lg font-semibold text-pretty text-slate-900">
                  {row.degree}
                </h3>
                <div className="mt-2 flex flex-wrap items-end justify-between gap-3">
                  <FitScore score={row.fitScore} own={mine ? own?.fitScore : null} />
                  <PreferredPill preferred={row.preferred} />
                </div>
                <p className="mt-3 leading-relaxed text-pretty text-slate-700">{row.reason}</p>
                <dl className="mt-4 space-y-4 text-sm">
                  <div>
                    <dt className="font-semibold text-slate-900">{t("listing.alreadyHas")}</dt>
                    <dd className="mt-1.5">
                      <SkillLevels skills={row.alreadyHas} own={mine ? ownSkills : null} />
                    </dd>
                  </div>
                  <div>
                    <dt className="font-semibold text-slate-900">{t("listing.mustAdd")}</dt>
                    <dd className="mt-1.5 text-slate-700">
                      <BulletList items={row.mustAdd} />
                    </dd>
                  </div>
                  <div>
                    <dt className="font-semibold text-slate-900">{t("listing.startsAt")}</dt>
                    <dd className="mt-1.5">
                      <StartStep step={row.start.step} total={totalSteps} focus={row.start.focus} own={mine ? own?.startStep : null} />
                    </dd>
                  </div>
                  <div>
                    <dt className="font-semibold text-slate-900">{t("listing.firstRole")}</dt>
                    <dd className="mt-1.5 text-slate-700">{row.firstRole}</dd>
                  </div>
                </dl>
              </article>
            </li>
          );
        })}
      </ul>

      {/* Wide screens: the same rows as a table. */}
      <table className="mt-5 hidden w-full table-fixed text-left text-sm lg:table">
        <caption className="sr-only">{t("listing.caption", { order: t(`sort.orders.${sort}`) })}</caption>
        <colgroup>
          <col className="w-[22%]" />
          <col className="w-[12%]" />
          <col className="w-[21%]" />
          <col className="w-[20%]" />
          <col className="w-[14%]" />
          <col className="w-[11%]" />
        </colgroup>
        <thead>
          <tr className="border-b-2 border-slate-300 align-bottom text-slate-700">
            <SortHeader label={t("listing.background")} sortKey="name" sort={sort} href={href("name")} />
            <SortHeader label={t("listing.fitScore")} sortKey="fit" sort={sort} href={href("fit")} />
            <PlainHeader>{t("listing.alreadyHas")}</PlainHeader>
            <PlainHeader>{t("listing.mustAdd")}</PlainHeader>
            <SortHeader label={t("listing.startingStep")} sortKey="step" sort={sort} href={href("step")} />
            <PlainHeader>{t("listing.firstRoleShort")}</PlainHeader>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => {
            const mine = own?.backgroundId === row.id;
            return (
              <tr key={row.id} data-background={row.id} className={["align-top", mine ? "bg-brand-50 outline-2 outline-brand-600" : ""].join(" ")}>
                <th scope="row" className="py-4 pr-4 pl-2 font-normal">
                  {mine ? <YourBackgroundTag /> : null}
                  <span className="block text-base font-semibold text-slate-900">{row.degree}</span>
                  <span className="mt-1.5 block">
                    <PreferredPill preferred={row.preferred} />
                  </span>
                  <span className="mt-2 block leading-relaxed text-pretty text-slate-700">{row.reason}</span>
                </th>
                <td className="py-4 pr-4">
                  <FitScore score={row.fitScore} own={mine ? own?.fitScore : null} />
                </td>
                <td className="py-4 pr-4">
                  <SkillLevels skills={row.alreadyHas} own={mine ? ownSkills : null} />
                </td>
                <td className="py-4 pr-4 text-slate-700">
                  <BulletList items={row.mustAdd} />
                </td>
                <td className="py-4 pr-4">
                  <StartStep step={row.start.step} total={totalSteps} focus={row.start.focus} own={mine ? own?.startStep : null} />
                </td>
                <td className="py-4 text-slate-700">{row.firstRole}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SortHeader({ label, sortKey, sort, href }: { label: string; sortKey: SortKey; sort: SortKey; href: string }) {
  const t = useTranslations("backgrounds.sort");
  const active = sortKey === sort;
  return (
    <th scope="col" aria-sort={active ? ARIA_SORT[sortKey] : undefined} className="py-2 pr-4 font-semibold">
      <Link
        href={href}
        scroll={false}
        className="-mx-1 inline-flex min-h-11 items-center gap-1 rounded px-1 text-brand-700 underline underline-offset-4 hover:text-brand-900"
      >
        {label}
        <span aria-hidden="true">{active ? (ARIA_SORT[sortKey] === "descending" ? "▼" : "▲") : "↕"}</span>
        {active ? null : <span className="sr-only">{t("sortHint", { order: t(`orders.${sortKey}`) })}</span>}
      </Link>
    </th>
  );
}

function PlainHeader({ children }: { children: string }) {
  return (
    <th scope="col" className="py-2 pr-4 font-semibold">
      <span className="inline-flex min-h-11 items-center">{children}</span>
    </th>
  );
}

function YourBackgroundTag() {
  const t = useTranslations("backgrounds.listing");
  return (
    <span className="mb-1.5 inline-flex items-center rounded-full bg-brand-700 px-2.5 py-0.5 text-xs font-semibold text-white">
      {t("yourBackground")}
    </span>
  );
}

function OwnNote({ own, row }: { own: OwnFigures; row: BackgroundRow }) {
  const t = useTranslations("backgrounds.own");
  const sameName = own.degree === row.degree;
  const strong = (chunks: ReactNode) => <strong className="text-slate-900">{chunks}</strong>;
  return (
    <aside
      aria-labelledby="own-note-heading"
      data-testid="own-note"
      className="mt-6 rounded-2xl border-2 border-brand-600 bg-brand-50 p-4 sm:p-5"
    >
      <h3 id="own-note-heading" className="font-semibold text-slate-900">
        {t("title")}
      </h3>
      <p className="mt-1 leading-relaxed text-pretty text-slate-700">
        {sameName ? t.rich("sameName", { degree: row.degree, strong }) : t.rich("countsAs", { own: own.degree, degree: row.degree, strong })}{" "}
        {t.rich("figures", { fit: own.fitScore, typicalFit: row.fitScore, step: own.startStep, typicalStep: row.start.step, strong })}
      </p>
    </aside>
  );
}
