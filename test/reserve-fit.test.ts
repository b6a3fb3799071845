// The lists' reserved space (styles/reserve.ts) ends once their content is there and out of view
// (internal/controllers/fit-controller.ts): a feed shorter than `limit` no longer leaves blank
// space for good, and the reader never sees anything move for it.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/article-list/article-list.js';
import '../src/related-articles/related-articles.js';
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
    'article-list, related-articles'
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
    const {el} = await page(
      2 * innerHeight,
      html`<article-list limit="10" src="/__news/count/fit-slow?ms=1500"></article-list>`
    );
    await frames(6);
    expect(q(el, '.skeleton-list'), 'loading').to.not.equal(null);
    expect(q(el, '.group')!.classList.contains('fit'), 'not while loading').to.equal(false);
    await until(() => !!q(el, '[part=item]'), 'loaded');
    await until(() => q(el, '.group')!.classList.contains('fit'), 'then released');
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
