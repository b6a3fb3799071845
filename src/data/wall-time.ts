/**
 * Times without an offset ("2023-11-13T10:40:00", "2023-11-13") are wall times: read in the
 * element's `time-zone`, else the feed's, else UTC (`i18n/dates.ts`). A module of its own so the
 * always-loaded code does not pull in the feed date parser (`dates.ts`).
 */

/** ISO 8601 date, or date and time, with no `Z` and no offset: a wall time (see `isZoneless`). */
export const ZONELESS = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?)?\s*$/;

/** Whether `iso` is a time without an offset: a wall time, read in a zone the caller knows. */
export function isZoneless(iso: string | undefined | null): boolean {
  return !!iso && ZONELESS.test(iso);
}
