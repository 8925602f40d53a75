/**
 * View helpers for the career profile page (/careers/medical-coder): pure functions of the profile
 * data that group, order and label it. No I/O, no React.
 */
import { SOURCE_IDS, type CareerProfile, type MarketId, type SourceId, type SourcesDiffer } from "@/lib/profiles";
import { listWords, marketWord, type CareerWords } from "./words";

type Content = CareerProfile["content"];
export type SourceRef = SourceId | SourceId[];
export type Sourced = { source: SourceRef };

/** The seeds first, then public pages, then our own reasoning (lib/profiles/sources.ts). */
const SOURCE_ORDER: readonly SourceId[] = SOURCE_IDS;

/** A fact's sources as a sorted list without repeats. */
export function sourceIds(source: SourceRef): SourceId[] {
  const ids = new Set(Array.isArray(source) ? source : [source]);
  return SOURCE_ORDER.filter((id) => ids.has(id));
}

/** The number a source carries on the page: file 000 is source 1, public pages follow the seeds. */
export function sourceNumber(id: SourceId): number {
  return SOURCE_ORDER.indexOf(id) + 1;
}

/** The anchor of a source in the page's Sources list. */
export function sourceAnchor(id: SourceId): string {
  return `source-${id}`;
}

/** The sources every item of a list shares exactly, or null when they differ (then each item shows its own). */
export function sharedSources(items: readonly Sourced[]): SourceId[] | null {
  if (!items.length) return null;
  const first = sourceIds(items[0]!.source).join(",");
  return items.every((item) => sourceIds(item.source).join(",") === first) ? sourceIds(items[0]!.source) : null;
}

/** Whether two facts cite exactly the same documents (then the inner one needs no marks of its own). */
export function sameSources(a: SourceRef, b: SourceRef): boolean {
  return sourceIds(a).join(",") === sourceIds(b).join(",");
}

export function marketName(t: CareerWords, id: MarketId): string {
  return marketWord(t, id);
}

const FREQUENCY_ORDER = ["daily", "daily/weekly", "weekly/monthly"] as const;

/** The work's outputs, grouped by how often they are produced (the group's heading: `wordFor(t, "day.frequency", frequency)`). */
export function outputsByFrequency(content: Pick<Content, "outputs">) {
  return FREQUENCY_ORDER.map((frequency) => ({
    frequency,
    items: content.outputs.filter((output) => output.frequency === frequency),
  })).filter((group) => group.items.length);
}

/*
 * Fields of the market-aware plan (a market's own job titles and way in, a journey phase's
 * activities by market). Read through these optional shapes so the page shows them when the
 * profile has them and still works with a profile that does not.
 */
export type MarketActivity = { text: string; markets?: MarketId[]; source: SourceRef };
export type MarketRoles = { stage: string; roles: string[]; source: SourceRef };
export type EntryStep = { title: string; detail: string };
type MarketExtras = { roles?: MarketRoles[]; entryRoute?: { step?: EntryStep; source: SourceRef } };

/** A journey phase's activities that apply in some markets only. */
export function activitiesFor(phase: Content["journey"][number]): MarketActivity[] {
  return (phase as { activitiesFor?: MarketActivity[] }).activitiesFor ?? [];
}

/**
 * Each market with its job title, notes, its own job titles by stage and way in (where the profile
 * names them) and the credentials that count there.
 */
export function marketsView(profile: Pick<CareerProfile, "content" | "progression">) {
  const stageName = (id: string) => profile.progression.find((stage) => stage.id === id)?.stage ?? id;
  return profile.content.markets.map((market) => {
    const extras = market as MarketExtras;
    return {
      id: market.id,
      name: market.name,
      roleTitle: market.roleTitle,
      notes: market.notes,
      source: market.source,
      roles: (extras.roles ?? []).map((entry) => ({ ...entry, stageName: stageName(entry.stage) })),
      entryStep: extras.entryRoute?.step ? { ...extras.entryRoute.step, source: extras.entryRoute.source } : null,
      credentials: profile.content.certifications.filter((certification) => certification.markets.includes(market.id)),
    };
  });
}

const PROGRAMME_MARKETS: MarketId[] = ["india", "usa", "uk", "canada", "other"];

/** Named programmes by country (India first), each country's grouped by category in data order. */
export function programmesByMarket(content: Pick<Content, "programmes">) {
  return PROGRAMME_MARKETS.map((market) => {
    const items = content.programmes.filter((programme) => programme.market === market);
    const categories = [...new Set(items.map((item) => item.category))];
    return {
      market,
      count: items.length,
      groups: categories.map((category) => ({ category, items: items.filter((item) => item.category === category) })),
    };
  }).filter((entry) => entry.count > 0);
}

/** Credentials grouped by the body that awards them, in the order each body first appears. */
export function certificationsByIssuer(content: Pick<Content, "certifications">) {
  const issuers = [...new Set(content.certifications.map((certification) => certification.issuer))];
  return issuers.map((issuer) => ({ issuer, items: content.certifications.filter((certification) => certification.issuer === issuer) }));
}

/** The points the sources disagree on that the page shows beside one part of it. */
export function sourcesDifferNear(content: Pick<Content, "sourcesDiffer">, near: SourcesDiffer["near"]): SourcesDiffer[] {
  return content.sourcesDiffer.filter((entry) => entry.near === near);
}

/** The job titles the sources name, by career stage and across the field. */
export function jobRolesByKind(content: Pick<Content, "jobRoles">) {
  return {
    stage: content.jobRoles.filter((role) => role.kind === "stage"),
    field: content.jobRoles.filter((role) => role.kind === "field"),
  };
}

/** "India, United States and Other countries". */
export function marketList(t: CareerWords, markets: readonly MarketId[]): string {
  return listWords(t, markets.map((market) => marketWord(t, market)));
}

/** Skill names for a list of skill ids, in the order given. */
export function skillNames(profile: Pick<CareerProfile, "skills">, ids: readonly string[]): string[] {
  return ids.map((id) => profile.skills.find((skill) => skill.id === id)?.name ?? id);
}

/** Every source the profile cites, in order: the Sources lists of the career pages together. */
export function citedSources(profile: CareerProfile): SourceId[] {
  return citedIn(profile);
}

/** Every source cited anywhere inside a value (a part of the profile), in the profile's order. */
export function citedIn(value: unknown): SourceId[] {
  const found = new Set<SourceId>();
  const visit = (inner: unknown): void => {
    if (Array.isArray(inner)) inner.forEach(visit);
    else if (inner && typeof inner === "object") {
      for (const [key, field] of Object.entries(inner)) {
        if (key === "source") sourceIds(field as SourceRef).forEach((id) => found.add(id));
        else visit(field);
      }
    }
  };
  visit(value);
  return SOURCE_ORDER.filter((id) => found.has(id));
}
