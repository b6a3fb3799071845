// Times without an offset in an inline JSON child are read in the element's `time-zone`, else
// UTC, never in the reader's zone: with the reader emulated in three zones (the runner's
// `set-timezone` command, as in news-time.test.ts).
import {expect, fixture, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/news-card/news-card.js';
import '../../src/article-list/article-list.js';
import {normalizeArticles} from '../../src/data/formats/inline.js';
import type {NewsCard} from '../../src/news-card/news-card.component.js';
import type {ArticleList} from '../../src/article-list/article-list.component.js';

const JSON_CHILD = `<script type="application/json">${JSON.stringify({
  articles: [
    {title: 'One', url: 'https://example.com/1', published: '2023-11-13T10:40:00'},
    {title: 'Two', url: 'https://example.com/2', published: '2023-11-13T09:00:00+07:00'},
  ],
})}</script>`;

const datetimes = (root: ShadowRoot) =>
  [...root.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));

describe('inline JSON: zone-less times in the element’s time-zone, with the reader in three zones', () => {
  afterEach(async () => {
    await executeServerCommand('set-timezone', {timeZone: null});
  });

  for (const reader of ['America/New_York', 'Asia/Tokyo', 'Europe/London']) {
    it(`news-card and article-list read them in time-zone, else UTC (${reader})`, async function () {
      const r = await executeServerCommand<{supported: boolean}, {timeZone: string | null}>(
        'set-timezone',
        {timeZone: reader}
      );
      if (!r?.supported) this.skip();
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(reader);

      // The data layer keeps the wall time: it is not read in the reader's zone.
      const [raw] = normalizeArticles(
        JSON.parse(JSON_CHILD.replace(/^<script[^>]*>|<\/script>$/g, ''))
      );
      expect(raw.published).to.equal('2023-11-13T10:40:00');

      const hanoi = await fixture<NewsCard>(
        `<news-card lang="en" time-zone="Asia/Ho_Chi_Minh">${JSON_CHILD}</news-card>`
      );
      await hanoi.updateComplete;
      expect(datetimes(hanoi.shadowRoot!)).to.deep.equal(['2023-11-13T03:40:00.000Z']);
      expect(hanoi.shadowRoot!.querySelector('time')!.title).to.contain('10:40');

      const utc = await fixture<NewsCard>(`<news-card lang="en">${JSON_CHILD}</news-card>`);
      await utc.updateComplete;
      expect(datetimes(utc.shadowRoot!)).to.deep.equal(['2023-11-13T10:40:00.000Z']);

      const list = await fixture<ArticleList>(
        `<article-list lang="en" time-zone="Asia/Tokyo">${JSON_CHILD}</article-list>`
      );
      await waitUntil(() => list.shadowRoot!.querySelectorAll('time').length === 2, 'two cards');
      // The zone-less time in Tokyo's zone; the one with an offset unchanged.
      expect(datetimes(list.shadowRoot!).sort()).to.deep.equal([
        '2023-11-13T01:40:00.000Z',
        '2023-11-13T02:00:00.000Z',
      ]);

      // A new time-zone reads the same JSON again.
      list.timeZone = 'Asia/Ho_Chi_Minh';
      await waitUntil(
        () => datetimes(list.shadowRoot!).includes('2023-11-13T03:40:00.000Z'),
        'read again in the new zone'
      );
      expect(datetimes(list.shadowRoot!)).to.include('2023-11-13T02:00:00.000Z');
    });
  }
});
