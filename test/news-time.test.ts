import {expect, fixture} from '@open-wc/testing';
import {useFakeTimers, type SinonFakeTimers} from 'sinon';
import '../src/news-time/news-time.js';
import type {NewsTime} from '../src/news-time/news-time.component.js';
import {tickerRunning} from '../src/news-time/ticker.js';
import {executeServerCommand} from '@web/test-runner-commands';

const NOW = new Date('2023-11-13T06:40:00Z'); // 13:40 in Hanoi
const text = (el: NewsTime) => el.shadowRoot!.querySelector('time')?.textContent?.trim();

describe('<news-time>', () => {
  let clock: SinonFakeTimers;
  beforeEach(() => {
    clock = useFakeTimers({now: NOW, toFake: ['Date', 'setInterval', 'clearInterval']});
  });
  afterEach(() => clock.restore());

  async function make(attrs: string) {
    const el = await fixture<NewsTime>(`<news-time ${attrs}></news-time>`);
    await el.updateComplete;
    return el;
  }

  it('renders <time datetime> with relative text and the full date in title', async () => {
    const el = await make(
      'lang="en" datetime="2023-11-13T10:40:00+07:00" time-zone="Asia/Ho_Chi_Minh"'
    );
    const t = el.shadowRoot!.querySelector('time')!;
    expect(t.getAttribute('datetime')).to.equal('2023-11-13T03:40:00.000Z');
    expect(text(el)).to.equal('3 hours ago');
    expect(t.title).to.contain('Monday, November 13, 2023').and.contain('10:40');
    await expect(el).to.be.accessible();
  });

  it('speaks Vietnamese and Japanese', async () => {
    expect(text(await make('lang="vi" datetime="2023-11-13T03:40:00Z"'))).to.equal('3 giờ trước');
    // Japanese news write no space before a counter: "3時間前", not CLDR's "3 時間前".
    expect(text(await make('lang="ja" datetime="2023-11-13T03:40:00Z"'))).to.equal('3時間前');
    expect(text(await make('lang="ja" kind="updated" datetime="2023-11-13T05:40:00Z"'))).to.equal(
      '1時間前に更新'
    );
    expect(
      text(await make('lang="zh-TW" kind="updated" datetime="2023-11-13T05:40:00Z"'))
    ).to.equal('1小時前更新');
  });

  it('is absolute after relative-until, in the given zone', async () => {
    const el = await make(
      'lang="en" datetime="2023-11-10T03:40:00Z" time-zone="Asia/Ho_Chi_Minh" with-time'
    );
    expect(text(el)).to.equal('Nov 10, 2023, 10:40 AM');
    const vi = await make(
      'lang="vi" datetime="2023-11-10T03:40:00Z" time-zone="Asia/Ho_Chi_Minh" format="absolute"'
    );
    expect(text(vi)).to.match(/10.*11.*2023/);
  });

  it('prefixes "Updated" for kind="updated"', async () => {
    const el = await make(
      'lang="en" kind="updated" format="absolute" datetime="2023-11-13T03:40:00Z" time-zone="UTC"'
    );
    expect(text(el)).to.equal('Updated Nov 13, 2023');
  });

  it('renders nothing for an invalid date', async () => {
    const el = await make('datetime="13/11/2023"');
    expect(el.shadowRoot!.querySelector('time')).to.equal(null);
  });

  it('refreshes relative text on one shared timer, stopped when no element needs it', async () => {
    const a = await make('lang="en" datetime="2023-11-13T06:39:00Z"');
    const b = await make('lang="en" datetime="2023-11-13T06:30:00Z"');
    expect(text(a)).to.equal('1 minute ago');
    expect(tickerRunning()).to.equal(true);
    clock.tick(60_000);
    await a.updateComplete;
    await b.updateComplete;
    expect(text(a)).to.equal('2 minutes ago');
    expect(text(b)).to.equal('11 minutes ago');
    a.remove();
    b.remove();
    expect(tickerRunning()).to.equal(false);
  });

  it('writes dates in the full BCP 47 tag: en-GB is not en-US', async () => {
    const at = 'datetime="2023-11-13T03:40:00Z" time-zone="Asia/Ho_Chi_Minh" format="absolute"';
    expect(text(await make(`lang="en-GB" ${at}`))).to.equal('13 Nov 2023');
    expect(text(await make(`lang="en-US" ${at}`))).to.equal('Nov 13, 2023');
    // Strings still come from the nearest shipped locale: en-GB speaks English.
    expect(text(await make(`lang="en-GB" kind="updated" ${at}`))).to.equal('Updated 13 Nov 2023');
    // pt-BR has no shipped strings but its dates are Portuguese.
    expect(text(await make(`lang="pt-BR" ${at}`))).to.equal('13 de nov. de 2023');
  });

  it('takes named presets per locale (numeric, long, short)', async () => {
    const at = 'datetime="2023-11-13T03:40:00Z" time-zone="Asia/Ho_Chi_Minh" format="absolute"';
    expect(text(await make(`lang="vi" date-format="numeric" ${at}`))).to.equal('13/11/2023');
    expect(text(await make(`lang="en-GB" date-format="numeric" ${at}`))).to.equal('13/11/2023');
    expect(text(await make(`lang="ja" date-format="long" ${at}`))).to.equal('2023年11月13日');
    expect(text(await make(`lang="en-US" date-format="short" ${at}`))).to.equal('11/13/23');
    expect(text(await make(`lang="vi" date-format="numeric" with-time ${at}`))).to.equal(
      '10:40 13/11/2023'
    );
  });

  it('takes a date-fns pattern: the seed page\'s "10:40 AM 13/11/2023"', async () => {
    const el = await make(
      'lang="en" datetime="2023-11-13T03:40:00Z" time-zone="Asia/Ho_Chi_Minh" format="absolute" date-format="hh:mm a dd/MM/yyyy"'
    );
    expect(text(el)).to.equal('10:40 AM 13/11/2023');
    // The pattern's words come from date-fns' locale for the element's language.
    const vi = await make(
      'lang="vi" datetime="2023-11-13T03:40:00Z" time-zone="Asia/Ho_Chi_Minh" format="absolute" date-format="EEEE, dd/MM/yyyy"'
    );
    expect(text(vi)).to.equal('Thứ Hai, 13/11/2023');
    // A pattern date-fns rejects falls back to the medium preset, never an exception.
    const bad = await make(
      'lang="en" datetime="2023-11-13T03:40:00Z" time-zone="UTC" format="absolute" date-format="yyyy-MM-dd hello"'
    );
    expect(text(bad)).to.equal('Nov 13, 2023');
  });

  it('isolates the date in the direction of its locale', async () => {
    const wrap = await fixture(
      `<p dir="ltr" lang="en">Published <news-time lang="ar" format="absolute" with-time time-zone="UTC" datetime="2023-11-13T10:40:00Z"></news-time> in Hanoi</p>`
    );
    const ar = wrap.querySelector('news-time')!;
    await ar.updateComplete;
    const t = ar.shadowRoot!.querySelector('time')!;
    expect(t.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(t).unicodeBidi).to.equal('isolate');
    expect(getComputedStyle(t).direction).to.equal('rtl');
    expect(ar.getAttribute('dir')).to.equal('rtl');
  });
});

describe('<news-time>: a time without an offset, with the reader in three zones', () => {
  const READERS = ['America/New_York', 'Asia/Tokyo', 'Europe/London'];
  let supported = true;

  afterEach(async () => {
    await executeServerCommand('set-timezone', {timeZone: null});
  });

  for (const reader of READERS) {
    it(`is read in time-zone, else UTC, never in the reader's zone (${reader})`, async function () {
      const r = await executeServerCommand<{supported: boolean}, {timeZone: string | null}>(
        'set-timezone',
        {
          timeZone: reader,
        }
      );
      supported = !!r?.supported;
      if (!supported) this.skip();
      // The emulation took: the reader's offset is that zone's.
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(reader);

      const hanoi = await fixture<NewsTime>(
        `<news-time lang="en" format="absolute" with-time time-zone="Asia/Ho_Chi_Minh" datetime="2023-11-13T10:40:00"></news-time>`
      );
      await hanoi.updateComplete;
      expect(hanoi.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(
        '2023-11-13T03:40:00.000Z'
      );
      expect(text(hanoi)).to.equal('Nov 13, 2023, 10:40 AM');

      const utc = await fixture<NewsTime>(
        `<news-time lang="en" format="absolute" with-time datetime="2023-11-13T10:40:00"></news-time>`
      );
      await utc.updateComplete;
      expect(utc.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(
        '2023-11-13T10:40:00.000Z'
      );
      // Shown as written, whatever the reader's zone.
      expect(text(utc)).to.equal('Nov 13, 2023, 10:40 AM');
      // A time with an offset is an instant: shown in the reader's zone.
      const instant = await fixture<NewsTime>(
        `<news-time lang="en" format="absolute" with-time datetime="2023-11-13T10:40:00Z"></news-time>`
      );
      await instant.updateComplete;
      const local = new Intl.DateTimeFormat('en', {timeStyle: 'short'}).format(
        new Date('2023-11-13T10:40:00Z')
      );
      expect(text(instant)).to.contain(local);
    });
  }
});
