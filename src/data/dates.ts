/**
 * Feed dates → ISO 8601 (`toISOString()`), or undefined when unreadable. RFC 822 / 1123 (RSS)
 * with named and military zones, missing seconds and two-digit years; ISO 8601 / RFC 3339
 * (Atom, JSON Feed, Dublin Core).
 */

const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  A: -1,
  M: -12,
  N: 1,
  Y: 12,
  ICT: 7,
  JST: 9,
  KST: 9,
  CET: 1,
  CEST: 2,
  BST: 1,
  IST: 5.5,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const RFC822 =
  /^\s*(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,4})?\s*$/;
const ISO = /^\s*\d{4}-\d{2}(-\d{2})?([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\s*$/i;

function fromRfc822(s: string): Date | undefined {
  const m = RFC822.exec(s);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase());
  if (month < 0) return undefined;
  let year = Number(m[3]);
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  let offsetMin = 0;
  const zone = m[7];
  if (zone && /^[+-]\d{4}$/.test(zone)) {
    offsetMin =
      (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)));
  } else if (zone) {
    const z = ZONES[zone.toUpperCase()];
    if (z === undefined) return undefined;
    offsetMin = z * 60;
  }
  const utc = Date.UTC(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  // Reject impossible calendar dates ("32 Nov") rather than letting Date roll them over.
  if (new Date(utc).getUTCDate() !== Number(m[1])) return undefined;
  return new Date(utc - offsetMin * 60000);
}

/** ISO string for a feed date, or undefined. */
export function feedDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim() || value.length > 100) return undefined;
  const s = value.trim();
  let d: Date | undefined;
  if (ISO.test(s)) d = new Date(s.replace(' ', 'T'));
  else d = fromRfc822(s);
  if (!d || Number.isNaN(d.getTime())) return undefined;
  const y = d.getUTCFullYear();
  return y >= 1000 && y <= 9999 ? d.toISOString() : undefined;
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
  if (timeZone) {
    try {
      // Offset of the zone at that instant (two passes settle DST edges).
      let guess = asUtc;
      for (let i = 0; i < 2; i++) guess = asUtc - zoneOffset(guess, timeZone);
      return new Date(guess).toISOString();
    } catch {
      /* unknown zone: fall through */
    }
  }
  if (typeof gmtOffset === 'number' && Number.isFinite(gmtOffset)) {
    return new Date(asUtc - gmtOffset * 3600000).toISOString();
  }
  return undefined;
}

function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
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
