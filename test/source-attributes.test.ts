// One set of source attributes on every element that takes `src` (issue 14, item 5), each
// over real HTTP from the runner's server: items-path, field-map, proxy, cache-ttl with
// stale-while-revalidate, lazy, refresh(), refresh-interval; and an empty feed shows the
// element's empty state (item 6).
import {expect, fixture} from '@open-wc/testing';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import '../src/news-card/news-card.js';
import '../src/article-list/article-list.js';
import '../src/related-articles/related-articles.js';
import '../src/news-article/news-article.js';
import '../src/news-comments/news-comments.js';
import type {Feed} from '../src/data/article.js';

type SourceEl = HTMLElement & {
  updateComplete: Promise<boolean>;
  refresh(): Promise<void>;
  refreshInterval?: number;
};

const uid = () => Math.random().toString(36).slice(2);
const until = async (fn: () => boolean, what: string) => {
  for (let i = 0; i < 400 && !fn(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(fn(), what).to.equal(true);
};
const count = async (key: string) =>
  (await (await fetch(`/__news/count/${key}?read`)).json()).count as number;
const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const skeleton = (el: Element) => !!el.shadowRoot?.querySelector('[part=skeleton]');

const SEED = 'MoLISA Deputy Minister Nguyen Ba Hoan received the President of IM Japan';

interface Case {
  tag: string;
  /** The element shows what the seed feed gave it. */
  showsSeed: (el: Element) => boolean;
  /** The element shows `title` (an article's headline); comments show articles as none. */
  shows: (el: Element, title: string) => boolean;
  /** Extra attributes every instance gets. */
  attrs?: string;
}

const headline = (el: Element, title: string) => text(el).includes(title);
const CASES: Case[] = [
  {tag: 'news-card', showsSeed: (el) => headline(el, SEED), shows: headline},
  {tag: 'article-list', showsSeed: (el) => headline(el, SEED), shows: headline},
  {
    tag: 'related-articles',
    showsSeed: (el) => headline(el, SEED),
    shows: headline,
    attrs: 'show-empty',
  },
  {tag: 'news-article', showsSeed: (el) => headline(el, SEED), shows: headline},
  // A feed of articles read as a comment feed (RSS `wfw:commentRss` style): one comment each.
  {
    tag: 'news-comments',
    showsSeed: (el) => !!el.shadowRoot?.querySelector('[part=list]'),
    shows: (el) => !!el.shadowRoot?.querySelector('[part=list]'),
  },
];

/** Renders `<tag attrs>` in a fixture (attributes as markup, as a partner page writes them). */
async function make(c: Case, attrs: string): Promise<SourceEl> {
  const tag = unsafeStatic(c.tag);
  const all = unsafeStatic(`${attrs} ${c.attrs ?? ''}`);
  return fixture<SourceEl>(staticHtml`<${tag} ${all}></${tag}>`);
}

function loaded(el: Element): Promise<Feed> {
  return new Promise((resolve) =>
    el.addEventListener('news-load', (e) => resolve((e as Event & {feed: Feed}).feed), {
      once: true,
    })
  );
}

for (const c of CASES) {
  describe(`<${c.tag}>: source attributes`, () => {
    it('declares every source attribute and refresh()', () => {
      const el = document.createElement(c.tag) as SourceEl & Record<string, unknown>;
      el.setAttribute('items-path', 'a.b');
      el.setAttribute('field-map', '{"title": "headline"}');
      el.setAttribute('cache-ttl', '5');
      el.setAttribute('refresh-interval', '90');
      el.setAttribute('lazy', '');
      el.setAttribute('proxy', 'https://proxy.example/?u={url}');
      expect([
        el.itemsPath,
        el.fieldMap,
        el.cacheTtl,
        el.refreshInterval,
        el.lazy,
        el.proxy,
      ]).to.deep.equal(['a.b', {title: 'headline'}, 5, 90, true, 'https://proxy.example/?u={url}']);
      expect(el.refresh).to.be.a('function');
    });

    it('items-path and field-map read any JSON', async () => {
      const el = document.createElement(c.tag);
      const got = loaded(el);
      el.setAttribute('items-path', 'data.stories');
      el.setAttribute(
        'field-map',
        '{"title": "headline", "url": "link", "published": "when", "tags": "topics"}'
      );
      el.setAttribute('src', `/test/fixtures/source/stories.json?k=${uid()}`);
      if (c.attrs) el.toggleAttribute(c.attrs, true);
      await fixture(staticHtml`<div>${el}</div>`);
      const feed = await got;
      expect(feed.articles.map((a) => [a.title, a.url, a.tags])).to.deep.equal([
        ['Mapped headline one', 'https://example.vn/mapped/1', ['Japan']],
        ['Mapped headline two', 'https://example.vn/mapped/2', ['Japan']],
      ]);
      await until(() => c.shows(el, 'Mapped headline one'), 'the mapped article shows');
    });

    it('proxy fetches through the template', async () => {
      const k = uid();
      const el = await make(
        c,
        `src="https://feeds.invalid/${k}.json" proxy="/__news/count/${k}?u={url}"`
      );
      await until(() => c.showsSeed(el), 'the feed came through the proxy');
      expect(await count(k)).to.equal(1);
    });

    it('cache-ttl reuses a feed; past it the last articles show while they are fetched again', async () => {
      const k = uid();
      const src = `/__news/count/${k}?ms=1500`;
      const first = await make(c, `src=${src} cache-ttl="600000"`);
      await until(() => c.showsSeed(first), 'first load');
      const second = await make(c, `src=${src} cache-ttl="600000"`);
      await until(() => c.showsSeed(second), 'from the cache');
      expect(await count(k)).to.equal(1);
      // Expired: shown at once from the last load (no skeleton), fetched again behind it.
      const third = document.createElement(c.tag) as SourceEl;
      let fresh = false;
      const got = loaded(third).then(() => (fresh = true));
      third.setAttribute('src', src);
      third.setAttribute('cache-ttl', '1');
      if (c.attrs) third.toggleAttribute(c.attrs, true);
      await new Promise((r) => setTimeout(r, 5));
      await fixture(staticHtml`<div>${third}</div>`);
      await until(() => c.showsSeed(third), 'the stale articles show');
      expect(fresh, 'shown before the new answer arrived').to.equal(false);
      expect(skeleton(third)).to.equal(false);
      await got;
      expect(await count(k)).to.equal(2);
      expect(c.showsSeed(third)).to.equal(true);
    });

    it('lazy: no request until the element nears the viewport', async () => {
      const k = uid();
      const near = uid();
      const tag = unsafeStatic(c.tag);
      const extra = unsafeStatic(c.attrs ?? '');
      const box = await fixture<HTMLElement>(staticHtml`<div>
        <${tag} ${extra} src=${`/__news/count/${near}?ms=50`}></${tag}>
        <div style="block-size: 12000px"></div>
        <${tag} ${extra} lazy src=${`/__news/count/${k}?ms=50`}></${tag}>
      </div>`);
      const [top, far] = [...box.querySelectorAll<SourceEl>(c.tag)];
      await until(() => c.showsSeed(top), 'the element in view loaded');
      expect(await count(k), 'far away: nothing fetched').to.equal(0);
      far.scrollIntoView();
      await until(() => c.showsSeed(far), 'loaded once near');
      expect(await count(k)).to.equal(1);
      window.scrollTo(0, 0);
    });

    it('refresh() fetches again and keeps the articles on screen meanwhile', async () => {
      const k = uid();
      const el = await make(c, `src=/__news/count/${k}?ms=800`);
      await until(() => c.showsSeed(el), 'first load');
      const done = el.refresh();
      let settled = false;
      void done.then(() => (settled = true));
      const requests = async () => count(k);
      for (let i = 0; i < 100 && (await requests()) < 2; i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(await count(k)).to.equal(2);
      expect(settled, 'the refresh is still waiting for its answer').to.equal(false);
      expect(c.showsSeed(el) && !skeleton(el), 'the last articles stay while it runs').to.equal(
        true
      );
      await done;
      expect(c.showsSeed(el)).to.equal(true);
    });

    it('refresh-interval polls (at least every 60 s)', async () => {
      const calls: number[] = [];
      const real = window.setInterval;
      let tick: (() => void) | undefined;
      window.setInterval = ((fn: () => void, ms: number) => {
        calls.push(ms);
        tick = fn;
        return real(() => undefined, 1e9);
      }) as typeof window.setInterval;
      try {
        const k = uid();
        const el = await make(c, `refresh-interval="5" src=/__news/count/${k}?ms=20`);
        await until(() => c.showsSeed(el), 'first load');
        expect(calls.at(-1)).to.equal(60000);
        tick!();
        for (let i = 0; i < 200 && (await count(k)) < 2; i++)
          await new Promise((r) => setTimeout(r, 20));
        expect(await count(k), 'the timer polled').to.equal(2);
        el.refreshInterval = 120;
        await el.updateComplete;
        expect(calls.at(-1)).to.equal(120000);
      } finally {
        window.setInterval = real;
      }
    });

    it('an empty feed shows the empty state', async () => {
      const el = await make(c, `src=/test/fixtures/source/empty.json?k=${uid()}`);
      await until(() => !!el.shadowRoot?.querySelector('[part=empty]'), 'the empty state');
      expect(text(el)).to.match(/\S/);
      expect(skeleton(el)).to.equal(false);
    });
  });
}
