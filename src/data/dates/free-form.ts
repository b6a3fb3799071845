/**
 * Free-form feed dates, the forms no fast path reads: the words of many languages (month
 * names, AM/PM, Vietnamese, CJK and Korean units), tokens, and each number taking the place
 * its neighbours give it; a zone implied by the script when the date states none.
 */
import {compose, fraction, year} from './calendar.js';
import {hoursToMin, namedZone, offsetMinutes} from './zones.js';

/**
 * Month names by month: the word itself, or the first four or three letters of a longer word,
 * written naturally and normalised like the input (lower case, no dots, Latin and Greek accents
 * dropped, Arabic hamza and harakat dropped). A day name spelt like a month (French `mar.` for mardi,
 * Dutch `maandag`) is harmless: the last month word in a date wins.
 */
const MONTH_NAMES = [
  'jan ene gen янв ιαν มกราคม มค يناير كانونالثاني',
  'feb fev фев φεβ กุมภาพันธ์ กพ فبراير شباط',
  'mar maa mrt mac мар μαρ มีนาคม มีค مارس آذار',
  'apr avr abr апр απρ เมษายน เมย أبريل نيسان',
  'may mai mei mag maj мая май μαι พฤษภาคม พค مايو أيار',
  'jun juin giu июн ιουν ιον มิถุนายน มิย يونيو يونيه حزيران',
  'jul juil lug июл ιουλ ιολ กรกฎาคม กค يوليو يوليه تموز',
  'aug ago aou agu agt ogo авг αυγ สิงหาคม สค أغسطس آب',
  'sep set sze сен σεπ กันยายน กย سبتمبر أيلول',
  'oct okt ott out окт οκτ ตุลาคม ตค أكتوبر تشرينالأول',
  'nov ноя νοε พฤศจิกายน พย نوفمبر تشرينالثاني',
  'dec dic dez des dis дек δεκ ธันวาคม ธค ديسمبر كانونالأول',
];

const NON_ASCII = /[^\t-~]/;
const THAI = /[\u0e00-\u0e7f]/;

function normWord(word: string): string {
  let w = word.toLowerCase().replace(/\./g, '');
  if (NON_ASCII.test(w)) {
    w = w.normalize('NFD').replace(/[\u0300-\u036f\u064b-\u065f]/g, '');
  }
  return w;
}

let months: Map<string, number> | undefined;

function monthOf(key: string): number | undefined {
  if (!months) {
    months = new Map();
    MONTH_NAMES.forEach((names, i) => {
      for (const name of names.split(' ')) months!.set(normWord(name), i + 1);
    });
  }
  return months.get(key) ?? months.get(key.slice(0, 4)) ?? months.get(key.slice(0, 3));
}

const AM = new Set(['am', 'sa', '午前', '上午', '오전', 'ص']);
const PM = new Set(['pm', 'ch', '午後', '下午', '오후', 'م']);

/** Zones implied by a script or language spoken in one zone only, for zone-less dates. */
const IMPLIED: [RegExp, number][] = [
  [/[\uac00-\ud7af\u3040-\u30ff曜]|午[前後]/, 540], // Korean; Japanese kana, weekday, a.m./p.m.
  [/[星周]期|[上下]午|时/, 480], // Chinese (China, Taiwan, Hong Kong, Singapore: all UTC+8)
  [/th[áa]ng|thg|ng[àa]y|thứ|[\u0e00-\u0e7f]/i, 420], // Vietnamese, Thai
];

/**
 * One token of a free-form date: 1-4 time `10:40[:05[.123]]` or `10h40`; 5-8 numeric date
 * `13/11/2023`, `2020/1/10`, `14.11.23`; 9-11 signed offset (or a dash and a number before any
 * time); 12 number; 13 CJK/Korean unit after a number; 14 word (with `/Region/City` for IANA
 * names); else one punctuation character.
 */
const TOKEN =
  /(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?!\d)|(\d{1,4})([./-])(\d{1,2})\6(\d{1,4})(?!\d)|([+-])(\d{1,2})(?::?(\d{2}))?(?![\d:])|(\d+)|([年月日년월일時时시分분秒초])|([^\s\d,;:()[\]/+\-–—|،年月日년월일時时시分분秒초]+(?:\/[\w+-]+)*)|\S/g;

/** Unit after a number → field it fills. */
const UNITS: Record<string, number> = {
  年: 0,
  년: 0,
  月: 1,
  월: 1,
  日: 2,
  일: 2,
  時: 3,
  时: 3,
  시: 3,
  分: 4,
  분: 4,
  秒: 5,
  초: 5,
};

/** Vietnamese words before a number → field it fills (-1: a weekday number, `Thứ 2`). */
const VI_MARKS = new Map([
  ['năm', 0],
  ['tháng', 1],
  ['thg', 1],
  ['ngày', 2],
  ['thứ', -1],
]);

const DIGITS = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\uff1a\u2212]/g;

/** Every other form: tokens, then each number takes the place its neighbours give it. */
export function parseFree(input: string, feedZone: string | undefined): string | undefined {
  let s = input;
  if (NON_ASCII.test(s)) {
    s = s
      .normalize('NFC')
      .replace(DIGITS, (c) => {
        const n = c.charCodeAt(0);
        if (n === 0x2212) return '-';
        if (n === 0xff1a) return ':';
        return String((n - (n >= 0xff10 ? 0xff10 : n >= 0x6f0 ? 0x6f0 : 0x660)) % 10);
      })
      // Levantine month names of two words (كانون الثاني) become one.
      .replace(/(كانون|تشرين) (ال)/g, '$1$2');
  }
  // year, month, day, hour, minute, second
  const f: (number | undefined)[] = [];
  const free: string[] = []; // numbers not yet placed
  let ms = 0;
  let timeAt = -1;
  let ampm = 0;
  let ampmAt = -2;
  let zone: number | undefined;
  let zoneName: string | undefined;
  let afterGmt = false;
  let named: number | undefined;
  let thai = false;
  let mark: number | undefined;
  let lastNum = -2;
  let i = 0;
  for (const t of s.matchAll(TOKEN)) {
    i++;
    const pending = mark;
    mark = undefined;
    if (t[1]) {
      if (timeAt >= 0) return undefined;
      timeAt = i;
      [f[3], f[4], f[5]] = [+t[1], +t[2], +(t[3] ?? 0)];
      ms = fraction(t[4]);
    } else if (t[5]) {
      if (f[0] !== undefined || f[1] !== undefined || f[2] !== undefined) return undefined;
      const [a, b, c] = [+t[5], +t[7], +t[8]];
      // yyyy/mm/dd; dd.mm.yyyy; dd/mm/yyyy unless the second number cannot be a month
      // (then mm/dd/yyyy): numeric dates in news feeds are day-first outside the US.
      if (t[5].length > 2) [f[0], f[1], f[2]] = [a, b, c];
      else if (b > 12 && t[6] !== '.') [f[0], f[1], f[2]] = [year(t[8]), a, b];
      else [f[0], f[1], f[2]] = [year(t[8]), b, a];
    } else if (t[9]) {
      if (timeAt < 0) {
        // A dash before any time separates date parts (13-Nov-2023): a number, not a zone.
        free.push(t[10] + (t[11] ?? ''));
        lastNum = i;
      } else if (zone === undefined || afterGmt) {
        zone = offsetMinutes(t[0]);
        if (zone === undefined) return undefined;
        afterGmt = false;
      }
    } else if (t[12]) {
      if (pending === undefined) {
        free.push(t[12]);
        lastNum = i;
      } else if (pending >= 0) f[pending] = +t[12];
    } else if (t[13]) {
      if (lastNum === i - 1) f[UNITS[t[13]]] = +free.pop()!;
    } else if (t[14]) {
      const raw = t[14];
      if (raw.includes('/')) {
        if (timeAt >= 0) zoneName ??= raw;
        continue;
      }
      const low = raw.toLowerCase();
      mark = VI_MARKS.get(low);
      if (mark !== undefined) continue;
      if (AM.has(low.replace(/\./g, ''))) [ampm, ampmAt] = [1, i];
      else if (PM.has(low.replace(/\./g, ''))) [ampm, ampmAt] = [2, i];
      else if (timeAt >= 0 && zone === undefined && namedZone(raw) !== undefined) {
        zone = hoursToMin(namedZone(raw));
        afterGmt = /^(gmt|utc?)$/i.test(raw);
      } else {
        const month = monthOf(normWord(raw));
        if (month) [named, thai] = [month, THAI.test(raw)];
      }
    }
  }
  for (const n of free) {
    const v = +n;
    if (n.length > 2 && f[0] === undefined) f[0] = v;
    else if (f[2] === undefined && v <= 31) f[2] = v;
    else if (f[0] === undefined && f[2] !== undefined) f[0] = year(n);
    else return undefined;
  }
  f[1] ??= named;
  const [, mo, , , mi = 0, sec = 0] = f;
  let [y, , d, h = 0] = f;
  if (y === undefined || mo === undefined) return undefined;
  // Month and year alone ("November 2023") is the first of the month; with a time, a day is due.
  if (d === undefined) {
    if (timeAt >= 0) return undefined;
    d = 1;
  }
  if (thai && y > 2400) y -= 543; // Buddhist era
  if (ampm && Math.abs(ampmAt - timeAt) === 1 && h <= 12) h = (h % 12) + (ampm === 2 ? 12 : 0);
  let implied: number | undefined;
  if (zone === undefined && !zoneName && !feedZone) {
    implied = IMPLIED.find(([re]) => re.test(s))?.[1];
  }
  return compose(y, mo, d, h, mi, sec, ms, zone ?? implied, zoneName ?? feedZone);
}
