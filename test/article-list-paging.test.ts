import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/article-list/article-list.js';
import {clearFeedCache} from '../src/data/load.js';
import {active, list, oneEvent, q, qa, titles, uid, until} from './article-list.helpers.js';

const requested = (part: string) =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.includes(part));

describe('<article-list>', () => {
  beforeEach(() => clearFeedCache());

  describe('when mode="feed" and polling finds new articles', () => {
    it('appends them after the last article, never above it; aria-setsize grows', async () => {
      const el = await list(
        html`<article-list mode="feed" src=${`/__news/grow/${uid()}`}></article-list>`
      );
      await until(() => qa(el, '[role=article]').length === 5, 'first poll');
      const before = titles(el);
      expect(qa(el, '[role=article]').map((i) => i.getAttribute('aria-setsize'))).to.deep.equal(
        Array(5).fill('5')
      );
      await el.refresh();
      await el.updateComplete;
      expect(qa(el, '[role=article]'), 'nothing inserted until asked').to.have.length(5);
      const button = q(el, '[part=new-articles]')!;
      expect(button.textContent!.trim()).to.equal('3 new articles');
      button.focus();
      await sendKeys({press: 'Enter'});
      await until(() => qa(el, '[role=article]').length === 8, 'three appended');
      const after = qa(el, '[role=article]');
      expect(titles(el).slice(0, 5), 'the first five stay in place').to.deep.equal(before);
      expect(titles(el)).to.deep.equal([
        'Growing item 5',
        'Growing item 4',
        'Growing item 3',
        'Growing item 2',
        'Growing item 1',
        'Growing item 8',
        'Growing item 7',
        'Growing item 6',
      ]);
      expect(after.map((i) => i.getAttribute('aria-posinset'))).to.deep.equal([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
        '8',
      ]);
      expect(after.map((i) => i.getAttribute('aria-setsize'))).to.deep.equal(Array(8).fill('8'));
      await until(() => active(el)?.getAttribute('aria-posinset') === '6', 'focus on item 6');
      expect(active(el)!.querySelector('[part=page-label]')!.textContent!.trim()).to.equal(
        'Articles 6 to 8'
      );
      expect(q(el, '[part=new-articles]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('with refresh-interval and a limit: new articles follow the last one shown, the rest of the feed after them', async () => {
      const real = window.setInterval;
      let tick: (() => void) | undefined;
      window.setInterval = ((fn: () => void) => {
        tick = fn;
        return real(() => undefined, 1e9);
      }) as typeof window.setInterval;
      try {
        // Below the fold, so the feed's end sentinel does not load the next page by itself.
        const el = await list(
          html`<div>
            <div style="block-size: 3000px"></div>
            <article-list
              mode="feed"
              limit="3"
              refresh-interval="60"
              src=${`/__news/grow/${uid()}`}
            ></article-list>
          </div>`
        ).then((d) => d.querySelector('article-list')!);
        await until(() => qa(el, '[role=article]').length === 3, 'first page');
        expect(q(el, '[role=article]')!.getAttribute('aria-setsize')).to.equal('-1');
        tick!();
        await until(() => !!q(el, '[part=new-articles]'), 'the timer polled');
        el.showNewArticles();
        await until(() => qa(el, '[role=article]').length >= 6, 'three appended');
        await until(() => active(el)?.getAttribute('aria-posinset') === '4', 'focus on item 4');
        // Focus scrolled the feed into view: its end sentinel loads the rest, after the new ones.
        await until(() => qa(el, '[role=article]').length === 8, 'the rest of the feed');
        expect(titles(el)).to.deep.equal([
          'Growing item 5',
          'Growing item 4',
          'Growing item 3',
          'Growing item 8',
          'Growing item 7',
          'Growing item 6',
          'Growing item 2',
          'Growing item 1',
        ]);
        expect(
          qa(el, '[role=article]').map((i) => i.getAttribute('aria-setsize')),
          'the size is known once everything is shown'
        ).to.deep.equal(Array(8).fill('8'));
      } finally {
        window.setInterval = real;
      }
    });
  });

  describe('when mode="list" and polling finds new articles', () => {
    it('the button inserts them at the top, above the articles already shown', async () => {
      const el = await list(html`<article-list src=${`/__news/grow/${uid()}`}></article-list>`);
      await until(() => qa(el, '.item').length === 5, 'first poll');
      await el.refresh();
      await el.updateComplete;
      el.showNewArticles();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([
        'Growing item 8',
        'Growing item 7',
        'Growing item 6',
        'Growing item 5',
        'Growing item 4',
        'Growing item 3',
        'Growing item 2',
        'Growing item 1',
      ]);
      await until(() => active(el)?.dataset.index === '0', 'focus on the first new article');
    });
  });

  describe('when the feed has a next page', () => {
    const cases = [
      {
        name: 'Atom <link rel="next">',
        src: '/test/fixtures/lists/atom-page1.xml',
        prefix: 'Atom item',
        page2: 'atom-page2.xml',
      },
      {
        name: 'WordPress REST with X-WP-TotalPages (page=2)',
        src: '/__news/wp-pages/wp-json/wp/v2/posts?_embed',
        prefix: 'WordPress post',
        page2: 'page=2',
      },
    ];
    for (const c of cases) {
      it(`Load more fetches page 2 of ${c.name} over HTTP; focus on the first new article`, async () => {
        const el = document.createElement('article-list');
        const loaded = oneEvent(el, 'news-load');
        el.loadMore = true;
        el.src = `${c.src}${c.src.includes('?') ? '&' : '?'}k=${uid()}`;
        await fixture(html`<div>${el}</div>`);
        const feed = (await loaded).feed;
        expect(feed.next, 'Feed.next').to.contain(c.page2);
        await until(() => qa(el, '.item').length === 10, 'page 1');
        expect(titles(el)).to.deep.equal(
          Array.from({length: 10}, (_, i) => `${c.prefix} ${i + 1}`)
        );
        expect(requested(c.page2)).to.have.length(0);
        const more = oneEvent(el, 'news-load');
        q(el, '[part=load-more]')!.focus();
        await sendKeys({press: 'Enter'});
        expect((await more).feed.articles.map((a) => a.title)[0]).to.equal(`${c.prefix} 11`);
        await until(() => qa(el, '.item').length === 20, 'page 2');
        expect(requested(c.page2).length, 'a real request for page 2').to.be.greaterThan(0);
        expect(titles(el).slice(10)).to.deep.equal(
          Array.from({length: 10}, (_, i) => `${c.prefix} ${i + 11}`)
        );
        await until(() => active(el)?.dataset.index === '10', 'focus on article 11');
        expect(active(el)!.querySelector('[part=page-label]')!.textContent!.trim()).to.equal(
          'Articles 11 to 20'
        );
        expect(q(el, '[part=load-more]'), 'page 2 is the last').to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });
});
