import {expect, fixture, html, oneEvent as anyEvent} from '@open-wc/testing';
import '../src/news-card/news-card.js';
import type {NewsCard} from '../src/news-card/news-card.component.js';
import {clearFeedCache} from '../src/data/load.js';

/** `oneEvent`, typed by the event map. */
const oneEvent = <K extends keyof GlobalEventHandlersEventMap>(el: EventTarget, name: K) =>
  anyEvent(el, name) as unknown as Promise<GlobalEventHandlersEventMap[K]>;
const uid = () => Math.random().toString(36).slice(2);
const q = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const until = async (fn: () => boolean, what: string) => {
  for (let i = 0; i < 300 && !fn(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(fn(), what).to.equal(true);
};
const count = async (key: string) =>
  (await (await fetch(`/__news/count/${key}?read`)).json()).count as number;

describe('<news-card src>', () => {
  beforeEach(() => clearFeedCache());

  it('loads the first article of a feed over HTTP and fires news-load', async () => {
    const el = document.createElement('news-card');
    const loaded = oneEvent(el, 'news-load');
    el.src = '/test/fixtures/feeds/seed.atom.xml';
    await fixture(html`<div>${el}</div>`);
    const ev = await loaded;
    expect(ev.feed.articles).to.have.length(2);
    await el.updateComplete;
    expect(q(el, 'h3 a')!.textContent!.trim()).to.equal(
      'MoLISA Deputy Minister Nguyen Ba Hoan received the President of IM Japan'
    );
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton while loading, hidden from assistive technology', async () => {
    const el = await fixture<NewsCard>(
      html`<news-card src=${`/__news/slow?ms=800&k=${uid()}`}></news-card>`
    );
    await el.updateComplete;
    expect(q(el, '.skeletons')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  for (const [route, kind, status] of [
    ['/__news/status/404', 'http', 404],
    ['/__news/invalid-xml', 'parse', undefined],
    ['/__news/big', 'too-large', undefined],
  ] as const) {
    it(`shows a localized error with Retry and fires news-error for ${route}`, async () => {
      const el = document.createElement('news-card');
      const failed = oneEvent(el, 'news-error');
      el.src = route;
      await fixture(html`<div>${el}</div>`);
      const ev = await failed;
      expect([ev.kind, ev.status]).to.deep.equal([kind, status]);
      expect(ev.url).to.equal(new URL(route, location.href).href);
      await el.updateComplete;
      const alert = q(el, '[role=alert]')!;
      expect(alert.textContent).to.match(/\S/);
      expect(q(el, 'button.retry')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('says what to do about CORS, and Retry loads again', async () => {
    const key = uid();
    const el = document.createElement('news-card');
    const failed = oneEvent(el, 'news-error');
    el.src = `${location.protocol}//127.0.0.1:${location.port}/__news/cors/none?k=${key}`;
    await fixture(html`<div>${el}</div>`);
    expect((await failed).kind).to.equal('network');
    await el.updateComplete;
    expect(q(el, '[role=alert]')!.textContent).to.contain('Access-Control-Allow-Origin');
    el.proxy = `${location.protocol}//127.0.0.1:${location.port}/__news/proxy?url={url}`;
    const loaded = oneEvent(el, 'news-load');
    q(el, 'button.retry')!.click();
    await loaded;
    await el.updateComplete;
    expect(q(el, 'h3 a')).to.not.equal(null);
  });

  it('five cards on one URL make one request at the server', async () => {
    const key = uid();
    const src = `/__news/count/${key}`;
    const wrap = await fixture(
      html`<div>${[1, 2, 3, 4, 5].map(() => html`<news-card src=${src}></news-card>`)}</div>`
    );
    const cards = [...wrap.querySelectorAll('news-card')];
    await until(() => cards.every((c) => !!q(c, 'h3 a')), 'every card rendered');
    expect(await count(key)).to.equal(1);
  });

  it('renders only the last of 100 rapid src changes', async () => {
    const el = await fixture<NewsCard>(html`<news-card></news-card>`);
    const loads: string[] = [];
    el.addEventListener('news-load', (e) => loads.push(e.feed.articles[0]?.title ?? ''));
    for (let i = 0; i < 99; i++) {
      el.src = `/__news/count/${uid()}?ms=50`;
      await el.updateComplete;
    }
    el.src = '/test/fixtures/feeds/seed.rss.xml';
    await until(() => loads.length > 0, 'a load');
    await new Promise((r) => setTimeout(r, 300));
    expect(loads).to.have.length(1);
    await el.updateComplete;
    expect(q(el, 'h3 a')!.textContent!.trim()).to.equal(loads[0]);
  });

  it('leaves no pending request and no error when removed during a load', async () => {
    const key = uid();
    const el = await fixture<NewsCard>(
      html`<news-card src=${`/__news/slow?ms=600&k=${key}`}></news-card>`
    );
    let errors = 0;
    el.addEventListener('news-error', () => errors++);
    el.remove();
    await new Promise((r) => setTimeout(r, 900));
    expect(errors).to.equal(0);
    expect(q(el, '[role=alert]')).to.equal(null);
  });

  it('keeps the last good article with a quiet notice when a refresh fails', async () => {
    const key = uid();
    const el = document.createElement('news-card');
    el.src = `/__news/once/${key}`;
    const loaded = oneEvent(el, 'news-load');
    await fixture(html`<div>${el}</div>`);
    await loaded;
    const failed = oneEvent(el, 'news-error');
    await (el as unknown as {data: {refresh: () => Promise<void>}}).data.refresh();
    await failed;
    await el.updateComplete;
    expect(q(el, 'h3 a')).to.not.equal(null);
    expect(q(el, '[part=stale]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('with lazy, loads only when the card nears the viewport', async () => {
    const key = uid();
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <div style="block-size: 5000px"></div>
        <news-card lazy src=${`/__news/count/${key}?ms=1`}></news-card>
      </div>`
    );
    const el = wrap.querySelector('news-card')!;
    await new Promise((r) => setTimeout(r, 300));
    expect(await count(key)).to.equal(0);
    const loaded = oneEvent(el, 'news-load');
    el.scrollIntoView();
    await loaded;
    expect(await count(key)).to.equal(1);
  });

  it('finds article-id given as the article URL, compared as a canonical URL (as news-article does)', async () => {
    const el = await fixture<NewsCard>(
      html`<news-card
        src="/test/fixtures/feeds/seed.json"
        article-id="/news/promote-cooperation-training-vietnam-japan/?utm_source=x#top"
      ></news-card>`
    );
    await until(() => !!q(el, 'a[part=headline]'), 'the card renders');
    expect(q(el, 'a[part=headline]')!.getAttribute('href')).to.match(
      /\/news\/promote-cooperation-training-vietnam-japan$/
    );
  });

  it('says the article is not in the feed (localized) when article-id matches nothing, not "No articles yet."', async () => {
    const el = await fixture<NewsCard>(
      html`<news-card
        src="/test/fixtures/feeds/seed.json"
        article-id="no-such-article"
      ></news-card>`
    );
    await until(() => !!q(el, '[part=not-found]'), 'the not-found state');
    const state = q(el, '[part=not-found]')!;
    expect(state.getAttribute('role')).to.equal('status');
    expect(state.textContent).to.contain('not in the news feed');
    expect(q(el, '[part=empty]')).to.equal(null);
    expect(q(el, '[part=card]')).to.equal(null);
    await expect(el).to.be.accessible();
    const vi = await fixture<NewsCard>(
      html`<news-card
        lang="vi"
        src="/test/fixtures/feeds/seed.json"
        article-id="no-such-article"
      ></news-card>`
    );
    await until(
      () => /không có trong nguồn tin/.test(q(vi, '[part=not-found]')?.textContent ?? ''),
      'the not-found state in Vietnamese'
    );
  });

  it('still says "No articles yet." when the feed of src has no articles at all', async () => {
    const el = await fixture<NewsCard>(
      html`<news-card src="/test/fixtures/feeds/empty.json" article-id="anything"></news-card>`
    );
    await until(() => !!q(el, '[part=empty]'), 'the empty state');
    expect(q(el, '[part=not-found]')).to.equal(null);
  });
});
