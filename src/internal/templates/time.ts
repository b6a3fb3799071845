/**
 * `<time datetime>` with localized text: the template behind the article's times and
 * `<news-time>`. Full date and zone in `title`; `dir` of the locale, which also isolates the
 * date from the text around it (an Arabic date in an English line, or the reverse, never
 * scrambles).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {
  formatAbsolute,
  formatFull,
  formatRelative,
  isPreset,
  isZoneless,
  parseDate,
  safeZone,
} from '../../i18n/dates.js';
import {formatPattern, isPatternReady, loadPattern} from '../../i18n/date-pattern.js';
import {msg, str} from '../../i18n/localize.js';
import {directionOf, resolveLocales} from '../../i18n/resolve.js';

export type TimeFormat = 'absolute' | 'relative' | 'auto';

export interface TimeOptions {
  /** Full BCP 47 tag ("en-GB"): dates are formatted in it. */
  locale: string;
  /** `auto` (default): relative while younger than `relativeUntil`, absolute after. */
  format?: TimeFormat;
  /** Milliseconds; default 24 hours. */
  relativeUntil?: number;
  /** IANA zone: dates are shown in it, and times without an offset are read in it. */
  timeZone?: string;
  /** Show the time of day with absolute dates. */
  withTime?: boolean;
  /**
   * Absolute dates: a preset (`short`, `medium` (default), `long`, `numeric`) or a date-fns
   * pattern ("hh:mm a dd/MM/yyyy"; see `needsPattern`).
   */
  dateFormat?: string;
  kind?: 'published' | 'updated';
  now?: Date;
}

const DAY = 24 * 60 * 60 * 1000;

/** The zone a date is shown in: the given one; for a time without offset and no zone, UTC. */
function displayZone(iso: string | undefined, o: TimeOptions): string | undefined {
  return safeZone(o.timeZone) ?? (isZoneless(iso) ? 'UTC' : undefined);
}

/** A date-fns pattern in `dateFormat` (not a preset), else undefined. */
export function patternOf(dateFormat: string | undefined): string | undefined {
  const f = dateFormat?.trim();
  return f && !isPreset(f) ? f : undefined;
}

/**
 * When `dateFormat` is a pattern whose date-fns data is not loaded yet for `el`'s locale: the
 * promise of loading it (an element awaits it before rendering, so nothing flashes).
 */
export function patternLoading(
  dateFormat: string | undefined,
  el: Element
): Promise<void> | undefined {
  if (!patternOf(dateFormat)) return undefined;
  const {intl} = resolveLocales(el);
  return isPatternReady(intl) ? undefined : loadPattern(intl);
}

/** The visible text for a date, or undefined when the date is invalid. */
export function timeText(iso: string | undefined, o: TimeOptions): string | undefined {
  const date = parseDate(iso, o.timeZone);
  if (!date) return undefined;
  const now = o.now ?? new Date();
  const format = o.format ?? 'auto';
  const age = Math.abs(now.getTime() - date.getTime());
  const relative = format === 'relative' || (format === 'auto' && age < (o.relativeUntil ?? DAY));
  const zone = displayZone(iso, o);
  const pattern = patternOf(o.dateFormat);
  const text = relative
    ? formatRelative(date, o.locale, now)
    : ((pattern && formatPattern(date, pattern, o.locale, zone)) ??
      formatAbsolute(date, o.locale, {
        timeZone: zone,
        withTime: o.withTime,
        preset: isPreset(o.dateFormat) ? o.dateFormat : 'medium',
      }));
  return o.kind === 'updated'
    ? msg(str`Updated ${text}`, {
        id: 'time.updated',
        desc: 'Prefix before the time an article was updated',
      })
    : text;
}

/** Whether a date shown with these options changes with the clock. */
export function isRelativeNow(iso: string | undefined, o: TimeOptions): boolean {
  const date = parseDate(iso, o.timeZone);
  if (!date || o.format === 'absolute') return false;
  if (o.format === 'relative') return true;
  return Math.abs((o.now ?? new Date()).getTime() - date.getTime()) < (o.relativeUntil ?? DAY);
}

/** `<time>` for `iso`, or `nothing` when it is absent or invalid. */
export function timeTemplate(
  iso: string | undefined,
  o: TimeOptions,
  part = 'time'
): TemplateResult | typeof nothing {
  const date = parseDate(iso, o.timeZone);
  const text = timeText(iso, o);
  if (!date || !text) return nothing;
  const title = formatFull(date, o.locale, displayZone(iso, o));
  return html`<time
    part=${part}
    dir=${directionOf(o.locale)}
    datetime=${date.toISOString()}
    title=${title}
    >${text}</time
  >`;
}
