// Every demo page `npm start` lists opens in the browser with no console error, no uncaught
// error and its widgets rendered (the pages use dist/: `npm test` builds it first).
import {expect} from '@open-wc/testing';

type PageWindow = Window & {recordedErrors?: string[]};

/** What shows each page rendered: a selector, looked up through open shadow roots. */
const PAGES: [string, string][] = [
  ['index.html', 'article'],
  ['article.html', 'article'],
  ['partner.html', 'article'],
  ['cards.html', 'article'],
];

function deepFind(root: ParentNode, sel: string): Element | null {
  const hit = root.querySelector(sel);
  if (hit) return hit;
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot) {
      const inner = deepFind(el.shadowRoot, sel);
      if (inner) return inner;
    }
  return null;
}

describe('demo pages', function () {
  this.timeout(20000);
  for (const [page, rendered] of PAGES)
    it(`${page} renders with no console error`, async () => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'inline-size: 1024px; block-size: 700px';
      document.body.append(frame);
      try {
        await new Promise((resolve) => {
          frame.addEventListener('load', resolve, {once: true});
          frame.src = `/demo/${page}?record-errors`;
        });
        const win = frame.contentWindow as PageWindow;
        expect(win.recordedErrors, 'the recorder ran').to.be.an('array');
        for (let i = 0; i < 200 && !deepFind(win.document, rendered); i++)
          await new Promise((r) => setTimeout(r, 25));
        expect(deepFind(win.document, rendered), `${page}: ${rendered}`).to.not.equal(null);
        await new Promise((r) => setTimeout(r, 300));
        expect(win.recordedErrors).to.deep.equal([]);
        // Nor a failed request, which the browser prints in the console as an error line that
        // no script can hear (the stories of the error states ask for them on purpose).
        const failed = win.performance
          .getEntriesByType('resource')
          .filter(
            (e) =>
              ((e as PerformanceResourceTiming & {responseStatus?: number}).responseStatus ?? 0) >=
              400
          )
          .map((e) => new URL(e.name).pathname)
          .filter((p) => !/^\/__news\/(status|once|flaky)\//.test(p));
        expect(failed, `${page}: failed requests`).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });

  it('the gallery re-renders its stories on a control change and writes the state into the URL', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 1024px; block-size: 700px';
    document.body.append(frame);
    try {
      await new Promise((resolve) => {
        frame.addEventListener('load', resolve, {once: true});
        frame.src = '/demo/index.html?file=newsCard&story=Default&lang=en&record-errors';
      });
      const win = frame.contentWindow as PageWindow;
      const tagsLabel = () =>
        deepFind(win.document, '.tags')?.getAttribute('aria-label') ?? undefined;
      for (let i = 0; i < 200 && !tagsLabel(); i++) await new Promise((r) => setTimeout(r, 25));
      expect(tagsLabel()).to.equal('Tags');
      const before = win.document.querySelector('#stories news-card');
      const lang = win.document.querySelector<HTMLSelectElement>('select[name=lang]')!;
      lang.value = 'vi';
      lang.dispatchEvent(new Event('input', {bubbles: true}));
      for (let i = 0; i < 200 && tagsLabel() === 'Tags'; i++)
        await new Promise((r) => setTimeout(r, 25));
      expect(win.document.querySelector('#stories news-card')).to.not.equal(before);
      expect(tagsLabel()).to.not.equal('Tags');
      const url = new URL(win.location.href);
      expect(url.searchParams.get('lang')).to.equal('vi');
      expect(url.searchParams.get('file')).to.equal('newsCard');
      expect(url.searchParams.get('story')).to.equal('Default');
      expect(win.recordedErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
