/**
 * Which cells of a compare row hold the highest figure. Nothing is marked when every student has
 * the same figure (there is no highest then); ties for the top are all marked, as tied.
 */
export type HighestMark = "highest" | "tied" | null;

export function highestMarks(values: readonly (number | null)[]): HighestMark[] {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (present.length < 2) return values.map(() => null);
  const top = Math.max(...present);
  const atTop = present.filter((value) => value === top).length;
  if (atTop === present.length) return values.map(() => null);
  return values.map((value) => (value === top ? (atTop > 1 ? "tied" : "highest") : null));
}
