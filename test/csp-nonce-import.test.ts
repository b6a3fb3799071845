// A partner page that allows scripts by nonce only and imports the CDN entry from its own nonced
// module (test/server/middleware.mjs: /__news/nonce-import/KEY). The entry then has no <script>
// of its own to copy a nonce from: its modulepreload links must carry the page's nonce anyway,
// or the policy refuses them (a violation each, and the chunks wait for their imports).
// `npm test` builds dist/ first.
import {expect} from '@open-wc/testing';

type PageWindow = Window & {ready?: Promise<boolean>; violations?: string[]; reports?: string[]};

describe('the CDN entry imported by a nonced module under a nonce-only CSP', () => {
  it('preloads its chunks with the nonce and renders the list: no violation, no report', async function () {
    this.timeout(20000);
    const key = Math.random().toString(36).slice(2);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, {once: true});
      frame.src = `/__news/nonce-import/${key}`;
    });
    const win = frame.contentWindow as PageWindow;
    for (let i = 0; i < 100 && !win.ready; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await win.ready, 'the list rendered').to.equal(true);
    const list = win.document.querySelector('article-list')!;
    expect(list.shadowRoot!.querySelectorAll('[part=item] h3 a').length).to.equal(2);
    const preloads = [...win.document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')];
    expect(preloads.length, 'the chunks were preloaded').to.be.greaterThan(3);
    for (const link of preloads) expect(link.nonce, link.href).to.equal(`n${key}`);
    const fetched = win.performance.getEntriesByType('resource').map((e) => e.name);
    for (const link of preloads) expect(fetched, link.href).to.include(link.href);
    expect(win.violations).to.deep.equal([]);
    expect(win.reports).to.deep.equal([]);
    // …on a page whose policy is enforced: a script it did not allow is refused.
    expect(() => (win as unknown as {eval: (s: string) => unknown}).eval('1')).to.throw();
    frame.remove();
  });
});
