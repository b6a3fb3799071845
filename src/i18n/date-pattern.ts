/**
 * Dates in a date-fns pattern (`date-format="hh:mm a dd/MM/yyyy"` → "10:40 AM 13/11/2023").
 * Only this shim is always loaded: date-fns' `format` and the locale's date-fns data
 * (`./date-pattern-data.js`) load the first time a pattern is asked for. Until then (and for a
 * pattern date-fns rejects) callers fall back to an `Intl` preset.
 *
 * The pattern is applied to the wall time in the element's `time-zone` (or the reader's);
 * zone tokens (`z`, `O`, `x`, `X`) name the reader's zone, so patterns should not use them.
 */
type Data = typeof import('./date-pattern-data.js');

let data: Data | undefined;

/** Whether a pattern can be formatted in `tag` right now. */
export function isPatternReady(tag: string): boolean {
  return !!data?.ready(tag);
}

/** Loads date-fns' `format` and the date-fns locale for `tag` (once). Never rejects. */
export function loadPattern(tag: string): Promise<void> {
  return import('./date-pattern-data.js')
    .then((mod) => {
      data = mod;
      return mod.load(tag);
    })
    .catch((e: unknown) => {
      console.warn(`news-blocks: could not load the date pattern data for "${tag}"`, e);
    });
}

/**
 * `date` in the date-fns `pattern`, in `tag`'s date-fns locale and `timeZone`; undefined while
 * the pattern data is loading or when date-fns rejects the pattern.
 */
export function formatPattern(
  date: Date,
  pattern: string,
  tag: string,
  timeZone?: string
): string | undefined {
  return data?.formatWith(date, pattern, tag, timeZone);
}
