// The reserved space (styles/reserve.ts) of the lists, and of a card that reads a `src`, a JSON
// child or markup, ends once their content is there and out of view
// (internal/controllers/fit-controller.ts): content shorter than the estimate no longer leaves
// blank space for good, and the reader never sees anything move for it.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/article-list/article-list.js';
import '../src/related-articles/related-articles.js';
import '../src/news-card/news-card.js';
import {html as staticHtml} from 'lit/static-html.js';
import {articles, frames, q, until} from './article-list.helpers.js';

/** Layout shifts the page reports from now on (Chromium; none elsewhere). */
function shifts(): {values: number[]; stop: () => void} {
  const values: number[] = [];
  if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift'))
    return {values, stop: () => undefined};
  const po = new PerformanceObserver((l) => {
    for (const e of l.getEntries()) values.push((e as unknown as {value: number}).value);
  });
  po.observe({type: 'layout-shift'});
  return {values, stop: () => po.disconnect()};
}

/**
 * Lit's development-mode warnings from now on (the tests run Lit's development build): an update
 * requested while one completes prints "… scheduled an update … after an update completed", in
 * a developer's console.
 */
function litWarnings(): {values: string[]; stop: () => void} {
  const values: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    values.push(args.map(String).join(' '));
    warn.apply(console, args);
  };
  return {values, stop: () => (console.warn = warn)};
}

/** A page taller than the view: a spacer of `before` px, the element, then a marker line. */
async function page(before: number, element: ReturnType<typeof html>) {
  const wrap = await fixture<HTMLElement>(
    html`<div style="inline-size: 600px">
      <div style=${`block-size: ${before}px`}></div>
      ${element}
      <p id="marker">After the list</p>
      <div style="block-size: 200vh"></div>
    </div>`
  );
  const el = wrap.querySelector<HTMLElement & {updateComplete: Promise<boolean>}>(
    'article-list, related-articles, news-card'
  )!;
  await el.updateComplete;
  return {el, marker: wrap.querySelector<HTMLElement>('#marker')!};
}

const height = (el: Element) => el.getBoundingClientRect().height;

describe('the reserved space of a list with fewer articles than its limit', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('stays while the list is in view, so nothing under it moves', async () => {
    const {el} = await page(
      0,
      html`<article-list limit="10" .articles=${articles(2)}></article-list>`
    );
    await frames(6);
    const group = q(el, '.group')!;
    expect(group.classList.contains('fit'), 'still reserved').to.equal(false);
    // Ten cards' space, for two cards' content.
    const content = q(el, '.list')!.getBoundingClientRect().height;
    expect(height(group)).to.be.above(content * 3);
  });

  it('ends at once below the view: the list takes its content height, and no shift is seen', async () => {
    const seen = shifts();
    const {el} = await page(
      2 * innerHeight,
      html`<article-list limit="10" .articles=${articles(2)}></article-list>`
    );
    await until(() => q(el, '.group')!.classList.contains('fit'), 'released');
    await frames(3);
    seen.stop();
    const group = q(el, '.group')!;
    const list = q(el, '.list')!;
    // The group ends with the list and the (empty) status line and end marker after it.
    expect(group.getBoundingClientRect().bottom - list.getBoundingClientRect().bottom).to.be.below(
      60
    );
    expect(getComputedStyle(group).minBlockSize).to.equal('0px');
    expect(seen.values, 'no layout shift reported').to.deep.equal([]);
  });

  it('ends once the reader has scrolled past it, and what they see stays where it was', async function () {
    if (!CSS.supports('overflow-anchor', 'auto')) this.skip(); // the release waits for anchoring
    const {el, marker} = await page(
      0,
      html`<article-list limit="10" .articles=${articles(2)}></article-list>`
    );
    await frames(4);
    const group = q(el, '.group')!;
    expect(group.classList.contains('fit')).to.equal(false);
    const reserved = height(el);
    // Scroll so the list is above the view and the marker line is at the top of it.
    window.scrollTo(0, marker.getBoundingClientRect().top + scrollY - 10);
    const before = marker.getBoundingClientRect().top;
    await until(() => group.classList.contains('fit'), 'released once out of view');
    await frames(3);
    expect(height(el), 'shorter').to.be.below(reserved / 2);
    expect(marker.getBoundingClientRect().top, 'the marker did not move').to.be.closeTo(before, 1);
  });

  it('keeps the skeleton its reserved size while a feed loads below the view', async () => {
    const warnings = litWarnings();
    const {el} = await page(
      2 * innerHeight,
      html`<article-list limit="10" src="/__news/count/fit-slow?ms=1500"></article-list>`
    );
    await frames(6);
    expect(q(el, '.skeleton-list'), 'loading').to.not.equal(null);
    expect(q(el, '.group')!.classList.contains('fit'), 'not while loading').to.equal(false);
    await until(() => !!q(el, '[part=item]'), 'loaded');
    await until(() => q(el, '.group')!.classList.contains('fit'), 'then released');
    warnings.stop();
    // Released as the loaded content rendered: not by an update requested inside that one.
    expect(warnings.values.filter((w) => /scheduled an update/.test(w))).to.deep.equal([]);
  });

  it('<related-articles> ends its reservation below the view too', async () => {
    const {el} = await page(
      2 * innerHeight,
      html`<related-articles limit="6" .articles=${articles(3)}></related-articles>`
    );
    const aside = () => q(el, 'aside')!;
    await until(() => aside().classList.contains('fit'), 'released');
    const list = q(el, '.list')!;
    expect(
      aside().getBoundingClientRect().bottom - list.getBoundingClientRect().bottom
    ).to.be.below(40);
  });
});

/** A card whose JSON child is a headline alone: far shorter than the card's reservation. */
const headlineCard = staticHtml`<news-card
  ><script type="application/json">
    {"id": "h", "url": "https://example.vn/h", "title": "A headline with nothing else"}
  </script></news-card
>`;

const SLOW_HEADLINE = '/__news/slow?ms=1500&fixture=feeds/headline-only.json&k=card-fit';

/** The same headline alone, as an `article` property. */
const headline = {
  id: 'h',
  url: 'https://example.vn/h',
  title: 'A headline with nothing else',
  authors: [],
  tags: [],
};

/** The card below the view ends its reservation: its headline and padding, no shift seen. */
async function releasedWithoutShift(el: HTMLElement, seen: ReturnType<typeof shifts>) {
  const card = q(el, '.card')!;
  await until(() => getComputedStyle(card).minBlockSize === '0px', 'released');
  await frames(3);
  seen.stop();
  expect(height(card)).to.be.below(height(q(el, '.headline')!) + 80);
  expect(seen.values, 'no layout shift reported').to.deep.equal([]);
}

describe('the reserved space of a <news-card> shorter than its estimate', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('stays while the card is in view, so nothing under it moves', async () => {
    const {el} = await page(0, headlineCard);
    await until(() => !!q(el, '.card'), 'the card');
    await frames(6);
    const card = q(el, '.card')!;
    expect(getComputedStyle(card).minBlockSize, 'reserved').to.not.equal('0px');
    expect(height(card)).to.be.above(height(q(el, '.headline')!) * 4);
  });

  it('ends at once below the view, with no shift seen', async () => {
    const seen = shifts();
    const {el} = await page(2 * innerHeight, headlineCard);
    await until(() => !!q(el, '.card'), 'the card');
    await releasedWithoutShift(el, seen);
  });

  it('ends once the reader has scrolled past it, and what they see stays where it was', async function () {
    if (!CSS.supports('overflow-anchor', 'auto')) this.skip();
    const {el, marker} = await page(0, headlineCard);
    await until(() => !!q(el, '.card'), 'the card');
    await frames(4);
    const card = q(el, '.card')!;
    const reserved = height(el);
    window.scrollTo(0, marker.getBoundingClientRect().top + scrollY - 10);
    const before = marker.getBoundingClientRect().top;
    await until(() => getComputedStyle(card).minBlockSize === '0px', 'released once out of view');
    await frames(3);
    expect(height(el), 'shorter').to.be.below(reserved / 2);
    expect(marker.getBoundingClientRect().top, 'the marker did not move').to.be.closeTo(before, 1);
  });

  it('keeps the skeleton its size while a src loads below the view, then ends', async () => {
    const warnings = litWarnings();
    const {el} = await page(2 * innerHeight, html`<news-card src=${SLOW_HEADLINE}></news-card>`);
    await until(() => !!q(el, '.skeletons'), 'loading');
    await frames(6);
    const skeleton = q(el, '.skeletons')!;
    expect(height(skeleton), 'the skeleton keeps the reserved size').to.be.above(300);
    await until(() => !!q(el, '.card'), 'loaded');
    expect(q(el, '.headline')!.textContent).to.equal('A headline with nothing else');
    const card = q(el, '.card')!;
    await until(() => getComputedStyle(card).minBlockSize === '0px', 'then released');
    expect(height(card)).to.be.below(height(q(el, '.headline')!) + 80);
    warnings.stop();
    expect(warnings.values.filter((w) => /scheduled an update/.test(w))).to.deep.equal([]);
  });

  it('a card a script made and gave an article takes its own size at once (no box was ever shown for it)', async () => {
    const seen = shifts();
    const {el} = await page(0, html`<news-card .article=${headline}></news-card>`);
    await frames(3);
    seen.stop();
    const card = q(el, '.card')!;
    expect(getComputedStyle(card).minBlockSize).to.equal('0px');
    expect(height(card)).to.be.below(height(q(el, '.headline')!) + 80);
    expect(seen.values, 'no layout shift reported').to.deep.equal([]);
  });

  /** A card parsed into the page, then upgraded, as when the page's markup comes first. */
  async function upgraded(before: number) {
    const box = await fixture<HTMLElement>(
      html`<div style="inline-size: 600px">
        <div style=${`block-size: ${before}px`}></div>
        <div class="card-here"></div>
        <div style="block-size: 200vh"></div>
      </div>`
    );
    box.querySelector('.card-here')!.innerHTML = '<news-card></news-card>';
    const el = box.querySelector('news-card') as HTMLElement & {
      article?: unknown;
      updateComplete: Promise<boolean>;
    };
    el.article = headline;
    await el.updateComplete;
    return el;
  }

  it('a card in the page before its script ran keeps its reservation in view when given an article', async () => {
    // news-blocks.css drew its reserved box, which the card keeps while the reader sees it.
    const el = await upgraded(0);
    await frames(4);
    const card = q(el, '.card')!;
    expect(getComputedStyle(card).minBlockSize).to.not.equal('0px');
    expect(height(card)).to.be.above(height(q(el, '.headline')!) * 4);
  });

  it('a card in the page before its script ran, given a short article below the view, ends its reservation', async () => {
    const seen = shifts();
    await releasedWithoutShift(await upgraded(2 * innerHeight), seen);
  });
});
