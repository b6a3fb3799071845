/**
 * <article-list> loads through FeedController (the one loading path): what the list got only
 * when it moved onto it, over real HTTP from the test server.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/article-list/article-list.js';
import type {ArticleList} from '../src/article-list/article-list.component.js';
import {clearFeedCache} from '../src/data/load.js';
import {count, list, oneEvent, q, qa, titles, uid, until} from './article-list.helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Records whether a placeholder card ever appears in the list's shadow root. */
function watchSkeletons(el: Element) {
  const seen = {skeleton: false};
  const check = () => {
    if (el.shadowRoot?.querySelector('[part=skeleton]')) seen.skeleton = true;
  };
  const mo = new MutationObserver(check);
  mo.observe(el.shadowRoot!, {childList: true, subtree: true});
  check();
  return {seen, stop: () => mo.disconnect()};
}

describe('<article-list> loading', () => {
  beforeEach(() => clearFeedCache());

  describe('stale-while-revalidate', () => {
    it('after the cache TTL, a new list shows the last articles at once while a refresh runs: no skeleton', async () => {
      const key = uid();
      const src = `/__news/count/${key}?ms=400`;
      const first = await list(html`<article-list cache-ttl="1" src=${src}></article-list>`);
      await until(() => qa(first, '.item').length === 2, 'the first list loads');
      const shown = titles(first);
      first.remove();
      await sleep(20); // past the 1 ms TTL: the cached feed is stale

      const el = document.createElement('article-list') as ArticleList;
      el.cacheTtl = 1;
      el.src = src;
      const loaded = oneEvent(el, 'news-load');
      const wrap = document.createElement('div');
      document.body.append(wrap);
      wrap.append(el);
      const watch = watchSkeletons(el);
      try {
        await el.updateComplete;
        expect(titles(el), 'the last articles, at once').to.deep.equal(shown);
        expect(q(el, '[part=group]')!.getAttribute('aria-busy')).to.equal('false');
        await loaded;
        await el.updateComplete;
        expect(await count(key), 'it revalidated over HTTP').to.equal(2);
        expect(titles(el)).to.deep.equal(shown);
        expect(watch.seen.skeleton, 'no skeleton flashed').to.equal(false);
      } finally {
        watch.stop();
        wrap.remove();
      }
    });

    it('without a cached feed it still shows the skeleton first (control)', async () => {
      const key = uid();
      const el = document.createElement('article-list') as ArticleList;
      el.src = `/__news/count/${key}?ms=400`;
      const loaded = oneEvent(el, 'news-load');
      await fixture(html`<div>${el}</div>`);
      expect(qa(el, '[part=skeleton]').length).to.be.greaterThan(0);
      await loaded;
      await el.updateComplete;
      expect(qa(el, '[part=skeleton]')).to.have.length(0);
      expect(qa(el, '.item')).to.have.length(2);
    });

    it('keeps the articles with a quiet notice when a poll fails', async () => {
      const el = await list(html`<article-list src=${`/__news/once/${uid()}`}></article-list>`);
      await until(() => qa(el, '.item').length === 2, 'first load');
      const failed = oneEvent(el, 'news-error');
      await el.refresh();
      expect((await failed).status).to.equal(404);
      await el.updateComplete;
      expect(qa(el, '.item')).to.have.length(2);
      expect(q(el, '[part=stale]')!.getAttribute('role')).to.equal('status');
    });
  });

  describe('lazy', () => {
    it('requests nothing until the list nears the viewport, then loads', async () => {
      const key = uid();
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <div style="block-size: 5000px"></div>
          <article-list lazy src=${`/__news/count/${key}?ms=1`}></article-list>
        </div>`
      );
      const el = wrap.querySelector('article-list')!;
      await sleep(300);
      expect(await count(key), 'no request while far away').to.equal(0);
      expect(qa(el, '[part=skeleton]')).to.have.length(0);
      const loaded = oneEvent(el, 'news-load');
      el.scrollIntoView();
      await loaded;
      await el.updateComplete;
      expect(await count(key)).to.equal(1);
      expect(qa(el, '.item')).to.have.length(2);
    });

    it('without lazy, a list far below the fold loads at once (control)', async () => {
      const key = uid();
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <div style="block-size: 5000px"></div>
          <article-list src=${`/__news/count/${key}?ms=1`}></article-list>
        </div>`
      );
      const el = wrap.querySelector('article-list')!;
      await until(() => qa(el, '.item').length === 2, 'loaded while far away');
      expect(await count(key)).to.equal(1);
    });
  });
});
