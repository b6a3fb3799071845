// Lazy images stay lazy. The cards' images come over real HTTP from the test server
// (`/__news/img/KEY?n=…` records each request): after a first render and after a re-render,
// only images near the viewport are requested. An image the page already has is not requested
// again (Chromium reuses it from the document's images, whatever its cache headers), so for new
// card DOM made for such URLs (a list rendered again) the test counts the images loaded: a card
// that set `src` before `loading` loaded every one of them at once.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/article-list/article-list.js';
import type {ArticleList} from '../src/article-list/article-list.component.js';
import type {Article} from '../src/data/article.js';
import {articles, frames, qa, uid, until} from './article-list.helpers.js';

const N = 200;
/** Chromium loads lazy images within 1,250–2,500 px of the viewport (by connection type). */
const NEAR = 3000;

const imageUrl = (key: string, n: number) =>
  new URL(`/__news/img/${key}?n=${n}`, location.href).href;
const hits = async (key: string) =>
  ((await (await fetch(`/__news/img/${key}?read`)).json()) as {hits: number[]}).hits;
const images = (el: ArticleList) => qa(el, 'img[part=image]') as HTMLImageElement[];
const nOf = (img: HTMLImageElement) => Number(new URL(img.src).searchParams.get('n'));

const withImages = (key: string, order: (n: number) => number = (n) => n): Article[] =>
  articles(N, (i) => ({image: {url: imageUrl(key, order(i)), width: 16, height: 9}}));

async function settled(el: ArticleList): Promise<void> {
  await until(() => images(el).length === N, `all ${N} cards rendered`);
  await frames(3);
  await new Promise((r) => setTimeout(r, 300));
}

async function render(list: Article[]): Promise<ArticleList> {
  const el = await fixture<ArticleList>(html`<article-list limit="0"></article-list>`);
  el.articles = list;
  await settled(el);
  return el;
}

/** The `n` of the images within `NEAR` px below the bottom of the viewport. */
function near(el: ArticleList): Set<number> {
  const out = new Set<number>();
  for (const img of images(el))
    if (img.getBoundingClientRect().top < innerHeight + NEAR) out.add(nOf(img));
  return out;
}

describe('lazy images', () => {
  it('requests only the images near the viewport: first render, re-render, a second list', async function () {
    this.timeout(40000);
    const key = uid();
    const farRequests = (got: number[], el: ArticleList) => {
      const allowed = near(el);
      return got.filter((n) => !allowed.has(n));
    };
    const el = await render(withImages(key));
    const first = await hits(key);
    expect(near(el).size, 'the list is longer than what loads').to.be.lessThan(N / 2);
    expect(first.length, 'the images in view load').to.be.greaterThan(0);
    expect(farRequests(first, el), 'far images requested (first render)').to.deep.equal([]);
    for (const img of images(el)) expect(img.getAttribute('loading')).to.equal('lazy');

    // The same cards' DOM re-used for other URLs: the last images first.
    el.articles = withImages(key, (n) => N + 1 - n);
    await settled(el);
    const again = (await hits(key)).slice(first.length);
    expect(near(el).has(N), 'the re-render shows the last image first').to.equal(true);
    expect(again.length, 'the new images in view load').to.be.greaterThan(0);
    expect(farRequests(again, el), 'far images requested (re-render)').to.deep.equal([]);

    // New card DOM for URLs the page has seen: a second list, made later.
    const before = (await hits(key)).length;
    const other = await render(withImages(key));
    const third = (await hits(key)).slice(before);
    expect(farRequests(third, other), 'far images requested (second list)').to.deep.equal([]);
  });
});
