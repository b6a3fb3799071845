import {expect, fixture, html} from '@open-wc/testing';
import '../src/article-list/article-list.js';
import type {ArticleList} from '../src/article-list/article-list.component.js';
import {clearFeedCache} from '../src/data/load.js';
import {frames, q, qa, uid, until} from './article-list.helpers.js';

/** A `layout-shift` entry (not in TypeScript's DOM library yet). */
interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: {node?: Node | null}[];
}

/** Records every layout shift from now until `stop()`; no input happens, so all of them count. */
function recordShifts() {
  const shifts: LayoutShift[] = [];
  const po = new PerformanceObserver((l) => shifts.push(...(l.getEntries() as LayoutShift[])));
  po.observe({type: 'layout-shift'});
  return {
    shifts,
    stop() {
      shifts.push(...(po.takeRecords() as LayoutShift[]));
      po.disconnect();
      return shifts.reduce((sum, s) => sum + s.value, 0);
    },
  };
}

const describeShifts = (shifts: LayoutShift[]) =>
  shifts
    .map(
      (s) =>
        `${s.value.toFixed(4)} (${s.sources
          .map((x) => (x.node as Element | null)?.className || x.node?.nodeName)
          .join(', ')})`
    )
    .join('; ');

/**
 * The page: a heading above the list and a paragraph below it, in a 760 px column of an
 * 800×600 viewport. The feed (/__news/slow) answers after 700 ms, so the skeleton is painted
 * first; its images (800×450, given in the feed) arrive 500 ms after the cards.
 */
async function page(layout: string) {
  const rec = recordShifts();
  const wrap = await fixture(
    html`<main style="inline-size: 760px">
      <h1>Above the list</h1>
      <article-list
        layout=${layout}
        limit="10"
        heading="Latest"
        src=${`/__news/slow?ms=700&fixture=lists/cls.json&k=${uid()}`}
      ></article-list>
      <p class="below">Below the list.</p>
    </main>`
  );
  const el = wrap.querySelector('article-list') as ArticleList;
  return {el, wrap, rec};
}

async function settle(el: ArticleList) {
  await until(() => qa(el, '.item').length === 10, 'ten cards');
  const images = () => qa(el, '.item img').filter((i) => i.getBoundingClientRect().top < 600);
  await until(
    () =>
      images().length > 0 &&
      images().every(
        (i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0
      ),
    'the images in view loaded'
  );
  await frames(3);
}

describe('<article-list>', () => {
  beforeEach(() => clearFeedCache());

  describe('when it loads under a reader’s eyes (cumulative layout shift)', () => {
    before(function () {
      // Firefox has no Layout Instability API: there a score of 0 would prove nothing.
      if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) this.skip();
    });
    for (const layout of ['list', 'grid']) {
      it(`layout="${layout}": skeleton sized to limit and layout, then cards and images: CLS is 0`, async () => {
        const {el, rec} = await page(layout);
        await until(() => qa(el, '[part=skeleton]').length === 10, 'ten placeholders');
        await frames(3);
        const skeletonHeight = q(el, '.skeleton-list')!.getBoundingClientRect().height;
        await settle(el);
        const listHeight = q(el, '.list')!.getBoundingClientRect().height;
        // Exactly 0: nothing in view moves (a one-placeholder skeleton scores 0.0285 here, as the
        // paragraph below is pushed down). No sub-pixel noise was seen, so no tolerance.
        expect(rec.stop(), describeShifts(rec.shifts)).to.equal(0);
        // The placeholders have the cards' shape (list: image beside the text), so the page
        // below moves little even when it is in view: within 20 % of the cards' height here.
        expect(skeletonHeight / listHeight).to.be.within(0.8, 1.2);
      });
    }

    it('the measure itself sees a shift when content in view moves (control)', async () => {
      const {el, wrap, rec} = await page('list');
      await settle(el);
      const bump = document.createElement('div');
      bump.style.blockSize = '100px';
      wrap.prepend(bump);
      await frames(3);
      expect(rec.stop()).to.be.greaterThan(0.05);
    });
  });
});
