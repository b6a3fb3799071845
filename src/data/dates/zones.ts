/**
 * Time zones of feed dates: the zone abbreviations and military letters a date may end with,
 * numeric offsets (`+07:00`, `GMT+7`), and IANA names through `Intl` (one cached formatter a
 * zone); a wall time read in a zone, and WordPress's zone-less `date` in the site's zone.
 */

/**
 * Zone abbreviations → hours east of UTC. Ambiguous ones take the meaning RFC 822 or feedparser
 * gives them, else the one most common in news feeds: CST, EST, MST, PST, AST are North
 * American (not China, Australia, Arabia); IST is India (not Ireland or Israel); BST is British
 * Summer Time (not Bangladesh); GST is the Gulf (not South Georgia). AT/ET/CT/MT/PT are read as
 * standard time all year, as feedparser does. Abbreviations of one or two letters count only
 * in capitals (`h` in Spanish `10:40 h` and `et` in French stay words).
 */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  WEST: 1,
  BST: 1,
  CET: 1,
  CEST: 2,
  MET: 1,
  MEST: 2,
  MEZ: 1,
  MESZ: 2,
  WAT: 1,
  EET: 2,
  EEST: 3,
  CAT: 2,
  SAST: 2,
  EAT: 3,
  MSK: 3,
  GST: 4,
  PKT: 5,
  IST: 5.5,
  ICT: 7,
  WIB: 7,
  WITA: 8,
  WIT: 9,
  HKT: 8,
  SGT: 8,
  MYT: 8,
  PHT: 8,
  AWST: 8,
  JST: 9,
  KST: 9,
  ACST: 9.5,
  ACDT: 10.5,
  AEST: 10,
  AEDT: 11,
  NZST: 12,
  NZDT: 13,
  NST: -3.5,
  NDT: -2.5,
  BRT: -3,
  ART: -3,
  AST: -4,
  ADT: -3,
  AT: -4,
  EST: -5,
  EDT: -4,
  ET: -5,
  CST: -6,
  CDT: -5,
  CT: -6,
  MST: -7,
  MDT: -6,
  MT: -7,
  PST: -8,
  PDT: -7,
  PT: -8,
  AKST: -9,
  AKDT: -8,
  HST: -10,
};

/** Hours east of UTC for a zone abbreviation or military letter, or undefined. */
export function namedZone(word: string): number | undefined {
  const up = word.toUpperCase();
  if (word.length < 3 && word !== up && up !== 'Z') return undefined;
  const h = ZONES[up];
  if (h !== undefined || !/^[A-IK-Y]$/.test(up)) return h;
  // Military letters, with RFC 822's signs (A = -1 … M = -12, N = +1 … Y = +12) as feedparser
  // reads them; RFC 1123 notes the signs were printed backwards, but Z is the only one in use.
  const c = up.charCodeAt(0) - 64;
  return c < 10 ? -c : c < 14 ? 1 - c : c - 13;
}

export function hoursToMin(h: number | undefined): number | undefined {
  return h === undefined ? undefined : h * 60;
}

/** Minutes east of UTC for `+07:00`, `-0500`, `+7`, `GMT+7`, `UTC-01:01`, or undefined. */
export function offsetMinutes(text: string): number | undefined {
  const m = /^(?:gmt|utc?)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(text.trim());
  if (!m || +m[2] > 18 || +(m[3] ?? 0) > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +(m[3] ?? 0));
}

/** The instant a wall time (as if UTC) names in a zone, or undefined for no or unknown zone. */
export function inZone(wall: number, zone: string | undefined): number | undefined {
  if (!zone) return undefined;
  const fixed = offsetMinutes(zone) ?? hoursToMin(namedZone(zone.trim()));
  if (fixed !== undefined) return wall - fixed * 60000;
  const format = formatter(zone);
  if (!format) return undefined;
  // The zone's offset at that instant; two passes settle DST edges.
  let guess = wall;
  for (let i = 0; i < 2; i++) guess = wall - zoneOffset(guess, format);
  return guess;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** One cached formatter per IANA zone (making one costs ~0.1 ms); null for an unknown zone. */
function formatter(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      f = null;
    }
    if (formatters.size > 64) formatters.clear();
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * A WordPress `date` (local wall time without zone) in the site's zone, as ISO.
 * `timeZone` is an IANA name; else `gmtOffset` in hours; else undefined.
 */
export function wallTimeToIso(
  local: string,
  {timeZone, gmtOffset}: {timeZone?: string; gmtOffset?: number}
): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return undefined;
  const asUtc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  const format = timeZone ? formatter(timeZone) : null;
  if (format) {
    let guess = asUtc;
    for (let i = 0; i < 2; i++) guess = asUtc - zoneOffset(guess, format);
    return new Date(guess).toISOString();
  }
  if (typeof gmtOffset === 'number' && Number.isFinite(gmtOffset)) {
    return new Date(asUtc - gmtOffset * 3600000).toISOString();
  }
  return undefined;
}

function zoneOffset(instant: number, format: Intl.DateTimeFormat): number {
  const parts = format.formatToParts(new Date(instant));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const wall = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second')
  );
  return wall - Math.floor(instant / 1000) * 1000;
}
