// Where a partner links news-blocks.css (docs/embedding.md): a page with text above a list, the
// list (never defined: only the stylesheet reserves its space) and text below, its stylesheet
// 600 ms late (test/server/middleware.mjs `sheet-page`). The text below is watched from the
// moment the parser has added it, with an IntersectionObserver, whose entries are the rendering
// updates' positions, and compared with the first paint and the stylesheet's arrival.
import {expect} from '@open-wc/testing';

const firefox = navigator.userAgent.includes('Firefox');

interface Seen {
  /** First contentful paint, ms from the page's navigation. */
  fcp: number;
  /** The stylesheet's response end. */
  sheet: number;
  /** Each rendering update's top of the text below: [ms, px]. */
  below: [number, number][];
  /** The text below's top once the stylesheet has applied. */
  final: number;
}

/** The stylesheet's resource timing in `win`, once it has been asked for. */
const sheetEntry = (win: Window) =>
  (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) =>
    e.name.includes('slow-css')
  );

async function load(at: 'head' | 'body'): Promise<Seen> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '600px';
  frame.style.blockSize = '600px';
  document.body.append(frame);
  frame.src = `/__news/sheet-page?ms=600&at=${at}`;
  const below: [number, number][] = [];
  let watching = false;
  // getElementById forces no layout: the page renders when it would have.
  for (let i = 0; i < 300; i++) {
    await new Promise((r) => setTimeout(r, 10));
    const win = frame.contentWindow as (Window & typeof globalThis) | null;
    const el = frame.contentDocument?.getElementById('below');
    if (win && el && !watching) {
      watching = true;
      new win.IntersectionObserver((entries) => {
        for (const e of entries) below.push([e.time, e.boundingClientRect.top]);
      }).observe(el);
    }
    const sheet = win && sheetEntry(win);
    if (win && sheet && win.performance.now() > sheet.responseEnd + 300) break;
  }
  const win = frame.contentWindow!;
  const fcp = win.performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
  const sheet = sheetEntry(win);
  const final = frame.contentDocument!.getElementById('below')!.getBoundingClientRect().top;
  frame.remove();
  expect(sheet, 'the stylesheet arrived').to.not.equal(undefined);
  return {fcp, sheet: sheet!.responseEnd, below, final};
}

/**
 * The rendering updates painted with the text below elsewhere than where it ends: from the
 * frame of the first paint on (an update's time is its frame's start; the paint follows it in
 * the same frame, within 20 ms).
 */
const moved = (s: Seen) =>
  s.below.filter(([t, top]) => t >= s.fcp - 20 && Math.abs(top - s.final) > 1);

describe('where news-blocks.css is linked', () => {
  it('in the head: nothing is painted before it arrives, so the text below never moves', async () => {
    const s = await load('head');
    // The list's reserved space is under the text above.
    expect(s.final).to.be.greaterThan(300);
    expect(s.fcp, JSON.stringify(s)).to.be.at.least(Math.floor(s.sheet));
    expect(moved(s), JSON.stringify(s)).to.deep.equal([]);
  });

  it('in the body: the text above is painted before it arrives; the text below moves only in Firefox', async () => {
    const s = await load('body');
    expect(s.final).to.be.greaterThan(300);
    expect(s.fcp, JSON.stringify(s)).to.be.below(s.sheet);
    if (firefox)
      // Firefox reads and paints past a pending stylesheet in the body: the text below is shown
      // where the undefined list takes no space, then moves down by the list's reservation.
      expect(moved(s).length, JSON.stringify(s)).to.be.greaterThan(0);
    // Chromium holds what follows a stylesheet in the body until it has arrived.
    else expect(moved(s), JSON.stringify(s)).to.deep.equal([]);
  });
});
