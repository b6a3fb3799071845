// The classic loader on a partner page that allows scripts by hash only, with 'strict-dynamic'
// and no nonce (test/server/middleware.mjs: /__news/strict-dynamic/KEY): the loader's module
// script, its modulepreload links and the module's imports must all be allowed (they are made
// by a trusted script), with no violation and no report. `npm test` builds dist/ first.
import {expect} from '@open-wc/testing';

type PageWindow = Window & {ready?: Promise<boolean>; violations?: string[]; reports?: string[]};

describe("the classic loader under a hash-only CSP with 'strict-dynamic'", () => {
  it('loads the module, preloads the chunks and renders the list: no violation, no report', async function () {
    this.timeout(20000);
    const key = Math.random().toString(36).slice(2);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, {once: true});
      frame.src = `/__news/strict-dynamic/${key}`;
    });
    const win = frame.contentWindow as PageWindow;
    for (let i = 0; i < 100 && !win.ready; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await win.ready, 'the list rendered').to.equal(true);
    const list = win.document.querySelector('article-list')!;
    expect(list.shadowRoot!.querySelectorAll('[part=item] h3 a').length).to.equal(2);
    // The preloads were made (and fetched) — the test would prove nothing otherwise.
    const preloads = [...win.document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')];
    expect(preloads.length).to.be.greaterThan(3);
    const fetched = win.performance.getEntriesByType('resource').map((e) => e.name);
    for (const link of preloads) expect(fetched, link.href).to.include(link.href);
    expect(win.violations).to.deep.equal([]);
    expect(win.reports).to.deep.equal([]);
    // …on a page whose policy is enforced: a script it did not allow is refused.
    expect(() => (win as unknown as {eval: (s: string) => unknown}).eval('1')).to.throw();
    frame.remove();
  });
});
