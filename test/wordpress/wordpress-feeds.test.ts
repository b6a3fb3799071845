/**
 * The blocks against a real WordPress 6.1 (MariaDB, PHP, WordPress's own installer and PHP API;
 * see test/wordpress/wordpress.mjs) on another origin than this page: every request here is
 * cross-origin, so each passing test also proves the embedding guide's CORS mu-plugin.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/article-list/article-list.js';
import '../../src/news-article/news-article.js';
import '../../src/related-articles/related-articles.js';
import type {ArticleList} from '../../src/article-list/article-list.component.js';
import type {NewsArticle} from '../../src/news-article/news-article.component.js';
import type {RelatedArticles} from '../../src/related-articles/related-articles.component.js';
import {clearFeedCache} from '../../src/data/load.js';
import {oneEvent, q, qa, titles, until} from '../article-list.helpers.js';
import {OTHER_TITLES, SEED_TITLES, wordpress, type WpInfo} from './wp.helpers.js';

let wp: WpInfo;
const api = (path: string) => `${wp.url}/wp-json/wp/v2/${path}`;

async function loaded<T extends HTMLElement>(tpl: ReturnType<typeof html>): Promise<T> {
  const el = await fixture<T>(tpl);
  await until(
    () =>
      !!el.shadowRoot?.querySelector(
        '[part~=card], [part~=headline], [part=article], [part=error]'
      ),
    'content or error shown'
  );
  await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
  expect(q(el, '[part=error]'), 'no error state').to.equal(null);
  return el;
}

/** Every title the list shows, after pressing Load more until it is gone. */
async function allPages(el: ArticleList): Promise<string[]> {
  for (let i = 0; i < 10; i++) {
    const more = q(el, '[part=load-more]');
    if (!more) break;
    const before = titles(el).length;
    more.click();
    await until(() => titles(el).length > before || !!q(el, '[part=error]'), 'next page');
  }
  return titles(el);
}

describe('a real WordPress (cross-origin)', function () {
  this.timeout(30000);

  before(async function () {
    wp = await wordpress(this);
  });
  beforeEach(() => clearFeedCache());

  it('runs on another origin than the test page', () => {
    expect(new URL(wp.url).origin).to.not.equal(location.origin);
  });

  describe('<article-list> on wp/v2/posts?_embed', () => {
    it('shows the seed posts, newest first, with sections and featured images', async () => {
      const el = await loaded<ArticleList>(
        html`<article-list src=${api('posts?_embed&per_page=20')} limit="20"></article-list>`
      );
      const shown = titles(el);
      expect(shown).to.include.members([
        SEED_TITLES.hoan,
        SEED_TITLES.cooperation,
        SEED_TITLES.escaped,
        ...OTHER_TITLES,
      ]);
      expect(shown.indexOf(SEED_TITLES.hoan)).to.be.lessThan(shown.indexOf(OTHER_TITLES[0]));
      const card = qa(el, '.item').find((i) => i.textContent!.includes(SEED_TITLES.hoan))!;
      expect(card.querySelector('[part=section]')!.textContent!.trim()).to.equal('English Review');
      const img = card.querySelector<HTMLImageElement>('img[part=image]')!;
      expect(img.src).to.equal(`${wp.url}/wp-content/uploads/2023/11/nguyen-ba-hoan.png`);
      expect(img.alt).to.equal('Deputy Minister Nguyen Ba Hoan and Mr. Kanamori Hitoshi');
      expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['64', '36']);
      await until(() => img.complete && img.naturalWidth === 64, 'the uploaded image loads');
    });

    it('a post without a featured image gets a card without an image', async () => {
      const el = await loaded<ArticleList>(
        html`<article-list src=${api('posts?_embed&per_page=20')} limit="20"></article-list>`
      );
      const items = qa(el, '.item');
      const noImage = items.find((i) => i.textContent!.includes('47th WorldSkills'))!;
      expect(noImage, 'the WorldSkills post is listed').to.exist;
      expect(noImage.querySelector('img')).to.equal(null);
      expect(noImage.querySelector('[part=headline]')!.textContent!.trim()).to.equal(
        OTHER_TITLES[7]
      );
      // Featured images on the two seed articles and eight of the nine others.
      const withImage = items.filter((i) => i.querySelector('img[part=image]'));
      expect(withImage.length).to.equal(10);
    });

    it('never shows the draft', async () => {
      const el = await loaded<ArticleList>(
        html`<article-list src=${api('posts?_embed&per_page=20')} limit="20"></article-list>`
      );
      expect(titles(el)).to.not.include(SEED_TITLES.draft);
      expect(el.shadowRoot!.textContent).to.not.include('unpublished plans');
    });

    // WordPress lists password-protected posts to everyone (`content.protected: true`, empty
    // body and excerpt): the adapter leaves them out.
    it('never shows a password-protected post', async () => {
      const el = await loaded<ArticleList>(
        html`<article-list src=${api('posts?_embed&per_page=20')} limit="20"></article-list>`
      );
      expect(titles(el)).to.not.include(SEED_TITLES.protected);
    });

    it("renders WordPress's own escaping of titles and excerpts as text", async () => {
      const raw = (await (await fetch(api(`posts/${wp.posts.escaped}`))).json()) as {
        title: {rendered: string};
        excerpt: {rendered: string};
      };
      // What WordPress sends: entities (&#038; &#8220; &#8217;) and markup in the title.
      expect(raw.title.rendered).to.include('&#8217;').and.include('&#038;').and.include('<b>');
      const el = await loaded<ArticleList>(
        html`<article-list src=${api('posts?_embed&per_page=20')} limit="20"></article-list>`
      );
      const card = qa(el, '.item').find((i) => i.textContent!.includes('Interns’ rights'))!;
      expect(card, 'the escaped post is listed').to.exist;
      const headline = card.querySelector('[part=headline]')!;
      expect(headline.textContent!.trim()).to.equal(SEED_TITLES.escaped);
      expect(headline.querySelector('b'), 'title markup is not rendered').to.equal(null);
      const summary = card.querySelector('[part=summary]')!.textContent!.trim();
      expect(summary).to.equal('Workers’ questions & answers: “fair pay”');
      expect(card.innerHTML).to.not.match(/&amp;#\d+;|<script/);
    });
  });

  describe('paging', () => {
    it('WordPress sends X-WP-Total, X-WP-TotalPages and Link, readable cross-origin', async () => {
      const res = await fetch(api('posts?per_page=5'));
      const total = Number(res.headers.get('x-wp-total'));
      expect(total).to.equal(13); // 12 public seed posts + the protected one; no draft
      expect(res.headers.get('x-wp-totalpages')).to.equal('3');
      expect(res.headers.get('link')).to.match(/<[^>]+[?&]page=2[^>]*>; rel="next"/);
    });

    it('<article-list load-more> walks every page WordPress has, once each', async () => {
      const el = await loaded<ArticleList>(
        html`<article-list
          src=${api('posts?_embed&per_page=5')}
          limit="100"
          load-more
        ></article-list>`
      );
      // Five posts a page, less the password-protected one on the first page.
      expect(titles(el)).to.have.length(4);
      const shown = await allPages(el);
      expect(q(el, '[part=load-more]'), 'no Load more after the last page').to.equal(null);
      expect(new Set(shown).size, 'no post twice').to.equal(shown.length);
      expect(shown).to.include.members([
        SEED_TITLES.hoan,
        SEED_TITLES.cooperation,
        ...OTHER_TITLES,
      ]);
      expect(shown).to.not.include(SEED_TITLES.draft);
      expect(shown).to.not.include(SEED_TITLES.protected);
    });
  });

  it('_fields trims the response and the list still reads it', async () => {
    const url = api('posts?_fields=id,link,title,excerpt,date,date_gmt&per_page=3');
    const raw = (await (await fetch(url)).json()) as Record<string, unknown>[];
    expect(Object.keys(raw[0]).sort()).to.deep.equal(
      ['date', 'date_gmt', 'excerpt', 'id', 'link', 'title'].sort()
    );
    const el = await loaded<ArticleList>(html`<article-list src=${url}></article-list>`);
    // Every post of the page but a password-protected one (left out: see below).
    const readable = raw.filter((p) => !(p.excerpt as {protected?: boolean}).protected);
    expect(readable.length, 'the page holds the protected post').to.equal(2);
    expect(titles(el)).to.have.length(readable.length);
    expect(qa(el, 'img')).to.have.length(0);
    expect(qa(el, 'a[part=headline]')[0].getAttribute('href')).to.match(
      new RegExp(`^${wp.url}/2023/11/`)
    );
  });

  describe('the site time zone (Asia/Ho_Chi_Minh)', () => {
    it('10:40 AM 13/11/2023 Hanoi time is the instant 03:40 UTC, shown as 10:40 in Hanoi', async () => {
      const el = await loaded<NewsArticle>(
        html`<news-article
          src=${api(`posts/${wp.posts.hoan}?_embed`)}
          time-zone="Asia/Ho_Chi_Minh"
          lang="en"
        ></news-article>`
      );
      const time = q(el, 'time[part=published]')!;
      expect(time.getAttribute('datetime')).to.equal('2023-11-13T03:40:00.000Z');
      expect(time.textContent).to.include('10:40').and.include('2023');
    });

    /** The requests this page made for the site's `/wp-json/` index (either URL style). */
    const indexRequests = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /\/wp-json\/(\?|$)|[?&]rest_route=(%2F|\/)(&|$)/.test(n));

    beforeEach(() => performance.clearResourceTimings());

    it('posts with date_gmt need no request for the site index', async () => {
      const el = await loaded<ArticleList>(
        html`<article-list src=${api('posts?_embed')} limit="20"></article-list>`
      );
      const card = qa(el, '.item').find((i) => i.textContent!.includes(SEED_TITLES.hoan))!;
      expect(card.querySelector('time')!.getAttribute('datetime')).to.equal(
        '2023-11-13T03:40:00.000Z'
      );
      expect(indexRequests()).to.deep.equal([]);
    });

    for (const [name, query] of [
      ['_fields without date_gmt', '_fields=id,link,title,date&per_page=20'],
      ['the embed context', 'context=embed&per_page=20'],
    ]) {
      it(`with ${name}, the zone comes from the site index, asked for its two fields`, async () => {
        const el = await loaded<ArticleList>(
          html`<article-list src=${api(`posts?${query}`)} limit="20"></article-list>`
        );
        const card = qa(el, '.item').find((i) => i.textContent!.includes(SEED_TITLES.hoan))!;
        expect(card.querySelector('time')!.getAttribute('datetime')).to.equal(
          '2023-11-13T03:40:00.000Z'
        );
        expect(indexRequests()).to.deep.equal([
          `${wp.url}/wp-json/?_fields=timezone_string%2Cgmt_offset`,
        ]);
        // What it asked for is what WordPress answers with: the zone alone, not every route.
        const index = await (await fetch(indexRequests()[0])).json();
        expect(Object.keys(index).sort()).to.deep.equal([
          '_links',
          'gmt_offset',
          'timezone_string',
        ]);
        expect(index.timezone_string).to.equal('Asia/Ho_Chi_Minh');
      });
    }

    it('a site without pretty permalinks (?rest_route=) gets its zone the same way', async () => {
      const url = `${wp.url}/?rest_route=/wp/v2/posts&_fields=id,link,title,date&per_page=20`;
      const el = await loaded<ArticleList>(
        html`<article-list src=${url} limit="20"></article-list>`
      );
      const card = qa(el, '.item').find((i) => i.textContent!.includes(SEED_TITLES.hoan))!;
      expect(card.querySelector('time')!.getAttribute('datetime')).to.equal(
        '2023-11-13T03:40:00.000Z'
      );
      expect(indexRequests()).to.deep.equal([
        `${wp.url}/?rest_route=%2F&_fields=timezone_string%2Cgmt_offset`,
      ]);
    });
  });

  it('<news-article> shows the seed article: paragraphs, subheads, photos with bilingual captions and credits', async () => {
    const el = await loaded<NewsArticle>(
      html`<news-article
        src=${api(`posts/${wp.posts.cooperation}?_embed`)}
        lang="en"
      ></news-article>`
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('h1')!.textContent!.trim()).to.equal(SEED_TITLES.cooperation);
    const body = q(el, '[part~=body]')!;
    await until(() => body.getAttribute('aria-busy') === 'false', 'the sanitized body');
    expect(body.querySelectorAll('p').length).to.be.greaterThan(7);
    const subheads = [...body.querySelectorAll('h2, h3')].map((h) => h.textContent!.trim());
    expect(subheads).to.include.members([
      'The plan for cooperation with localities in human resources training remains very large',
      'The opportunity to send labor to Japan is huge',
    ]);
    const lead = q(el, '[part~=lead-photo]')!;
    expect(lead.getAttribute('src')).to.equal(
      `${wp.url}/wp-content/uploads/2023/11/dao-tao-nhat-ban.png`
    );
    expect(lead.getAttribute('caption')).to.include('Đào tạo cho người lao động');
    expect(lead.getAttribute('translation')).to.include('Training for workers to work in Japan');
    const lang = [lead.getAttribute('caption-lang'), lead.getAttribute('translation-lang')];
    expect(lang).to.deep.equal(['vi', 'en']);
    // The in-body photo becomes a photo-caption with its credit split off.
    const inBody = body.querySelector('photo-caption');
    expect(inBody, 'the in-body figure').to.exist;
    expect(inBody!.getAttribute('src')).to.equal(
      `${wp.url}/wp-content/uploads/2023/11/phien-thao-luan.png`
    );
    expect(`${inBody!.getAttribute('credit')}`).to.include('N.Dương');
    // "(According to VNEconomy)" closing the body becomes the source line.
    expect(q(el, '[part~=source]')!.textContent).to.include('According to VNEconomy');
    expect(body.textContent).to.not.include('(According to VNEconomy)');
  });

  it('<related-articles> ranks the posts sharing the tag "Vietnamese interns" first', async () => {
    const el = await loaded<RelatedArticles>(
      html`<related-articles
        src=${api('posts?_embed&per_page=20')}
        article-url=${wp.links.hoan}
        limit="3"
      ></related-articles>`
    );
    const shown = titles(el).length
      ? titles(el)
      : qa(el, '[part~=headline]').map((h) => h.textContent!.trim());
    expect(shown).to.have.length(3);
    expect(shown).to.not.include(SEED_TITLES.hoan);
    expect(shown[0]).to.equal('Vietnam – Japan labour cooperation records rapid development');
  });

  describe('RSS and Atom', () => {
    it('/feed/ (RSS 2.0): the ten newest posts, in the site time zone, no draft', async () => {
      const el = await loaded<ArticleList>(
        html`<article-list src=${`${wp.url}/feed/`} limit="20"></article-list>`
      );
      const shown = titles(el);
      expect(shown).to.have.length(10); // posts_per_rss
      expect(shown).to.include.members([SEED_TITLES.hoan, ...OTHER_TITLES.slice(0, 8)]);
      expect(shown).to.not.include(SEED_TITLES.draft);
      const card = qa(el, '.item').find((i) => i.textContent!.includes(SEED_TITLES.hoan))!;
      expect(card.querySelector('time')!.getAttribute('datetime')).to.equal(
        '2023-11-13T03:40:00.000Z'
      );
      expect(card.querySelector('[part=section]')!.textContent!.trim()).to.equal('English Review');
    });

    it("a category's RSS feed renders WordPress's escaped titles and excerpts as text", async () => {
      const el = await loaded<ArticleList>(
        html`<article-list src=${`${wp.url}/?feed=rss2&cat=${wp.terms.news}`}></article-list>`
      );
      const shown = titles(el);
      expect(shown).to.include.members([SEED_TITLES.cooperation, SEED_TITLES.escaped]);
      const card = qa(el, '.item').find((i) => i.textContent!.includes('Interns’ rights'))!;
      expect(card.querySelector('[part=summary]')!.textContent!.trim()).to.match(
        /^Workers' questions & answers: "fair pay"/
      );
      expect(card.innerHTML).to.not.match(/&amp;#\d+;|<script|<b>/);
    });

    it('/?feed=atom: the same posts from the Atom feed', async () => {
      const el = await loaded<ArticleList>(
        html`<article-list src=${`${wp.url}/?feed=atom&cat=${wp.terms.news}`}></article-list>`
      );
      const shown = titles(el);
      expect(shown).to.include.members([SEED_TITLES.cooperation, SEED_TITLES.escaped]);
      expect(shown).to.not.include(SEED_TITLES.draft);
      const card = qa(el, '.item').find((i) => i.textContent!.includes(SEED_TITLES.cooperation))!;
      expect(card.querySelector('time')!.getAttribute('datetime')).to.equal(
        '2023-11-02T08:20:00.000Z'
      );
    });
  });

  it('a post that does not exist is a localized error, with news-error', async () => {
    const el = document.createElement('article-list') as ArticleList;
    el.setAttribute('src', api('posts/999999?_embed'));
    const failed = oneEvent(el, 'news-error');
    document.body.append(el);
    try {
      const e = await failed;
      expect(e.kind).to.equal('http');
      expect(e.status).to.equal(404);
      await el.updateComplete;
      expect(q(el, '[part=error]')!.textContent).to.include('404');
    } finally {
      el.remove();
    }
  });
});
