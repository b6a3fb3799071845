import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {feedDate, loadFreeForm, wallTimeToIso} from '../../src/data/dates.js';

// `feedDate` is called directly here: with the free-form reader, which parseFeed loads on demand.
before(() => loadFreeForm());

/** [input, expected ISO (or undefined), what the row shows]. */
type Row = [string, string | undefined, string];

/** Runs a table: one `it` per row, so a failure names the form. */
function table(rows: Row[], options?: Parameters<typeof feedDate>[1]) {
  for (const [input, expected, why] of rows) {
    it(`${why}: ${JSON.stringify(input)}`, () => {
      expect(feedDate(input, options)).to.equal(expected);
    });
  }
}

describe('feedDate', () => {
  let debug: typeof console.debug;
  beforeEach(() => {
    debug = console.debug;
    console.debug = () => {};
  });
  afterEach(() => {
    console.debug = debug;
  });

  describe('the forms issue 11 found lost', () => {
    table([
      ['Fri,24 Nov 2023 18:28:36 -0000', '2023-11-24T18:28:36.000Z', 'no space after the comma'],
      ['Mon, 13 Feb, 2012 06:28:00 UTC', '2012-02-13T06:28:00.000Z', 'extra comma'],
      ['Thu, 01 Jan 2004', '2004-01-01T00:00:00.000Z', 'no time'],
      ['Mon, 26 January 2004 16:31:00 PT', '2004-01-27T00:31:00.000Z', 'full month, PT'],
      ['Mon, 26 January 2004 16:31:00 AT', '2004-01-26T20:31:00.000Z', 'AT is -4'],
      ['Mon, 26 January 2004 16:31:00 ET', '2004-01-26T21:31:00.000Z', 'ET is -5'],
      ['Mon, 26 January 2004 16:31:00 CT', '2004-01-26T22:31:00.000Z', 'CT is -6'],
      ['Mon, 26 January 2004 16:31:00 MT', '2004-01-26T23:31:00.000Z', 'MT is -7'],
      ['Wed, 5 Nov 2025 13:52:10 EST', '2025-11-05T18:52:10.000Z', 'EST'],
      ['Wed, 5 Nov 2025 13:52:10 EDT', '2025-11-05T17:52:10.000Z', 'EDT'],
      ['Wed, 5 Nov 2025 13:52:10 PST', '2025-11-05T21:52:10.000Z', 'PST'],
      ['Thu, 30 Apr 2015 08:57:00 MET', '2015-04-30T07:57:00.000Z', 'MET'],
      ['Thu, 30 Apr 2015 08:57:00 MEST', '2015-04-30T06:57:00.000Z', 'MEST'],
      ['Wed, 19 Aug 2009 18:28:00 Etc/GMT', '2009-08-19T18:28:00.000Z', 'Etc/GMT'],
      ['Wed, 19 Feb 2012 22:40:00 GMT-01:01', '2012-02-19T23:41:00.000Z', 'GMT-hh:mm'],
      ['Wed, 19 Feb 2012 22:40:00 -01:01', '2012-02-19T23:41:00.000Z', '±hh:mm'],
      ['2004-07-08 23:56:58 -00:20', '2004-07-09T00:16:58.000Z', 'MSSQL with -00:20'],
      ['Sun Jan  4 16:29:06 2004', '2004-01-04T16:29:06.000Z', 'asctime'],
      ['Thu Aug 30 2012 17:26:16 +0200', '2012-08-30T15:26:16.000Z', 'month before day'],
      ['2003', '2003-01-01T00:00:00.000Z', 'W3CDTF year'],
      ['2003-12', '2003-12-01T00:00:00.000Z', 'W3CDTF year-month'],
    ]);
  });

  describe('the other variants Python feedparser reads', () => {
    table([
      ['Thu, 01 Jan 04 19:48:21 GMT', '2004-01-01T19:48:21.000Z', 'two-digit year'],
      ['Wed, 01 Jan 97 19:48:21 GMT', '1997-01-01T19:48:21.000Z', 'two-digit year ≥ 90'],
      ['Thu,  5 Apr 2012 10:00:00 GMT', '2012-04-05T10:00:00.000Z', 'one-digit day'],
      ['Thu, 01 Jan 2004 00:00 GMT', '2004-01-01T00:00:00.000Z', 'no seconds'],
      ['Mon, 13 Nov 2023 10:40 +0700', '2023-11-13T03:40:00.000Z', 'no seconds, offset'],
      ['THU, 01 JAN 2004 19:48:21 gmt', '2004-01-01T19:48:21.000Z', 'upper and lower case'],
      ['Sept. 5, 2012 10:00 AM EDT', '2012-09-05T14:00:00.000Z', 'dots, AM and a zone'],
      ['Sep 5, 2012 1:05 p.m. PDT', '2012-09-05T20:05:00.000Z', 'p.m.'],
      ['Sunday, 06-Nov-94 08:49:37 GMT', '1994-11-06T08:49:37.000Z', 'RFC 850'],
      ['13-Nov-2023 10:40', '2023-11-13T10:40:00.000Z', 'dashes'],
      ['Sun Jul 15 01:16:00 +0000 2012', '2012-07-15T01:16:00.000Z', 'asctime with a zone'],
      [
        'Thu Aug 30 2012 17:26:16 GMT+0200 (Central European Summer Time)',
        '2012-08-30T15:26:16.000Z',
        "JavaScript's Date#toString",
      ],
      ['Fri, 2006/09/15 08:19:53 EDT', '2006-09-15T12:19:53.000Z', 'Perforce'],
      ['Mon, 13 Nov 2023 10:40:00 Z', '2023-11-13T10:40:00.000Z', 'military Z'],
      ['Mon, 13 Nov 2023 10:40:00 A', '2023-11-13T11:40:00.000Z', 'military A (RFC 822: -1)'],
      ['Mon, 13 Nov 2023 10:40:00 N', '2023-11-13T09:40:00.000Z', 'military N (RFC 822: +1)'],
      ['Mon, 13 Nov 2023 10:40:00 Y', '2023-11-12T22:40:00.000Z', 'military Y (RFC 822: +12)'],
      ['Mon, 13 Nov 2023 10:40:00 +07', '2023-11-13T03:40:00.000Z', '±hh'],
      ['Mon, 13 Nov 2023 10:40:00 UTC+7', '2023-11-13T03:40:00.000Z', 'UTC+h'],
      ['Mon, 13 Nov 2023 10:40:00 +0700 (ICT)', '2023-11-13T03:40:00.000Z', 'offset wins'],
      ['Mon, 13 Nov 2023 10:40:00 Asia/Ho_Chi_Minh', '2023-11-13T03:40:00.000Z', 'IANA zone'],
      ['Mon, 13 Nov 2023 10:40:00 Etc/GMT-7', '2023-11-13T03:40:00.000Z', 'Etc/GMT-7 is +7'],
      ['2003-12-31T10:14:55Z', '2003-12-31T10:14:55.000Z', 'RFC 3339 Z'],
      ['2003-12-31t10:14:55z', '2003-12-31T10:14:55.000Z', 'lower-case t and z'],
      ['2003-12-31T10:14:55-08:00', '2003-12-31T18:14:55.000Z', 'offset'],
      ['2003-12-31T10:14:55-0800', '2003-12-31T18:14:55.000Z', 'offset without colon'],
      ['2003-12-31T10:14:55.1234Z', '2003-12-31T10:14:55.123Z', 'fractional seconds'],
      ['2007-04-23T23:25:47,5+10:00', '2007-04-23T13:25:47.500Z', 'decimal comma'],
      ['2003-12-31T10:14Z', '2003-12-31T10:14:00.000Z', 'no seconds'],
      ['2003-12-31 10:14:55', '2003-12-31T10:14:55.000Z', 'space separator, no zone'],
      ['2003-12-31T10:14:55 +07:00', '2003-12-31T03:14:55.000Z', 'space before the zone'],
      ['2003-12-31', '2003-12-31T00:00:00.000Z', 'date only'],
      ['2003-012-31T10:14:55+00:00', '2003-12-31T10:14:55.000Z', "Google's three-digit month"],
      ['2003-335', '2003-12-01T00:00:00.000Z', 'ordinal date'],
      ['20040105', '2004-01-05T00:00:00.000Z', 'basic format'],
      ['20040105T101010+0700', '2004-01-05T03:10:10.000Z', 'basic format with time'],
      ['2004-02-28T18:14:55-08:00', '2004-02-29T02:14:55.000Z', 'into a leap day'],
      ['2003-02-28T18:14:55-08:00', '2003-03-01T02:14:55.000Z', 'past a non-leap February'],
      ['2023-11-13 10:40:00 EST', '2023-11-13T15:40:00.000Z', 'ISO with a named zone'],
      ['2020/1/10 14:33:00', '2020-01-10T14:33:00.000Z', 'yyyy/m/d'],
      ['13/11/2023 10:40', '2023-11-13T10:40:00.000Z', 'dd/mm/yyyy'],
      ['11/13/2023', '2023-11-13T00:00:00.000Z', 'mm/dd/yyyy when dd/mm cannot be'],
      ['05/11/2023', '2023-11-05T00:00:00.000Z', 'ambiguous: day first'],
      ['13.11.23 10:40', '2023-11-13T10:40:00.000Z', 'dd.mm.yy'],
      ['10:40, 13/11/2023', '2023-11-13T10:40:00.000Z', 'time first'],
      ['November 2023', '2023-11-01T00:00:00.000Z', 'month and year'],
      ['Κυρ, 11 Ιούλ 2004 12:00:00 EST', '2004-07-11T17:00:00.000Z', 'Greek'],
      ['2004-július-13T9:15-05:00', '2004-07-13T14:15:00.000Z', 'Hungarian'],
      ['2004-05-25 오후 11:23:17', '2004-05-25T14:23:17.000Z', 'Korean (Nate), KST implied'],
      ['2004년 05월 28일  01:31:15', '2004-05-27T16:31:15.000Z', 'Korean (OnBlog), KST implied'],
    ]);
  });

  describe('month and day names in other languages', () => {
    table([
      ['13 tháng 11 2023 10:40', '2023-11-13T03:40:00.000Z', 'vi, ICT implied'],
      ['Thứ hai, 13/11/2023, 10:40 (GMT+7)', '2023-11-13T03:40:00.000Z', 'vi (VnExpress)'],
      ['Thứ 2, 13/11/2023 10:40 SA', '2023-11-13T03:40:00.000Z', 'vi weekday number, SA'],
      ['13/11/2023 02:40 CH', '2023-11-13T14:40:00.000Z', 'vi CH (p.m.)'],
      ['ngày 13 tháng 11 năm 2023', '2023-11-12T17:00:00.000Z', 'vi words for day/month/year'],
      ['13 thg 11, 2023', '2023-11-12T17:00:00.000Z', 'vi CLDR abbreviation'],
      ['2023年11月13日 10:40', '2023-11-13T10:40:00.000Z', 'ja/zh: no implied zone'],
      ['2023年11月13日(月) 10時40分', '2023-11-13T10:40:00.000Z', 'ja/zh-Hant 時: none implied'],
      ['2023年11月13日（月曜日）10:40', '2023-11-13T01:40:00.000Z', 'ja 曜日, JST implied'],
      ['2023年11月13日 午後3:40', '2023-11-13T06:40:00.000Z', 'ja 午後'],
      ['2023年11月13日 星期一 下午 3:40', '2023-11-13T07:40:00.000Z', 'zh, CST+8 implied'],
      ['２０２３年１１月１３日 １０：４０ +0900', '2023-11-13T01:40:00.000Z', 'full-width digits'],
      ['2023년 11월 13일 (월) 오전 10:40', '2023-11-13T01:40:00.000Z', 'ko'],
      ['الإثنين، 13 نوفمبر 2023 - 10:40 م', '2023-11-13T22:40:00.000Z', 'ar (Egypt, Gulf)'],
      ['١٣ تشرين الثاني ٢٠٢٣', '2023-11-13T00:00:00.000Z', 'ar (Levant), Arabic-Indic digits'],
      ['٢ كانون الثاني ٢٠٢٤', '2024-01-02T00:00:00.000Z', 'ar كانون الثاني is January'],
      ['1 آب 2023', '2023-08-01T00:00:00.000Z', 'ar آب'],
      ['mar., 14 nov. 2023', '2023-11-14T00:00:00.000Z', 'fr: mardi is not March'],
      ['lundi 13 novembre 2023 à 10h40', '2023-11-13T10:40:00.000Z', 'fr 10h40'],
      ['1er févr. 2023', '2023-02-01T00:00:00.000Z', 'fr 1er'],
      ['1 أبريل 2023', '2023-04-01T00:00:00.000Z', 'ar with hamza'],
      ['1 ابريل 2023', '2023-04-01T00:00:00.000Z', 'ar without hamza'],
      ['14 juillet 2023', '2023-07-14T00:00:00.000Z', 'fr juillet'],
      ['21 juin 2023', '2023-06-21T00:00:00.000Z', 'fr juin'],
      ['15 août 2023', '2023-08-15T00:00:00.000Z', 'fr août'],
      ['Di, 14 Nov 2023 10:40:00 +0100', '2023-11-14T09:40:00.000Z', 'de'],
      ['Dienstag, 14. März 2023, 10:40 Uhr MEZ', '2023-03-14T09:40:00.000Z', 'de März, MEZ'],
      ['14.11.2023 10:40', '2023-11-14T10:40:00.000Z', 'de dd.mm.yyyy'],
      ['mié, 15 de noviembre de 2023 10:40', '2023-11-15T10:40:00.000Z', 'es'],
      ['1 dic. 2023', '2023-12-01T00:00:00.000Z', 'es dic.'],
      ['qua, 15 out 2023 10:40:00 -0300', '2023-10-15T13:40:00.000Z', 'pt out'],
      ['5 de fevereiro de 2023', '2023-02-05T00:00:00.000Z', 'pt fevereiro'],
      ['mar 14 mag 2023 10:40', '2023-05-14T10:40:00.000Z', 'it: martedì, maggio'],
      ['maandag 13 maart 2023', '2023-03-13T00:00:00.000Z', 'nl: maandag is not March'],
      ['13 mrt 2023', '2023-03-13T00:00:00.000Z', 'nl mrt'],
      ['Senin, 13 Agustus 2023 10:40 WIB', '2023-08-13T03:40:00.000Z', 'id, WIB'],
      ['13 Des 2023', '2023-12-13T00:00:00.000Z', 'id Des'],
      ['14 ноября 2023 г., 10:40', '2023-11-14T10:40:00.000Z', 'ru'],
      ['1 мая 2023', '2023-05-01T00:00:00.000Z', 'ru мая'],
      ['14 พ.ย. 2566 10:40 น.', '2023-11-14T03:40:00.000Z', 'th, Buddhist era, ICT implied'],
      ['14 พฤศจิกายน 2023', '2023-11-13T17:00:00.000Z', 'th full month name'],
    ]);
  });

  describe('named zones', () => {
    const zones: [string, number][] = [
      ['UT', 0],
      ['GMT', 0],
      ['WET', 0],
      ['BST', 60],
      ['CET', 60],
      ['CEST', 120],
      ['EET', 120],
      ['EEST', 180],
      ['MSK', 180],
      ['IST', 330],
      ['ICT', 420],
      ['WIB', 420],
      ['HKT', 480],
      ['SGT', 480],
      ['JST', 540],
      ['KST', 540],
      ['ACST', 570],
      ['AEST', 600],
      ['AEDT', 660],
      ['NZST', 720],
      ['NST', -210],
      ['AST', -240],
      ['ADT', -180],
      ['CST', -360],
      ['CDT', -300],
      ['MST', -420],
      ['MDT', -360],
      ['PDT', -420],
      ['AKST', -540],
      ['HST', -600],
    ];
    for (const [zone, minutes] of zones) {
      it(`${zone} is UTC${minutes < 0 ? '' : '+'}${minutes / 60}`, () => {
        const expected = new Date(Date.UTC(2023, 10, 13, 12) - minutes * 60000).toISOString();
        expect(feedDate(`Mon, 13 Nov 2023 12:00:00 ${zone}`)).to.equal(expected);
      });
    }
    it('counts one- and two-letter zones only in capitals', () => {
      // Spanish "10:40 h" and French "et" are words, not zones H and ET.
      expect(feedDate('13 nov 2023 10:40 h')).to.equal('2023-11-13T10:40:00.000Z');
      expect(feedDate('13 nov 2023 10:40 et')).to.equal('2023-11-13T10:40:00.000Z');
      expect(feedDate('13 Nov 2023 10:40 ET')).to.equal('2023-11-13T15:40:00.000Z');
    });
  });

  describe('a date without a zone', () => {
    it('is UTC when the feed declares none', () => {
      expect(feedDate('2023-11-13T10:40:00')).to.equal('2023-11-13T10:40:00.000Z');
      expect(feedDate('2023-11-13T10:40')).to.equal('2023-11-13T10:40:00.000Z');
      expect(feedDate('Mon, 13 Nov 2023 10:40')).to.equal('2023-11-13T10:40:00.000Z');
    });
    it('is read in the feed zone, given as an IANA name, an offset or an abbreviation', () => {
      expect(feedDate('2023-11-13T10:40:00', {timeZone: 'Asia/Ho_Chi_Minh'})).to.equal(
        '2023-11-13T03:40:00.000Z'
      );
      expect(feedDate('2023-11-13 10:40', {timeZone: '+07:00'})).to.equal(
        '2023-11-13T03:40:00.000Z'
      );
      expect(feedDate('13 Nov 2023 10:40', {timeZone: '-0500'})).to.equal(
        '2023-11-13T15:40:00.000Z'
      );
      expect(feedDate('13 Nov 2023 10:40', {timeZone: 'UTC+5:30'})).to.equal(
        '2023-11-13T05:10:00.000Z'
      );
      expect(feedDate('13 Nov 2023 10:40', {timeZone: 'JST'})).to.equal('2023-11-13T01:40:00.000Z');
      expect(feedDate('2023-11-13', {timeZone: 'Asia/Tokyo'})).to.equal('2023-11-12T15:00:00.000Z');
    });
    it('follows daylight saving time in an IANA zone', () => {
      const ny = {timeZone: 'America/New_York'};
      expect(feedDate('2023-07-13 10:40', ny)).to.equal('2023-07-13T14:40:00.000Z');
      expect(feedDate('2023-01-13 10:40', ny)).to.equal('2023-01-13T15:40:00.000Z');
      // 01:30 on 5 November 2023 happens twice in New York; either reading is an hour apart.
      expect(['2023-11-05T05:30:00.000Z', '2023-11-05T06:30:00.000Z']).to.include(
        feedDate('2023-11-05 01:30', ny)
      );
    });
    it('keeps the zone the date states over the feed zone', () => {
      const vn = {timeZone: 'Asia/Ho_Chi_Minh'};
      expect(feedDate('2023-11-13T10:40:00Z', vn)).to.equal('2023-11-13T10:40:00.000Z');
      expect(feedDate('Mon, 13 Nov 2023 10:40:00 GMT', vn)).to.equal('2023-11-13T10:40:00.000Z');
      expect(feedDate('Mon, 13 Nov 2023 10:40:00 -0500', vn)).to.equal('2023-11-13T15:40:00.000Z');
    });
    it('prefers the feed zone to the zone a language implies', () => {
      expect(feedDate('2023년 11월 13일 10:40', {timeZone: 'UTC'})).to.equal(
        '2023-11-13T10:40:00.000Z'
      );
    });
    it('falls back to UTC for an unknown feed zone', () => {
      expect(feedDate('2023-11-13T10:40', {timeZone: 'Mars/Olympus_Mons'})).to.equal(
        '2023-11-13T10:40:00.000Z'
      );
      expect(feedDate('2023-11-13T10:40', {timeZone: '+99:00'})).to.equal(
        '2023-11-13T10:40:00.000Z'
      );
    });
  });

  describe('what it refuses', () => {
    table([
      ['Mon, 32 Nov 2023 10:40 +0700', undefined, '32 November'],
      ['32 Nov 2023', undefined, '32 November, free form'],
      ['32 Nov', undefined, 'no year'],
      ['Sun, 31 Jun 2009 12:00:00 GMT', undefined, '31 June'],
      ['2023-02-29', undefined, '29 February in a common year'],
      ['2023-02-30T10:00:00Z', undefined, '30 February (engines roll it over)'],
      ['2023-04-31T10:00:00.000+07:00', undefined, '31 April'],
      ['2003-12-31T25:14:55Z', undefined, 'hour 25'],
      ['2003-12-31T10:61:55Z', undefined, 'minute 61'],
      ['2003-13-01', undefined, 'month 13'],
      ['Thu, 01 Jan 0100 00:00:01 +0100', undefined, 'year 100'],
      ['0999-12-31T23:59:59Z', undefined, 'year 999'],
      ['Sun, 31 Dec 9999 23:59:59 -0500', undefined, 'into year 10000'],
      ['9999-12-31T23:59:59-99:99', undefined, 'offset -99:99'],
      ['Sun, 16 Dec 2012 1:2:3:4 GMT', undefined, 'four-part time'],
      ['Sun, 16 zzz 2012 11:47:32 GMT', undefined, 'no month'],
      ['Sun, Dec x 2012 11:47:32 GMT', undefined, 'no day'],
      ['Sun, 16 Dec zz 11:47:32 GMT', undefined, 'no year'],
      ['Sun, 16 Dec 2012 11:47:32 +zz:00', undefined, 'letters in the offset hours'],
      ['Sun, 16 Dec 2012 11:47:32 +00:zz', undefined, 'letters in the offset minutes'],
      ['2013-01-27-01', undefined, 'four date parts'],
      ['2013-xx-27', undefined, 'letters for a month'],
      ['22013', undefined, 'five-digit year'],
      ['013', undefined, 'three digits'],
      ['1518478934', undefined, 'a Unix time (feedjira: "invalid date")'],
      ['yesterday', undefined, 'a word'],
      ['2 hours ago', undefined, 'a relative time'],
      ['Nov 13', undefined, 'no year'],
      ['', undefined, 'empty'],
      ['   ', undefined, 'blank'],
      ['Invalid Date', undefined, "what a Date says when it can't"],
    ]);
    it('refuses values that are not strings, and strings over 100 characters', () => {
      for (const v of [undefined, null, 1700000000000, new Date(), {}, ['2023-11-13']]) {
        expect(feedDate(v)).to.equal(undefined);
      }
      expect(feedDate(`2023-11-13T10:40:00Z${' '.repeat(90)}`)).to.equal(undefined);
    });
    it('says so with a console.debug at most', () => {
      const calls: unknown[][] = [];
      console.debug = (...args: unknown[]) => calls.push(args);
      expect(feedDate('not a date')).to.equal(undefined);
      expect(calls.length).to.be.at.most(1);
      for (const c of calls) expect(String(c[1])).to.equal('not a date');
    });
  });

  describe('properties', () => {
    const instant = fc.date({
      min: new Date('1000-01-02'),
      max: new Date('9999-12-30'),
      noInvalidDate: true,
    });

    it('returns a UTC ISO string or undefined for any string, never "Invalid Date"', () => {
      fc.assert(
        fc.property(fc.string({maxLength: 100}), (s) => {
          const iso = feedDate(s);
          return iso === undefined || /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(iso);
        })
      );
    });

    it('reads toUTCString, toISOString and RFC 822 with any offset back to the same instant', () => {
      fc.assert(
        fc.property(instant, fc.integer({min: -12 * 60, max: 14 * 60}), (d, off) => {
          const t = Math.floor(d.getTime() / 1000) * 1000;
          const iso = new Date(t).toISOString();
          expect(feedDate(new Date(t).toUTCString())).to.equal(iso);
          expect(feedDate(iso)).to.equal(iso);
          // The same instant written as wall time in another zone, with that offset.
          const w = new Date(t + off * 60000);
          const pad = (n: number) => String(n).padStart(2, '0');
          const sign = off < 0 ? '-' : '+';
          const zone = `${sign}${pad(Math.floor(Math.abs(off) / 60))}${pad(Math.abs(off) % 60)}`;
          const rfc = `${w.toUTCString().slice(0, 25)} ${zone}`;
          expect(feedDate(rfc), rfc).to.equal(iso);
          const w3c = `${w.toISOString().slice(0, 19)}${zone.slice(0, 3)}:${zone.slice(3)}`;
          expect(feedDate(w3c), w3c).to.equal(iso);
        })
      );
    });

    it('finishes on hostile 100-character inputs (linear regexes)', () => {
      // A backtracking regex would hang here; the runner's timeout is the failure.
      const hostile = [
        '1:'.repeat(50),
        '1-'.repeat(50),
        '-1'.repeat(50),
        '1/'.repeat(50),
        'a/'.repeat(50),
        '2023-11-13T10:40:00' + '0'.repeat(81),
        '2023' + ' '.repeat(95) + 'x',
        'Mon, 13 Nov 2023 ' + '1'.repeat(82),
        '年'.repeat(100),
        '1年'.repeat(50),
        '.'.repeat(100),
      ];
      for (const s of hostile) expect(feedDate(s), s).to.equal(undefined);
    });
  });

  describe('real feeds (samples from the real-world corpus)', () => {
    table([
      ['2009-01-16T18:21:00Z', '2009-01-16T18:21:00.000Z', 'feedjira'],
      ['2009-01-16T10:21:00-08:00', '2009-01-16T18:21:00.000Z', 'feedjira'],
      ['2014-10-05T01:28:05.849-07:00', '2014-10-05T08:28:05.849Z', 'Blogger'],
      ['2009-08-17T11:10:16.894Z', '2009-08-17T11:10:16.894Z', 'Google Docs'],
      ['Fri, 13 Feb 2015 23:23:53 +0000', '2015-02-13T23:23:53.000Z', 'WordPress'],
      ['Wed, 8 Jun 2005 19:00:00 GMT', '2005-06-08T19:00:00.000Z', 'one-digit day'],
      ['Thu, 14 May 2020 10:00:18 Z', '2020-05-14T10:00:18.000Z', 'RFC 822 with Z'],
      ['Fri, 22 Sep 2023 16:30:15 -0000', '2023-09-22T16:30:15.000Z', '-0000'],
      ['Wed, 5 Nov 2025 13:52:10  EST', '2025-11-05T18:52:10.000Z', 'two spaces, EST'],
      ['2018-01-06T08:00', '2018-01-06T08:00:00.000Z', 'JSON Feed without a zone'],
      ['2019-08-27', '2019-08-27T00:00:00.000Z', 'date only'],
      ['2020/1/10 14:33:00', '2020-01-10T14:33:00.000Z', 'Chinese site (gb2312)'],
      ['Wed, 29 May 2019 10:16:00 GMT', '2019-05-29T10:16:00.000Z', 'livemint'],
    ]);
  });
});

describe('wallTimeToIso', () => {
  it('reads a WordPress local time in the site zone, else at its offset', () => {
    expect(wallTimeToIso('2023-11-13T10:40:00', {timeZone: 'Asia/Ho_Chi_Minh'})).to.equal(
      '2023-11-13T03:40:00.000Z'
    );
    expect(wallTimeToIso('2023-07-13T10:40:00', {timeZone: 'Europe/Paris'})).to.equal(
      '2023-07-13T08:40:00.000Z'
    );
    expect(wallTimeToIso('2023-11-13T10:40:00', {gmtOffset: 5.5})).to.equal(
      '2023-11-13T05:10:00.000Z'
    );
    expect(wallTimeToIso('2023-11-13T10:40:00', {timeZone: 'Nowhere/Else', gmtOffset: 7})).to.equal(
      '2023-11-13T03:40:00.000Z'
    );
    expect(wallTimeToIso('2023-11-13T10:40:00', {})).to.equal(undefined);
    expect(wallTimeToIso('13 Nov 2023', {gmtOffset: 7})).to.equal(undefined);
  });
});
