/**
 * The one code path for dates: every element that shows a time (cards, `<news-time>`, the
 * article) formats through here. Text comes from date-fns' Intl-backed formatters in the
 * widget's locale; never "5m"/"1h" micro formats, which screen readers read as metres and hours.
 */
import {intlFormat} from 'date-fns/intlFormat';
import {intlFormatDistance} from 'date-fns/intlFormatDistance';

/** A `Date` for an ISO string, or undefined when absent or invalid. */
export function parseDate(iso: string | undefined | null): Date | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function safeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', {timeZone});
    return timeZone;
  } catch {
    return undefined;
  }
}

/** Medium date and short time ("13 Nov 2023, 10:40"), or only the date. */
export function formatAbsolute(
  date: Date,
  locale: string,
  {timeZone, withTime = false}: {timeZone?: string; withTime?: boolean} = {}
): string {
  return intlFormat(
    date,
    {dateStyle: 'medium', ...(withTime ? {timeStyle: 'short'} : {}), timeZone: safeZone(timeZone)},
    {locale}
  );
}

/** The full date, time and zone, for `title`. */
export function formatFull(date: Date, locale: string, timeZone?: string): string {
  return intlFormat(
    date,
    {dateStyle: 'full', timeStyle: 'long', timeZone: safeZone(timeZone)},
    {locale}
  );
}

/** "3 hours ago", "3 giờ trước", "yesterday". */
export function formatRelative(date: Date, locale: string, now: Date = new Date()): string {
  return intlFormatDistance(date, now, {locale, numeric: 'auto', style: 'long'});
}
