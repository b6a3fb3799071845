/**
 * The calendar arithmetic of feed dates: two-digit years, fractions of a second, days in a
 * month, and a wall time with its offset or zone composed into an ISO string (or refused).
 */
import {inZone} from './zones.js';

/** Two-digit years as feedparser reads them: < 90 → 20xx, else 19xx. */
export function year(digits: string): number {
  const y = +digits;
  return digits.length > 2 ? y : y + (y < 90 ? 2000 : 1900);
}

export function fraction(digits: string | undefined): number {
  return digits ? +(digits + '00').slice(0, 3) : 0;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date, in arithmetic (Hinnant's days_from_civil):
 * `Date.UTC` is a runtime call that made ISO dates ~20% slower than `new Date(string)`.
 */
function civilDays(y: number, mo: number, d: number): number {
  const yy = mo <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((mo + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

export const MIN_TIME = Date.UTC(1000, 0, 1);
export const MAX_TIME = Date.UTC(10000, 0, 1);

export function daysIn(y: number, mo: number): number {
  return mo === 2 ? (y % 4 || (y % 100 === 0 && y % 400) ? 28 : 29) : 30 + ((mo + (mo >> 3)) & 1);
}

/**
 * The instant of a wall time: with its own offset (minutes east), else in `zone` (the feed's
 * zone: IANA name, offset or abbreviation), else UTC. Impossible fields and years outside
 * 1000–9999 give undefined.
 */
export function compose(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offset: number | undefined,
  zone: string | undefined
): string | undefined {
  if (y < 1000 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return undefined;
  if (h > 23 || mi > 59 || s > 60) return undefined;
  const wall = (((civilDays(y, mo, d) * 24 + h) * 60 + mi) * 60 + Math.min(s, 59)) * 1000 + ms;
  const t = offset !== undefined ? wall - offset * 60000 : (inZone(wall, zone) ?? wall);
  return t >= MIN_TIME && t < MAX_TIME ? new Date(t).toISOString() : undefined;
}
