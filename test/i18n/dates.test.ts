import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {intlFormatDistance} from 'date-fns/intlFormatDistance';
import {formatRelative, parseDate} from '../../src/i18n/dates.js';
import {dateTimeFormat, intlCacheSize, numberFormat} from '../../src/i18n/intl-cache.js';

describe('dates: relative times and the Intl cache', () => {
  it('picks the same unit and value as date-fns intlFormatDistance, for any two dates', () => {
    const now = Date.UTC(2023, 10, 13, 3, 40);
    fc.assert(
      fc.property(
        fc.integer({min: -3 * 366 * 86400, max: 3 * 366 * 86400}),
        fc.constantFrom('en', 'vi', 'fr', 'ar'),
        (seconds, locale) => {
          const date = new Date(now + seconds * 1000);
          expect(formatRelative(date, locale, new Date(now))).to.equal(
            intlFormatDistance(date, new Date(now), {locale, numeric: 'auto', style: 'long'})
          );
        }
      ),
      {numRuns: 2000}
    );
  });

  it('writes no space before a counter in Japanese and Chinese', () => {
    const now = new Date('2023-11-13T06:40:00Z');
    const date = new Date('2023-11-13T03:40:00Z');
    expect(formatRelative(date, 'ja', now)).to.equal('3時間前');
    expect(formatRelative(date, 'zh-Hans', now)).to.equal('3小时前');
    expect(formatRelative(date, 'ko', now)).to.equal('3시간 전');
  });

  it('keeps at most 64 formatters, and empties them on languagechange', () => {
    for (let i = 0; i < 100; i++)
      dateTimeFormat('en', {
        minute: 'numeric',
        second: 'numeric',
        fractionalSecondDigits: ((i % 3) + 1) as 1 | 2 | 3,
        hour: i % 2 ? 'numeric' : '2-digit',
        era: i % 5 ? undefined : 'short',
        timeZone: `Etc/GMT+${i % 12}`,
      });
    expect(intlCacheSize()).to.be.at.most(64);
    expect(intlCacheSize()).to.be.greaterThan(30);
    const a = numberFormat('vi');
    expect(numberFormat('vi')).to.equal(a);
    window.dispatchEvent(new Event('languagechange'));
    expect(intlCacheSize()).to.equal(0);
    expect(numberFormat('vi')).to.not.equal(a);
  });

  it('reads a time without an offset in the given zone, else UTC', () => {
    expect(parseDate('2023-11-13T10:40:00', 'Asia/Ho_Chi_Minh')!.toISOString()).to.equal(
      '2023-11-13T03:40:00.000Z'
    );
    expect(parseDate('2023-11-13T10:40', 'America/New_York')!.toISOString()).to.equal(
      '2023-11-13T15:40:00.000Z'
    );
    // Across a DST change: 2024-03-10 03:30 in New York is after the jump (EDT, UTC-4).
    expect(parseDate('2024-03-10T03:30:00', 'America/New_York')!.toISOString()).to.equal(
      '2024-03-10T07:30:00.000Z'
    );
    expect(parseDate('2023-11-13T10:40:00')!.toISOString()).to.equal('2023-11-13T10:40:00.000Z');
    expect(parseDate('2023-11-13')!.toISOString()).to.equal('2023-11-13T00:00:00.000Z');
    expect(parseDate('2023-11-13T10:40:00+07:00', 'UTC')!.toISOString()).to.equal(
      '2023-11-13T03:40:00.000Z'
    );
    expect(parseDate('2023-11-13T10:40:00', 'Not/AZone')!.toISOString()).to.equal(
      '2023-11-13T10:40:00.000Z'
    );
    expect(parseDate('13/11/2023')).to.equal(undefined);
  });
});
