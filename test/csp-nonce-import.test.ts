// A partner page that allows scripts by nonce only and imports the CDN entry from its own nonced
// module (test/server/middleware.mjs: /__news/nonce-import/KEY). The entry then has no <script>
// of its own to copy a nonce from: its modulepreload links must carry the page's nonce anyway,
// or the policy refuses them (a violation each, and the chunks wait for their imports).
// `npm test` builds dist/ first.
import {expect} from '@open-wc/testing';
import {cspPage} from './helpers/csp-page.js';

describe('the CDN entry imported by a nonced module under a nonce-only CSP', () => {
  it('preloads its chunks with the nonce and renders the list: no violation, no report', async function () {
    this.timeout(20000);
    const key = Math.random().toString(36).slice(2);
    const page = await cspPage(`/__news/nonce-import/${key}`);
    expect(page.headlines).to.equal(2);
    for (const link of page.preloads) expect(link.nonce, link.href).to.equal(`n${key}`);
    expect(page.violations).to.deep.equal([]);
    expect(page.reports).to.deep.equal([]);
    // …on a page whose policy is enforced: a script it did not allow is refused.
    expect(page.evalInPage).to.throw();
    page.frame.remove();
  });
});
