import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/related-articles/related-articles.js';
import type {RelatedArticles} from '../src/related-articles/related-articles.component.js';
import type {Article} from '../src/data/article.js';
import {clearFeedCache} from '../src/data/load.js';
import {relatedArticles} from '../src/data/related.js';
import {make} from './helpers/articles.js';
import {mountFailingOnce} from './helpers/flaky.js';
import {oneEvent, q, qa, titles, uid, until} from './article-list.helpers.js';

const headingText = (el: Element) => {
  const slot = q(el, '#heading slot') as HTMLSlotElement;
  const assigned = slot.assignedNodes({flatten: true});
  return (assigned.length ? assigned : [...slot.childNodes])
    .map((n) => n.textContent)
    .join('')
    .trim();
};

const FIXTURE = '/test/fixtures/related/related.json';
const B = 'https://molisa.example.vn/';
const CURRENT = `${B}international-cooperation/vietnam-japan-labour-cooperation-records-rapid-development`;
/** The fixture's order for CURRENT: score, then newest, then the unrelated newest first. */
const RANKED = [
  'Promote cooperation in training high-quality human resources between Vietnam and Japan',
  'Strengthening Vietnam - Sweden cooperation in labour and social security',
  'Vietnam - Greece soon sign labour cooperation agreement',
  'MoLISA strengthens cooperation with Germany in vocational education',
  'Awarding “Medal for the Cause of Labour - Invalids and Social Affairs” to Labour and Employment Attache of the ROK Embassy in Vietnam',
  'Over 51 million workers employed in the first 9 months',
  'Many activities in the National Action Month on Gender Equality 2024 will be organized',
  'Minister Dao Ngoc Dung visits and supports people affected by storm in Yen Bai',
  'Vietnam wins bronze medal and certificates of excellence at 47th WorldSkills Competition',
];

let pool: Article[] = [];
before(async () => {
  pool = ((await (await fetch(FIXTURE)).json()) as {articles: Article[]}).articles;
});

/** A small pool: `a` shares two tags, `b` one tag and the section, `c` nothing. */
const small = (): Article[] => [
  make({id: 'cur', url: `${B}cur`, title: 'Current', tags: ['Japan', 'Labour'], section: 'S'}),
  make({
    id: 'c',
    url: `${B}c`,
    title: 'C',
    tags: [],
    section: 'X',
    published: '2024-01-03T00:00:00Z',
  }),
  make({
    id: 'b',
    url: `${B}b`,
    title: 'B',
    tags: ['Japan'],
    section: 'S',
    published: '2024-01-01T00:00:00Z',
  }),
  make({
    id: 'a',
    url: `${B}a`,
    title: 'A',
    tags: ['Labour', 'Japan'],
    section: 'X',
    published: '2023-01-01T00:00:00Z',
  }),
];

async function related(tpl: ReturnType<typeof html>): Promise<RelatedArticles> {
  const el = await fixture<RelatedArticles>(tpl);
  await el.updateComplete;
  return el;
}

/** Adds elements to <head> for one test. */
async function withHead<T>(nodes: HTMLElement[], fn: () => Promise<T>): Promise<T> {
  document.head.append(...nodes);
  try {
    return await fn();
  } finally {
    for (const n of nodes) n.remove();
  }
}

describe('<related-articles>', () => {
  beforeEach(() => clearFeedCache());

  describe('when the candidates are the `articles` property', () => {
    it('renders a labelled <aside> with a heading and a <ul> of compact cards from the shared template', async () => {
      const el = await related(
        html`<related-articles article-url=${`${B}cur`} .articles=${small()}></related-articles>`
      );
      const aside = q(el, 'aside')!;
      expect(aside.getAttribute('aria-labelledby')).to.equal('heading');
      expect(aside.getAttribute('aria-busy')).to.equal('false');
      const h = q(el, 'h2.aside-heading')!;
      expect(h.contains(q(el, '#heading'))).to.equal(true);
      expect(headingText(el)).to.equal('Other articles');
      const items = qa(el, 'ul.list > li.item');
      expect(items).to.have.length(3);
      expect(items.every((li) => li.querySelector('article.card.card--compact'))).to.equal(true);
      expect(qa(el, '.item h3 [part=headline]')).to.have.length(3);
      expect(titles(el)).to.deep.equal(['A', 'B', 'C']);
      expect(el.hasAttribute('empty')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('takes layout="horizontal" and "vertical", and falls back to compact', async () => {
      const el = await related(
        html`<related-articles layout="horizontal" .articles=${small()}></related-articles>`
      );
      expect(q(el, '.card')!.classList.contains('card--horizontal')).to.equal(true);
      await expect(el).to.be.accessible();
      el.layout = 'vertical';
      await el.updateComplete;
      expect(q(el, '.card')!.classList.contains('card--vertical')).to.equal(true);
      el.setAttribute('layout', 'hero');
      await el.updateComplete;
      expect(q(el, '.card')!.classList.contains('card--compact')).to.equal(true);
    });

    it('lets the page style the cards through their parts', async () => {
      const style = document.createElement('style');
      style.textContent = 'related-articles.themed::part(headline) { color: rgb(1, 2, 3); }';
      document.head.append(style);
      try {
        const el = await related(
          html`<related-articles class="themed" .articles=${small()}></related-articles>`
        );
        expect(getComputedStyle(q(el, '[part=headline]')!).color).to.equal('rgb(1, 2, 3)');
      } finally {
        style.remove();
      }
    });

    it('puts every headline link in the tab order, in ranking order', async () => {
      const el = await related(
        html`<related-articles article-url=${`${B}cur`} .articles=${small()}></related-articles>`
      );
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const seen: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({press: 'Tab'});
        seen.push(el.shadowRoot!.activeElement?.textContent?.trim() ?? '');
      }
      before.remove();
      expect(seen).to.deep.equal(['A', 'B', 'C']);
    });

    it('fires news-article-select from a card', async () => {
      const el = await related(html`<related-articles .articles=${small()}></related-articles>`);
      el.addEventListener('news-article-select', (e) => e.preventDefault(), {once: true});
      const selected = oneEvent(el, 'news-article-select');
      q(el, '[part=headline]')!.click();
      expect((await selected).article.title).to.equal(titles(el)[0]);
    });
  });

  describe('when the candidates come from `src`', () => {
    it('loads them over HTTP, fires news-load and ranks them', async () => {
      const el = document.createElement('related-articles');
      const loaded = oneEvent(el, 'news-load');
      el.articleUrl = CURRENT;
      el.src = FIXTURE;
      await fixture(html`<div>${el}</div>`);
      const ev = await loaded;
      expect(ev.feed.articles).to.have.length(12);
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(RANKED.slice(0, 5));
      expect(q(el, 'aside')!.getAttribute('aria-busy')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('shows a skeleton with aria-busy while loading', async () => {
      const el = await related(
        html`<related-articles src=${`/__news/slow?ms=800&k=${uid()}`}></related-articles>`
      );
      const aside = q(el, 'aside')!;
      expect(aside.getAttribute('aria-busy')).to.equal('true');
      expect(qa(el, '.skeletons [part=skeleton]')).to.have.length(5);
      expect(q(el, '.skeletons')!.getAttribute('aria-hidden')).to.equal('true');
      expect(headingText(el)).to.equal('Other articles');
      await expect(el).to.be.accessible();
      await until(() => qa(el, '.item').length > 0, 'the feed arrives');
      expect(aside.getAttribute('aria-busy')).to.equal('false');
    });

    it('shows an error with Retry and fires news-error for /__news/status/404', async () => {
      const el = document.createElement('related-articles');
      const failed = oneEvent(el, 'news-error');
      el.src = '/__news/status/404';
      await fixture(html`<div>${el}</div>`);
      const ev = await failed;
      expect([ev.kind, ev.status]).to.deep.equal(['http', 404]);
      expect(ev.url).to.equal(new URL('/__news/status/404', location.href).href);
      await el.updateComplete;
      const alert = q(el, '[role=alert]')!;
      expect(alert.textContent).to.contain('404');
      expect(q(el, 'aside')!.contains(alert)).to.equal(true);
      await expect(el).to.be.accessible();
      const again = oneEvent(el, 'news-error');
      q(el, 'button.retry')!.click();
      await el.updateComplete;
      expect(q(el, 'aside')!.getAttribute('aria-busy')).to.equal('true');
      expect((await again).status).to.equal(404);
      await until(() => !!q(el, '[role=alert]'), 'the error shows again');
    });

    it('Retry (from the keyboard) reloads: a feed that failed once shows its articles', async () => {
      const {el, key, loaded} = await mountFailingOnce<RelatedArticles>('related-articles');
      q(el, 'button.retry')!.focus();
      await sendKeys({press: 'Enter'});
      await loaded;
      await el.updateComplete;
      expect(q(el, '[role=alert]')).to.equal(null);
      expect(qa(el, '.item').length).to.be.greaterThan(0);
      const count = (await (await fetch(`/__news/count/flaky-${key}?read`)).json()) as {
        count: number;
      };
      expect(count.count).to.equal(2);
    });
  });

  describe('when the candidates are an inline JSON child', () => {
    /** `<related-articles article-url show-empty>` with a JSON child holding `text`. */
    const withChild = async (text: string) => {
      const el = document.createElement('related-articles');
      el.setAttribute('article-url', CURRENT);
      el.showEmpty = true;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = text;
      el.append(script);
      await fixture(html`<div>${el}</div>`);
      await el.updateComplete;
      return el;
    };

    it('reads them through the inline normalizer', async () => {
      const el = await withChild(JSON.stringify({title: 'Other Articles', articles: pool}));
      expect(titles(el)).to.deep.equal(RANKED.slice(0, 5));
      await expect(el).to.be.accessible();
    });

    it('follows edits of the child, and treats invalid JSON as no candidates', async () => {
      const el = await withChild('[]');
      expect(q(el, '[part=empty]')).to.not.equal(null);
      el.querySelector('script')!.textContent = JSON.stringify(pool.slice(0, 4));
      await until(() => qa(el, '.item').length === 3, 'the edited child is read');
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...a: unknown[]) => warnings.push(a);
      try {
        el.querySelector('script')!.textContent = '{not json';
        await until(() => !!q(el, '[part=empty]'), 'invalid JSON empties the box');
      } finally {
        console.warn = warn;
      }
      expect(String(warnings[0])).to.contain('related-articles');
    });
  });

  describe('the current article', () => {
    it('comes from `article-url`, and its tags are read from the candidate at that URL', async () => {
      const el = await related(
        html`<related-articles article-url=${CURRENT} .articles=${pool}></related-articles>`
      );
      expect(titles(el)).to.deep.equal(RANKED.slice(0, 5));
    });

    it('comes from the `article` property, whose tags and section rank', async () => {
      const el = await related(
        html`<related-articles
          .article=${{url: `${B}elsewhere`, tags: ['Korea'], section: 'Employment'}}
          .articles=${pool}
        ></related-articles>`
      );
      expect(titles(el).slice(0, 2)).to.deep.equal([
        'Awarding “Medal for the Cause of Labour - Invalids and Social Affairs” to Labour and Employment Attache of the ROK Embassy in Vietnam',
        'Over 51 million workers employed in the first 9 months',
      ]);
      el.article = {
        url: CURRENT,
        tags: ['Japan', 'Labour cooperation'],
        section: 'International cooperation',
      };
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(RANKED.slice(0, 5));
      await expect(el).to.be.accessible();
    });

    it('comes from <link rel=canonical> in the document head', async () => {
      const link = document.createElement('link');
      link.rel = 'canonical';
      link.href = `${CURRENT}/`;
      await withHead([link], async () => {
        const el = await related(html`<related-articles .articles=${pool}></related-articles>`);
        expect(titles(el)).to.deep.equal(RANKED.slice(0, 5));
        await expect(el).to.be.accessible();
      });
      const el = await related(html`<related-articles .articles=${pool}></related-articles>`);
      expect(titles(el)).to.not.deep.equal(RANKED.slice(0, 5));
    });

    for (const [name, node] of [
      ['url', {url: CURRENT}],
      ['mainEntityOfPage', {mainEntityOfPage: {'@type': 'WebPage', '@id': CURRENT}}],
    ] as const)
      it(`comes from the page's JSON-LD NewsArticle \`${name}\`, with its keywords and section`, async () => {
        const script = document.createElement('script');
        script.type = 'application/ld+json';
        script.textContent = JSON.stringify({
          '@context': 'https://schema.org',
          '@graph': [
            {'@type': 'Organization', name: 'MOLISA'},
            {
              '@type': 'NewsArticle',
              headline: 'Vietnam – Japan labour cooperation records rapid development',
              keywords: 'Korea',
              articleSection: 'Employment',
              ...node,
            },
          ],
        });
        await withHead([script], async () => {
          const el = await related(html`<related-articles .articles=${pool}></related-articles>`);
          const shown = titles(el);
          expect(shown).to.not.include(
            'Vietnam – Japan labour cooperation records rapid development'
          );
          // The JSON-LD's own keywords and section rank: Korea (tag), then Employment (section).
          expect(shown.slice(0, 2)).to.deep.equal([
            'Awarding “Medal for the Cause of Labour - Invalids and Social Affairs” to Labour and Employment Attache of the ROK Embassy in Vietnam',
            'Over 51 million workers employed in the first 9 months',
          ]);
        });
      });

    it("is not taken from the page's JSON-LD ItemList (a list is not the page's article)", async () => {
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'ItemList',
        itemListElement: [{'@type': 'ListItem', position: 1, url: CURRENT}],
      });
      await withHead([script], async () => {
        const el = await related(
          html`<related-articles limit="20" .articles=${pool}></related-articles>`
        );
        expect(titles(el)).to.include(
          'Vietnam – Japan labour cooperation records rapid development'
        );
      });
    });

    it('is excluded whatever tracking parameters, fragment, scheme, www or trailing slash its URLs carry', async () => {
      const el = await related(
        html`<related-articles
          limit="20"
          article-url=${`${CURRENT}/?utm_source=newsletter&gclid=1#comments`}
          .articles=${pool}
        ></related-articles>`
      );
      // The fixture holds the current article twice (once as http://www…/?utm_medium…#top) and
      // one other article twice (once with ?utm_source…#comments): neither shows, nor any twice.
      expect(titles(el)).to.deep.equal(RANKED);
      expect(new Set(titles(el)).size).to.equal(titles(el).length);
    });
  });

  describe('options', () => {
    it('`limit` caps the cards (default 5)', async () => {
      const el = await related(
        html`<related-articles article-url=${CURRENT} .articles=${pool}></related-articles>`
      );
      expect(qa(el, '.item')).to.have.length(5);
      el.limit = 2;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(RANKED.slice(0, 2));
      el.limit = 7;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(RANKED.slice(0, 7));
      el.limit = 0;
      await el.updateComplete;
      expect(qa(el, '.item')).to.have.length(5);
    });

    it('`only-related` leaves out what shares nothing', async () => {
      const el = await related(
        html`<related-articles
          only-related
          limit="20"
          article-url=${CURRENT}
          .articles=${pool}
        ></related-articles>`
      );
      expect(titles(el)).to.deep.equal(RANKED.slice(0, 5));
    });

    it('the `heading` attribute replaces the heading text', async () => {
      const el = await related(
        html`<related-articles heading="Related news" .articles=${small()}></related-articles>`
      );
      expect(headingText(el)).to.equal('Related news');
      await expect(el).to.be.accessible();
    });

    it('the `heading` slot replaces the heading text and names the aside', async () => {
      const el = await related(
        html`<related-articles heading="Not this" .articles=${small()}
          ><span slot="heading">More from <em>English Review</em></span></related-articles
        >`
      );
      expect(headingText(el)).to.equal('More from English Review');
      expect(q(el, 'aside')!.getAttribute('aria-labelledby')).to.equal('heading');
      await expect(el).to.be.accessible();
    });

    it('`heading-level` sets the heading and the cards one level below', async () => {
      const el = await related(
        html`<related-articles
          heading-level="3"
          article-url=${`${B}cur`}
          .articles=${small()}
        ></related-articles>`
      );
      expect(q(el, 'h3.aside-heading')).to.not.equal(null);
      expect(qa(el, '.item h4')).to.have.length(3);
      await expect(el).to.be.accessible();
      el.headingLevel = 6;
      await el.updateComplete;
      expect(q(el, 'h6.aside-heading')).to.not.equal(null);
      expect(qa(el, '.item h6')).to.have.length(3);
      el.headingLevel = 1;
      await el.updateComplete;
      expect(q(el, 'h2.aside-heading')).to.not.equal(null);
      expect(qa(el, '.item h3')).to.have.length(3);
    });
  });

  describe('localization', () => {
    for (const [lang, heading] of [
      ['vi', 'Các tin khác'],
      ['ja', 'その他の記事'],
    ] as const)
      it(`says the heading in ${lang}`, async () => {
        const el = await related(
          html`<related-articles lang=${lang} .articles=${small()}></related-articles>`
        );
        expect(headingText(el)).to.equal(heading);
        await expect(el).to.be.accessible();
      });

    it('says the empty message in vi', async () => {
      const el = await related(
        html`<related-articles lang="vi" show-empty .articles=${[]}></related-articles>`
      );
      expect(q(el, '[part=empty]')!.textContent!.trim()).to.equal('Không có tin liên quan.');
    });
  });

  describe('when nothing is related', () => {
    it('hides itself and gets the `empty` attribute', async () => {
      const el = await related(
        html`<related-articles
          article-url=${`${B}cur`}
          .articles=${small().slice(0, 1)}
        ></related-articles>`
      );
      expect(q(el, 'aside')).to.equal(null);
      expect(el.hasAttribute('empty')).to.equal(true);
      expect(getComputedStyle(el).display).to.equal('none');
      await expect(el).to.be.accessible();
      el.articles = small();
      await el.updateComplete;
      expect(el.hasAttribute('empty')).to.equal(false);
      expect(getComputedStyle(el).display).to.equal('block');
    });

    it('with `show-empty`, shows the box with a message, which the `empty` slot replaces', async () => {
      const el = await related(
        html`<related-articles show-empty .articles=${[]}></related-articles>`
      );
      expect(q(el, 'aside [part=empty]')!.textContent!.trim()).to.equal('No related articles.');
      expect(getComputedStyle(el).display).to.equal('block');
      await expect(el).to.be.accessible();
      const p = document.createElement('p');
      p.slot = 'empty';
      p.textContent = 'Nothing else today.';
      el.append(p);
      const slot = q(el, 'slot[name=empty]') as HTMLSlotElement;
      expect(slot.assignedElements()).to.deep.equal([p]);
    });

    it('with only-related and no shared tag or section, hides itself', async () => {
      const el = await related(
        html`<related-articles
          only-related
          .article=${{url: `${B}x`, tags: ['Nothing']}}
          .articles=${small()}
        ></related-articles>`
      );
      expect(el.hasAttribute('empty')).to.equal(true);
    });
  });

  describe('ranking', () => {
    const items = small();
    const orders: [string, Article[]][] = [
      ['given', items],
      ['reversed', [...items].reverse()],
      ['rotated', [...items.slice(2), ...items.slice(0, 2)]],
      ['with duplicates', [...items, {...items[3], id: 'a2', url: `${B}a/?utm_source=x`}]],
    ];
    for (const [name, input] of orders)
      it(`is the same for the ${name} input order, and matches relatedArticles()`, async () => {
        const el = await related(
          html`<related-articles article-url=${`${B}cur`} .articles=${input}></related-articles>`
        );
        expect(titles(el)).to.deep.equal(['A', 'B', 'C']);
        const expected = relatedArticles(
          {url: `${B}cur`, tags: ['Japan', 'Labour'], section: 'S'},
          input
        ).map((a) => a.title);
        expect(titles(el)).to.deep.equal(expected);
      });

    it('breaks ties by recency, then by URL', async () => {
      const tie = (id: string, published?: string) =>
        make({id, url: `${B}${id}`, title: id, tags: ['Japan'], section: 'X', published});
      const input = [
        tie('z', '2024-01-01T00:00:00Z'),
        tie('y'),
        tie('m', '2024-02-01T00:00:00Z'),
        tie('b'),
        tie('k', '2024-01-01T00:00:00Z'),
      ];
      const el = await related(
        html`<related-articles
          .article=${{id: 'cur', tags: ['japan']}}
          .articles=${input}
        ></related-articles>`
      );
      expect(titles(el)).to.deep.equal(['m', 'k', 'z', 'b', 'y']);
      el.articles = [...input].reverse();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['m', 'k', 'z', 'b', 'y']);
    });
  });
});
