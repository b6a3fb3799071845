/**
 * The one code path for dates: every element that shows a time (cards, `<news-time>`, the
 * article) formats through here, in the widget's full BCP 47 locale ("en-GB", "vi-VN"):
 * absolute dates with cached `Intl.DateTimeFormat`s (named presets, see `DATE_PRESETS`),
 * relative ones with a cached `Intl.RelativeTimeFormat` (the units date-fns'
 * `intlFormatDistance` picks, without its new formatter per date), and date-fns patterns
 * ("hh:mm a dd/MM/yyyy") through `./date-pattern.js`, loaded only when a pattern is asked for.
 * Never "5m"/"1h" micro formats, which screen readers read as metres and hours.
 *
 * **Times without an offset** ("2023-11-13T10:40:00", "2023-11-13") are wall times: read in the
 * element's `time-zone`, else in the feed's zone (the adapters do that when the feed says it,
 * e.g. a WordPress site's zone), else in UTC; never in the reader's zone, so every reader sees
 * the same instant.
 */
import {ZONELESS} from '../data/wall-time.js';
import {dateTimeFormat, relativeTimeFormat} from './intl-cache.js';

export {isZoneless} from '../data/wall-time.js';

const S = 1000;
const MIN = 60 * S;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const MONTH = 2629746 * S;
const YEAR = 31556952 * S;

/**
 * A `Date` for an ISO string, or undefined when absent or invalid. A time without an offset is
 * read in `timeZone` (an IANA name), else in UTC.
 */
export function parseDate(iso: string | undefined | null, timeZone?: string): Date | undefined {
  if (!iso) return undefined;
  const m = ZONELESS.exec(iso);
  if (m) {
    const asUtc = Date.parse(`${m[1]}T${m[2] ?? '00:00'}${m[3] ?? ':00'}Z`);
    if (Number.isNaN(asUtc)) return undefined;
    return new Date(wallTimeToInstant(asUtc, safeZone(timeZone) ?? 'UTC'));
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * The instant (ms) at which the clocks of `timeZone` show the wall time `asUtc` (that wall time
 * written as if it were UTC). Two passes settle the offset at DST changes.
 */
export function wallTimeToInstant(asUtc: number, timeZone: string): number {
  if (timeZone === 'UTC') return asUtc;
  let guess = asUtc;
  for (let i = 0; i < 2; i++) guess = asUtc - zoneOffset(guess, timeZone);
  return guess;
}

/** How far `timeZone`'s clocks are ahead of UTC at `instant` (ms), from "GMT+07:00". */
function zoneOffset(instant: number, timeZone: string): number {
  const name = dateTimeFormat('en-US', {timeZone, timeZoneName: 'longOffset'})
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /([+-])(\d\d):?(\d\d)?/.exec(name ?? '');
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * HOUR + +(m[3] ?? 0) * MIN) : 0;
}

const zones = new Map<string, boolean>();

/** `timeZone` when `Intl` knows it, else undefined (the reader's zone). */
export function safeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  let ok = zones.get(timeZone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', {timeZone});
      ok = true;
    } catch {
      ok = false;
    }
    zones.set(timeZone, ok);
  }
  return ok ? timeZone : undefined;
}

/** The named presets of `date-format`, each the locale's own form of it. */
export type DatePreset = 'short' | 'medium' | 'long' | 'numeric';
export const DATE_PRESETS: readonly DatePreset[] = ['short', 'medium', 'long', 'numeric'];

export function isPreset(format: string | undefined): format is DatePreset {
  return !!format && (DATE_PRESETS as readonly string[]).includes(format);
}

/**
 * `Intl` options of each preset: `short` "13/11/2023" (en-GB) / "11/13/23" (en-US), `medium`
 * "13 Nov 2023", `long` "13 November 2023" / "2023年11月13日", `numeric` "13/11/2023" (vi,
 * en-GB) / "2023/11/13" (ja); with the time of day when asked.
 */
function presetOptions(preset: DatePreset, withTime: boolean): Intl.DateTimeFormatOptions {
  if (preset === 'numeric')
    return {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(withTime ? {hour: '2-digit', minute: '2-digit'} : {}),
    };
  return {dateStyle: preset, ...(withTime ? {timeStyle: 'short'} : {})};
}

/** The date in a named preset (default `medium`: "13 Nov 2023, 10:40"), or only the date. */
export function formatAbsolute(
  date: Date,
  locale: string,
  {
    timeZone,
    withTime = false,
    preset = 'medium',
  }: {timeZone?: string; withTime?: boolean; preset?: DatePreset} = {}
): string {
  return dateTimeFormat(locale, {
    ...presetOptions(preset, withTime),
    timeZone: safeZone(timeZone),
  }).format(date);
}

/** The full date, time and zone, for `title`. */
export function formatFull(date: Date, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'long',
    timeZone: safeZone(timeZone),
  }).format(date);
}

// Japanese and Chinese news write no space between a number and its counter ("1時間前");
// CLDR's Japanese relative times have one ("1 時間前").
const CJK = /^(ja|zh)(-|$)/i;
const COUNTER_SPACE = /(\d)\s+(?=[\u3040-\u30ff\u3400-\u9fff])/gu;

/** Whole local calendar days from `b` to `a`. */
const calendarDays = (a: Date, b: Date) =>
  Math.round(
    (Date.UTC(a.getFullYear(), a.getMonth(), a.getDate()) -
      Date.UTC(b.getFullYear(), b.getMonth(), b.getDate())) /
      DAY
  );
const months = (d: Date) => d.getFullYear() * 12 + d.getMonth();

/**
 * The value and unit `intlFormatDistance` (date-fns) picks: seconds, minutes, hours within the
 * same day, calendar days within a week, calendar weeks within a month, calendar months within
 * a quarter, calendar quarters within a year, then calendar years.
 */
function distance(date: Date, now: Date): [number, Intl.RelativeTimeFormatUnit] {
  const ms = date.getTime() - now.getTime();
  const abs = Math.abs(ms);
  const days = calendarDays(date, now);
  if (abs < MIN) return [Math.trunc(ms / S), 'second'];
  if (abs < HOUR) return [Math.trunc(ms / MIN), 'minute'];
  if (abs < DAY && days === 0) return [Math.trunc(ms / HOUR), 'hour'];
  if (abs < 7 * DAY && days && Math.abs(days) < 7) return [days, 'day'];
  if (abs < MONTH) return [(days - date.getDay() + now.getDay()) / 7, 'week'];
  const m = months(date) - months(now);
  if (abs < 3 * MONTH) return [m, 'month'];
  const q =
    (date.getFullYear() - now.getFullYear()) * 4 +
    Math.floor(date.getMonth() / 3) -
    Math.floor(now.getMonth() / 3);
  if (abs < YEAR && q < 4) return [q, 'quarter'];
  return [date.getFullYear() - now.getFullYear(), 'year'];
}

/** "3 hours ago", "3 giờ trước", "3時間前", "yesterday". */
export function formatRelative(date: Date, locale: string, now: Date = new Date()): string {
  const [value, unit] = distance(date, now);
  const text = relativeTimeFormat(locale).format(value, unit);
  return CJK.test(locale) ? text.replace(COUNTER_SPACE, '$1') : text;
}
