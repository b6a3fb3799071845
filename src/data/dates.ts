/**
 * Feed dates → ISO 8601 (`toISOString()`), or undefined when unreadable. As forgiving as Python
 * feedparser's date handlers (studied, not ported):
 *
 * - W3CDTF / ISO 8601 / RFC 3339: `2023-11-13T10:40:00.123+07:00`, `2023-11-13 10:40:00 -00:20`
 *   (MSSQL), `2023-11-13`, `2023-11`, `2023`, `20231113T104000Z`, ordinal `2023-317`, Google's
 *   `2003-012-31`, lower-case `t`/`z`.
 * - RFC 822 / 1123 / 850 and what real feeds make of them: day names or none, with or without a
 *   comma (`Fri,24 Nov 2023`), stray commas (`13 Feb, 2012`), full month names, two-digit years
 *   (< 90 → 20xx, as feedparser), no seconds, no time at all, `13-Nov-94`, month before day
 *   (`Thu Aug 30 2012 17:26:16 +0200`, JavaScript's `Date#toString`), asctime
 *   (`Sun Jan  4 16:29:06 2004`, `Sun Jul 15 01:16:00 +0000 2012`), `2006/09/15` (Perforce).
 * - Zones: `±hhmm`, `±hh:mm`, `±hh`, `GMT±hh[:mm]`, `UTC±…`, `Etc/GMT`, IANA names
 *   (`Asia/Ho_Chi_Minh`), the named zones in ZONES (dates/zones.ts) and military letters.
 * - Month names in English, French, German, Spanish, Portuguese, Italian, Dutch, Indonesian,
 *   Malay, Hungarian, Scandinavian, Greek, Russian, Thai (with Buddhist-era years) and Arabic
 *   (Egyptian and Levantine), any day name; numeric dates marked as in Vietnamese
 *   (`ngày 13 tháng 11 năm 2023`), Japanese and Chinese (`2023年11月13日 10時40分`) and Korean
 *   (`2023년 11월 13일 오후 10:40`); `dd/mm/yyyy` and `dd.mm.yyyy`; AM/PM in those languages;
 *   Arabic-Indic and full-width digits.
 *
 * A date with no zone is read in the zone the caller passes (the feed's declared zone), else in
 * the one zone its words are used in (Korean; Japanese kana, 曜, 午前/午後; Chinese 星期, 上午/下午;
 * Vietnamese; Thai: see IMPLIED in dates/free-form.ts; feedparser does this for Korean), else
 * in UTC. Bare `年月日` could be Japan or China and implies nothing. Every regex here (and in
 * dates/*) is linear: bounded quantifiers, no nested or overlapping repetition, and input over
 * 100 characters is refused.
 */

import {compose, daysIn, fraction, MAX_TIME, MIN_TIME} from './dates/calendar.js';
import {hoursToMin, namedZone, offsetMinutes} from './dates/zones.js';

// Where each part lives: dates/zones.ts (abbreviations, offsets, IANA zones, WordPress's wall
// times), dates/calendar.ts (composing a wall time into an instant), dates/free-form.ts (the
// words of many languages and the free-form reader). This file: the entry and the fast paths.
export {wallTimeToIso} from './dates/zones.js';

type FreeForm = typeof import('./dates/free-form.js');
/**
 * The free-form reader (1.9 KiB gzip) once it has been asked for: most feeds' dates are RFC 822
 * or ISO 8601, which the fast paths below read, so it loads only for a feed that has another
 * form (`withDates` in parse.ts reads such a feed's items again once it has arrived).
 */
let freeForm: FreeForm | undefined;
let freeFormComing: Promise<unknown> | undefined;
let freeFormMisses = 0;

/**
 * How many dates the fast paths could not read while the free-form reader had not arrived: a
 * count, not a flag, so that two feeds read at once cannot take each other's.
 */
export const freeFormWanted = (): number => freeFormMisses;

/** Loads the free-form reader (once); `feedDate` reads every form once it has resolved. */
export function loadFreeForm(): Promise<unknown> {
  return (freeFormComing ??= import('./dates/free-form.js').then(
    (m) => (freeForm = m),
    (e: unknown) => {
      freeFormComing = undefined; // a later feed asks again
      throw e;
    }
  ));
}

export interface FeedDateOptions {
  /**
   * The feed's own zone, for dates that carry none: an IANA name (`Asia/Ho_Chi_Minh`), an offset
   * (`+07:00`, `-0500`, `UTC+7`) or a zone abbreviation from ZONES (dates/zones.ts).
   */
  timeZone?: string;
}

// Fast paths for the two forms most feeds use, then the ISO family.
const RFC3339 =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{3})?(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/;
const RFC822 =
  /^(?:[A-Z][a-z]{2},\s*)?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-]\d{4}|[A-Z]{1,4})$/;
const ENGLISH_MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';
const ISO =
  /^(\d{4})(?:-(\d{2,3})(?:-(\d{1,2}))?)?(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)?)?$/i;
const ISO_BASIC =
  /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:[.,](\d+))?(?:(Z)|([+-])(\d{2}):?(\d{2}))?)?$/i;

let debugged = 0;

/**
 * ISO string for a feed date, or undefined (with one `console.debug`, for the first few).
 * `options.timeZone` is the feed's declared zone, used only for dates that state none.
 */
export function feedDate(value: unknown, options?: FeedDateOptions): string | undefined {
  if (typeof value !== 'string' || value.length > 100) return undefined;
  const s = value.trim();
  if (!s) return undefined;
  const iso = parse(s, options?.timeZone);
  if (iso === null) return undefined; // for the free-form reader, once it has arrived
  if (iso === undefined && debugged < 10) {
    debugged++;
    console.debug('news-blocks: unreadable date', s);
  }
  return iso;
}

/** ISO string, undefined when unreadable, null when only the free-form reader can tell. */
function parse(s: string, feedZone: string | undefined): string | undefined | null {
  if (RFC3339.test(s)) {
    // The ECMAScript date format itself: the engine reads it, once the day is known to exist
    // (engines roll 30 February over to March).
    const n = (i: number) => s.charCodeAt(i) - 48;
    const y = n(0) * 1000 + n(1) * 100 + n(2) * 10 + n(3);
    const t = Date.parse(s);
    return y >= 1000 &&
      n(8) * 10 + n(9) <= daysIn(y, n(5) * 10 + n(6)) &&
      t >= MIN_TIME &&
      t < MAX_TIME
      ? new Date(t).toISOString()
      : undefined;
  }
  const c = s.charCodeAt(0);
  let m = c > 57 ? RFC822.exec(s) : null; // RSS dates start with a day name, ISO with a digit
  if (m) {
    const month = ENGLISH_MONTHS.indexOf(m[2]);
    const zone =
      m[7][0] === '+' || m[7][0] === '-' ? offsetMinutes(m[7]) : hoursToMin(namedZone(m[7]));
    if (month % 3 === 0 && zone !== undefined) {
      return compose(+m[3], month / 3 + 1, +m[1], +m[4], +m[5], +(m[6] ?? 0), 0, zone, feedZone);
    }
  }
  m = ISO.exec(s) ?? ISO_BASIC.exec(s);
  if (m) {
    const zone = m[8]
      ? 0
      : m[9]
        ? (m[9] === '-' ? -1 : 1) * (+m[10] * 60 + +(m[11] ?? 0))
        : undefined;
    if (m[9] && (+m[10] > 18 || +(m[11] ?? 0) > 59)) return undefined;
    let month = m[2] ? +m[2] : 1;
    let day = m[3] ? +m[3] : 1;
    if (m[2]?.length === 3 && !m[3] && month > 12) {
      // Ordinal date (2023-317): day of the year.
      const d = new Date(Date.UTC(+m[1], 0, month));
      if (d.getUTCFullYear() !== +m[1]) return undefined;
      [month, day] = [d.getUTCMonth() + 1, d.getUTCDate()];
    }
    return compose(
      +m[1],
      month,
      day,
      +(m[4] ?? 0),
      +(m[5] ?? 0),
      +(m[6] ?? 0),
      fraction(m[7]),
      zone,
      feedZone
    );
  }
  if (freeForm) return freeForm.parseFree(s, feedZone);
  freeFormMisses++;
  // Starts the download while the adapter reads on; its caller reads the feed again after it.
  loadFreeForm().catch(() => undefined);
  return null;
}
