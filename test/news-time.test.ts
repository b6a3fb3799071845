import {expect, fixture} from '@open-wc/testing';
import {useFakeTimers, type SinonFakeTimers} from 'sinon';
import '../src/news-time/news-time.js';
import type {NewsTime} from '../src/news-time/news-time.component.js';
import {tickerRunning} from '../src/news-time/ticker.js';

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
    expect(text(await make('lang="ja" datetime="2023-11-13T03:40:00Z"'))).to.equal('3 時間前');
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
});
