/**
 * `<time datetime>` with localized text: the template behind the card's time and
 * `<news-time>`. Full date and zone in `title`.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {formatAbsolute, formatFull, formatRelative, parseDate} from '../../i18n/dates.js';
import {msg, str} from '../../i18n/localize.js';

export type TimeFormat = 'absolute' | 'relative' | 'auto';

export interface TimeOptions {
  locale: string;
  /** `auto` (default): relative while younger than `relativeUntil`, absolute after. */
  format?: TimeFormat;
  /** Milliseconds; default 24 hours. */
  relativeUntil?: number;
  timeZone?: string;
  /** Show the time of day with absolute dates. */
  withTime?: boolean;
  kind?: 'published' | 'updated';
  now?: Date;
}

const DAY = 24 * 60 * 60 * 1000;

/** The visible text for a date, or undefined when the date is invalid. */
export function timeText(iso: string | undefined, o: TimeOptions): string | undefined {
  const date = parseDate(iso);
  if (!date) return undefined;
  const now = o.now ?? new Date();
  const format = o.format ?? 'auto';
  const age = Math.abs(now.getTime() - date.getTime());
  const relative = format === 'relative' || (format === 'auto' && age < (o.relativeUntil ?? DAY));
  const text = relative
    ? formatRelative(date, o.locale, now)
    : formatAbsolute(date, o.locale, {timeZone: o.timeZone, withTime: o.withTime});
  return o.kind === 'updated'
    ? msg(str`Updated ${text}`, {
        id: 'time.updated',
        desc: 'Prefix before the time an article was updated',
      })
    : text;
}

/** Whether a date shown with these options changes with the clock. */
export function isRelativeNow(iso: string | undefined, o: TimeOptions): boolean {
  const date = parseDate(iso);
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
  const date = parseDate(iso);
  const text = timeText(iso, o);
  if (!date || !text) return nothing;
  return html`<time
    part=${part}
    datetime=${date.toISOString()}
    title=${formatFull(date, o.locale, o.timeZone)}
    >${text}</time
  >`;
}
