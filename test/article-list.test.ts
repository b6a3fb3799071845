import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/article-list/article-list.js';
import {CHUNK} from '../src/article-list/article-list.component.js';
import {clearFeedCache} from '../src/data/load.js';
import {
  active,
  articles,
  list,
  oneEvent,
  q,
  qa,
  titles,
  uid,
  until,
} from './article-list.helpers.js';

describe('<article-list>', () => {
  beforeEach(() => clearFeedCache());

  it('renders a labelled group with a list of cards from the shared template, in chunks', async () => {
    const el = await list(html`<article-list .articles=${articles(3)}></article-list>`);
    const group = q(el, '[part=group]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Articles');
    // ARIA roles, not <ul>/<li>: items sit in chunk boxes of no role (a <ul> may hold only <li>).
    const items = qa(el, '[role=list].list > .chunk[role=none] > [role=listitem].item');
    expect(items).to.have.length(3);
    expect(items.every((li) => li.querySelector('article.card'))).to.equal(true);
    expect(qa(el, 'h3 [part=headline]')).to.have.length(3);
    expect(el.querySelector('news-card')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('uses `label` as the accessible name', async () => {
    const el = await list(
      html`<article-list label="Latest" .articles=${articles(2)}></article-list>`
    );
    expect(q(el, '[part=group]')!.getAttribute('aria-label')).to.equal('Latest');
  });

  describe('with a heading', () => {
    it('renders a real heading that names the group; cards one level below', async () => {
      const el = await list(
        html`<article-list heading="Other Articles" .articles=${articles(2)}></article-list>`
      );
      const h = q(el, 'h2.list-heading')!;
      expect(h.textContent!.trim()).to.equal('Other Articles');
      const group = q(el, '[part=group]')!;
      expect(group.getAttribute('aria-labelledby')).to.equal('heading');
      expect(group.hasAttribute('aria-label')).to.equal(false);
      expect(qa(el, '.item h3')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('follows heading-level, and card-heading-level overrides the cards', async () => {
      const el = await list(
        html`<article-list
          heading="News"
          heading-level="4"
          .articles=${articles(2)}
        ></article-list>`
      );
      expect(q(el, 'h4.list-heading')).to.not.equal(null);
      expect(qa(el, '.item h5')).to.have.length(2);
      el.cardHeadingLevel = 3;
      await el.updateComplete;
      expect(qa(el, '.item h3')).to.have.length(2);
    });
  });

  describe('layouts', () => {
    for (const layout of ['list', 'grid', 'compact', 'hero', 'carousel'] as const) {
      it(`renders layout="${layout}" accessibly`, async () => {
        const el = await list(
          html`<article-list layout=${layout} .articles=${articles(4)}></article-list>`
        );
        expect(q(el, '.list')!.classList.contains(`layout-${layout}`)).to.equal(true);
        expect(qa(el, '.item')).to.have.length(4);
        await expect(el).to.be.accessible();
      });
    }

    it('hero: the first card is large, the others are not', async () => {
      const el = await list(
        html`<article-list layout="hero" .articles=${articles(3)}></article-list>`
      );
      const cards = qa(el, '.card');
      expect(cards[0].classList.contains('card--hero')).to.equal(true);
      expect(cards.slice(1).some((c) => c.classList.contains('card--hero'))).to.equal(false);
      expect(q(el, '.item img')!.getAttribute('loading')).to.equal('eager');
    });

    it('list: horizontal cards; compact: no images', async () => {
      const el = await list(html`<article-list .articles=${articles(2)}></article-list>`);
      expect(q(el, '.card')!.classList.contains('card--horizontal')).to.equal(true);
      el.layout = 'compact';
      await el.updateComplete;
      expect(q(el, '.card')!.classList.contains('card--compact')).to.equal(true);
      expect(q(el, '.item img')).to.equal(null);
    });

    it('grid: column-width sets a custom property through the CSSOM, no style= in the template', async () => {
      const el = await list(
        html`<div class="wrap" style="inline-size: 700px">
          <article-list layout="grid" column-width="300px" .articles=${articles(4)}></article-list>
        </div>`
      ).then((d) => d.querySelector('article-list')!);
      await el.updateComplete;
      expect(getComputedStyle(el).getPropertyValue('--news-list-column-width').trim()).to.equal(
        '300px'
      );
      const cols = getComputedStyle(q(el, '.list')!).gridTemplateColumns.split(' ');
      expect(cols).to.have.length(2);
      expect(qa(el, '[style]')).to.have.length(0);
      el.columnWidth = '200px';
      await el.updateComplete;
      expect(getComputedStyle(q(el, '.list')!).gridTemplateColumns.split(' ')).to.have.length(3);
    });

    it('lets the page style the cards through their parts', async () => {
      const style = document.createElement('style');
      style.textContent = 'article-list.themed::part(headline) { color: rgb(1, 2, 3); }';
      document.head.append(style);
      try {
        const el = await list(
          html`<article-list class="themed" .articles=${articles(1)}></article-list>`
        );
        expect(getComputedStyle(q(el, '[part=headline]')!).color).to.equal('rgb(1, 2, 3)');
      } finally {
        style.remove();
      }
    });
  });

  describe('options', () => {
    it('limit caps the cards', async () => {
      const el = await list(html`<article-list limit="3" .articles=${articles(8)}></article-list>`);
      expect(qa(el, '.item')).to.have.length(3);
      el.limit = 5;
      await el.updateComplete;
      expect(qa(el, '.item')).to.have.length(5);
    });

    it('filters by tags, section and language, and excludes a URL', async () => {
      const data = articles(6, (i) => ({
        tags: i % 2 ? ['Labour'] : ['Japan'],
        section: i <= 3 ? 'English Review' : 'Xã hội',
        language: i === 1 ? 'vi' : 'en',
      }));
      const el = await list(
        html`<article-list filter-tags="labour" .articles=${data}></article-list>`
      );
      expect(titles(el)).to.deep.equal(['Article 1', 'Article 3', 'Article 5']);
      el.filterSection = 'english review';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Article 1', 'Article 3']);
      el.filterLang = 'en';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Article 3']);
      el.filterTags = el.filterSection = el.filterLang = undefined;
      el.exclude = 'https://www.example.vn/a/2/?utm_source=x';
      await el.updateComplete;
      expect(titles(el)).to.not.include('Article 2');
      expect(titles(el)).to.have.length(5);
    });

    it('sorts newest first by default, and by sort', async () => {
      const data = articles(3).reverse();
      const el = await list(html`<article-list .articles=${data}></article-list>`);
      expect(titles(el)).to.deep.equal(['Article 1', 'Article 2', 'Article 3']);
      el.sort = 'oldest';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Article 3', 'Article 2', 'Article 1']);
      el.sort = 'none';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Article 3', 'Article 2', 'Article 1']);
    });

    it('reads an inline JSON child', async () => {
      const el = await list(
        html`<article-list
          ><script type="application/json">
            [{"id": "x", "title": "Inline one", "url": "https://example.vn/x"}]
          </script></article-list
        >`
      );
      expect(titles(el)).to.deep.equal(['Inline one']);
    });
  });

  describe('states', () => {
    it('shows an empty state, localized, that a slot can replace', async () => {
      const el = await list(html`<article-list .articles=${[]}></article-list>`);
      expect(q(el, '[part=empty]')!.textContent!.trim()).to.equal('No articles yet.');
      await expect(el).to.be.accessible();
      const custom = await list(
        html`<article-list .articles=${[]}><p slot="empty">Nothing here</p></article-list>`
      );
      const slot = q(custom, 'slot[name=empty]') as HTMLSlotElement;
      expect(slot.assignedElements()[0].textContent).to.equal('Nothing here');
    });

    it('shows a skeleton sized to limit with aria-busy while loading, then the cards', async () => {
      const el = await list(
        html`<article-list limit="4" src=${`/__news/slow?ms=600&k=${uid()}`}></article-list>`
      );
      expect(q(el, '[part=group]')!.getAttribute('aria-busy')).to.equal('true');
      expect(qa(el, '[part=skeleton]')).to.have.length(4);
      expect(q(el, '.skeletons')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
      await oneEvent(el, 'news-load');
      await el.updateComplete;
      expect(q(el, '[part=group]')!.getAttribute('aria-busy')).to.equal('false');
      expect(qa(el, '[part=skeleton]')).to.have.length(0);
      expect(qa(el, '.item')).to.have.length(2);
    });

    it('shows the error state with Retry, fires news-error, and retries', async () => {
      const el = document.createElement('article-list');
      const failed = oneEvent(el, 'news-error');
      el.src = `/__news/flaky/${uid()}?fail=1&status=404`;
      await fixture(html`<div>${el}</div>`);
      const ev = await failed;
      expect([ev.kind, ev.status]).to.deep.equal(['http', 404]);
      await el.updateComplete;
      expect(q(el, '[role=alert]')!.textContent).to.match(/error \(404\)/);
      await expect(el).to.be.accessible();
      const loaded = oneEvent(el, 'news-load');
      q(el, 'button.retry')!.click();
      await loaded;
      await el.updateComplete;
      expect(qa(el, '.item')).to.have.length(2);
    });
  });

  describe('sources', () => {
    it('loads src over HTTP and fires news-load', async () => {
      const el = document.createElement('article-list');
      const loaded = oneEvent(el, 'news-load');
      el.src = '/test/fixtures/feeds/seed.atom.xml';
      await fixture(html`<div>${el}</div>`);
      expect((await loaded).feed.articles).to.have.length(2);
      await el.updateComplete;
      expect(qa(el, '.item')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('merges <news-source> children newest first, de-duplicated by canonical URL', async () => {
      const wrap = await fixture(
        html`<div>
          <article-list>
            <news-source src="/test/fixtures/lists/source-a.json"></news-source>
            <news-source src="/test/fixtures/lists/source-b.json"></news-source>
          </article-list>
        </div>`
      );
      const el = wrap.querySelector('article-list')!;
      await until(() => qa(el, '.item').length > 0, 'cards arrive');
      expect(titles(el)).to.deep.equal([
        'News item 1',
        'News item 2',
        'News item 3',
        'News item 4',
        'News item 5',
      ]);
    });
  });

  describe('load more', () => {
    it('reveals loaded items; status, then focus on the first new article behind a separator', async () => {
      const el = await list(
        html`<article-list load-more .articles=${articles(25)}></article-list>`
      );
      expect(qa(el, '.item')).to.have.length(10);
      q(el, '[part=load-more]')!.focus();
      await sendKeys({press: 'Enter'});
      await until(() => qa(el, '.item').length === 20, 'ten more');
      await until(() => active(el)?.dataset.index === '10', 'focus on article 11');
      const first = active(el)!;
      expect(first.querySelector('[part=page-label]')!.textContent!.trim()).to.equal(
        'Articles 11 to 20'
      );
      expect(q(el, '[role=status]')).to.not.equal(null);
      await expect(el).to.be.accessible();
      q(el, '[part=load-more]')!.click();
      await until(() => qa(el, '.item').length === 25, 'the rest');
      await until(() => active(el)?.dataset.index === '20', 'focus on article 21');
      expect(active(el)!.textContent).to.contain('Articles 21 to 25');
      expect(q(el, '[part=load-more]')).to.equal(null);
    });

    it('loads the next page from the feed (JSON Feed next_url), saying Loading…', async () => {
      const el = await list(
        html`<article-list load-more src="/test/fixtures/lists/page1.json"></article-list>`
      );
      await until(() => qa(el, '.item').length === 10, 'page 1');
      q(el, '[part=load-more]')!.click();
      await el.updateComplete;
      expect(q(el, '[part=status]')!.textContent!.trim()).to.equal('Loading…');
      expect(q(el, '.list')!.getAttribute('aria-busy')).to.equal('true');
      await until(() => qa(el, '.item').length === 20, 'page 2');
      expect(titles(el)[10]).to.equal('News item 11');
      await until(() => active(el)?.dataset.index === '10', 'focus on the first new article');
      expect(q(el, '[part=load-more]')).to.equal(null);
    });
  });

  describe('mode="feed"', () => {
    it('is a WAI-ARIA feed with focusable articles, posinset and setsize', async () => {
      const el = await list(
        html`<article-list mode="feed" .articles=${articles(4)}></article-list>`
      );
      const feed = q(el, '[role=feed]')!;
      expect(feed.getAttribute('aria-busy')).to.equal('false');
      const items = qa(el, '[role=article]');
      expect(items.map((i) => i.getAttribute('aria-posinset'))).to.deep.equal(['1', '2', '3', '4']);
      expect(items.every((i) => i.getAttribute('aria-setsize') === '4')).to.equal(true);
      expect(items.every((i) => i.tabIndex === 0)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('says aria-setsize=-1 while the size is unknown', async () => {
      const el = await list(
        html`<article-list mode="feed" limit="3" .articles=${articles(8)}></article-list>`
      );
      expect(q(el, '[role=article]')!.getAttribute('aria-setsize')).to.equal('-1');
    });

    it('moves with Page Down / Page Up, and leaves with Ctrl+End / Ctrl+Home', async () => {
      const el = await list(
        html`<button id="before">before</button
          ><article-list mode="feed" .articles=${articles(3)}></article-list>`
      ).then(() => document.querySelector('article-list')!);
      await el.updateComplete;
      qa(el, '[role=article]')[0].focus();
      await sendKeys({press: 'PageDown'});
      expect(active(el)!.getAttribute('aria-posinset')).to.equal('2');
      await sendKeys({press: 'PageDown'});
      expect(active(el)!.getAttribute('aria-posinset')).to.equal('3');
      await sendKeys({press: 'PageUp'});
      expect(active(el)!.getAttribute('aria-posinset')).to.equal('2');
      await sendKeys({down: 'Control'});
      await sendKeys({press: 'End'});
      await sendKeys({up: 'Control'});
      expect(active(el)!.getAttribute('part')).to.equal('end');
      qa(el, '[role=article]')[1].focus();
      await sendKeys({down: 'Control'});
      await sendKeys({press: 'Home'});
      await sendKeys({up: 'Control'});
      expect(active(el)!.getAttribute('part')).to.equal('group');
    });

    it('appends the next page at the end with Page Down on the last article', async () => {
      const el = await list(
        html`<article-list mode="feed" limit="2" .articles=${articles(5)}></article-list>`
      );
      const before = qa(el, '[role=article]');
      before[1].focus();
      await sendKeys({press: 'PageDown'});
      await until(() => active(el)?.getAttribute('aria-posinset') === '3', 'focus on item 3');
      const after = qa(el, '[role=article]');
      expect(after.slice(0, 2)).to.deep.equal(before);
      expect(titles(el).slice(0, 3)).to.deep.equal(['Article 1', 'Article 2', 'Article 3']);
    });
  });

  describe('layout="carousel"', () => {
    it('has localized Previous/Next buttons, no autoplay, and off-screen slides inert', async () => {
      const wrap = await fixture(
        html`<div style="inline-size: 600px">
          <article-list layout="carousel" .articles=${articles(6)}></article-list>
        </div>`
      );
      const el = wrap.querySelector('article-list')!;
      await el.updateComplete;
      const [prev, next] = qa(el, '.carousel-button');
      expect(prev.textContent!.trim()).to.equal('Previous articles');
      expect(next.textContent!.trim()).to.equal('Next articles');
      expect(getComputedStyle(q(el, '.list')!).scrollSnapType).to.contain('mandatory');
      const slides = qa(el, '.item');
      await until(() => slides[0].inert === false && slides[5].inert === true, 'inert set');
      const scroller = q(el, '.list')!;
      const start = scroller.scrollLeft;
      await new Promise((r) => setTimeout(r, 300));
      expect(scroller.scrollLeft, 'no autoplay').to.equal(start);
      next.focus();
      await sendKeys({press: 'Enter'});
      await until(() => slides[0].inert === true, 'first slide off screen');
      expect(slides.some((s) => !s.inert)).to.equal(true);
      await expect(el).to.be.accessible();
      prev.focus();
      await sendKeys({press: 'Enter'});
      await until(() => slides[0].inert === false, 'first slide back');
    });
  });

  describe('live updates', () => {
    it('polling inserts nothing until asked; the button inserts and focuses them', async () => {
      const el = await list(html`<article-list src=${`/__news/grow/${uid()}`}></article-list>`);
      await until(() => qa(el, '.item').length === 5, 'first poll');
      const before = titles(el);
      await el.refresh();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(before);
      const button = q(el, '[part=new-articles]')!;
      expect(button.textContent!.trim()).to.equal('3 new articles');
      expect(button.closest('[role=status]')).to.not.equal(null);
      await expect(el).to.be.accessible();
      button.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(titles(el).slice(0, 3)).to.deep.equal([
        'Growing item 8',
        'Growing item 7',
        'Growing item 6',
      ]);
      expect(titles(el)).to.have.length(8);
      await until(() => active(el)?.dataset.index === '0', 'focus on the first new article');
      expect(q(el, '[part=new-articles]')).to.equal(null);
    });

    it('refresh-interval polls no more often than every 60 s', async () => {
      const calls: number[] = [];
      const real = window.setInterval;
      let tick: (() => void) | undefined;
      window.setInterval = ((fn: () => void, ms: number) => {
        calls.push(ms);
        tick = fn;
        return real(() => undefined, 1e9);
      }) as typeof window.setInterval;
      try {
        const el = await list(
          html`<article-list refresh-interval="5" src=${`/__news/grow/${uid()}`}></article-list>`
        );
        expect(calls.at(-1)).to.equal(60000);
        await until(() => qa(el, '.item').length === 5, 'first poll');
        tick!();
        await until(() => !!q(el, '[part=new-articles]'), 'the timer polled');
        expect(qa(el, '.item')).to.have.length(5);
        el.refreshInterval = 120;
        await el.updateComplete;
        expect(calls.at(-1)).to.equal(120000);
      } finally {
        window.setInterval = real;
      }
    });
  });

  describe('long lists', () => {
    it('offers a skip link past lists longer than skip-threshold', async () => {
      const el = await list(
        html`<article-list limit="0" .articles=${articles(11)}></article-list>`
      );
      const skip = q(el, '[part=skip-link]')!;
      expect(skip.textContent!.trim()).to.equal('Skip past this list');
      skip.focus();
      expect(getComputedStyle(skip).transform).to.equal('none');
      await sendKeys({press: 'Enter'});
      expect(active(el)!.getAttribute('part')).to.equal('end');
      await expect(el).to.be.accessible();
      el.skipThreshold = 20;
      await el.updateComplete;
      expect(q(el, '[part=skip-link]')).to.equal(null);
    });

    it('renders 5,000 items in chunks, each item with content-visibility: auto', async () => {
      const el = await list(
        html`<article-list limit="0" layout="compact" .articles=${articles(5000)}></article-list>`
      );
      expect(qa(el, '.item').length).to.equal(CHUNK);
      await until(() => qa(el, '.item').length === 5000, 'all items');
      expect(getComputedStyle(qa(el, '.item')[4999]).contentVisibility).to.equal('auto');
      expect(titles(el)[4999]).to.equal('Article 5000');
    });
  });
});
