// The classic loader on a partner page that allows scripts by hash only, with 'strict-dynamic'
// and no nonce (test/server/middleware.mjs: /__news/strict-dynamic/KEY): the loader's module
// script, its modulepreload links and the module's imports must all be allowed (they are made
// by a trusted script), with no violation and no report. `npm test` builds dist/ first.
import {expect} from '@open-wc/testing';
import {cspPage} from './helpers/csp-page.js';

describe("the classic loader under a hash-only CSP with 'strict-dynamic'", () => {
  it('loads the module, preloads the chunks and renders the list: no violation, no report', async function () {
    this.timeout(20000);
    const key = Math.random().toString(36).slice(2);
    const page = await cspPage(`/__news/strict-dynamic/${key}`);
    expect(page.headlines).to.equal(2);
    expect(page.violations).to.deep.equal([]);
    expect(page.reports).to.deep.equal([]);
    // …on a page whose policy is enforced: a script it did not allow is refused.
    expect(page.evalInPage).to.throw();
    page.frame.remove();
  });
});
