/** Leaves the quiz for the report. A module of its own so tests can replace it. */
export function openReport(url: string): void {
  window.location.assign(url);
}
