/**
 * A partner page served under a CSP by the test server (test/server/middleware.mjs), in an
 * iframe, with test/fixtures/csp/dynamic-record.js recording every violation and report: its list
 * rendered (or not), the preloads it made (each fetched), and what it recorded.
 */
import {expect} from '@open-wc/testing';

type PageWindow = Window & {ready?: Promise<boolean>; violations?: string[]; reports?: string[]};

export async function cspPage(url: string) {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, {once: true});
    frame.src = url;
  });
  const win = frame.contentWindow as PageWindow;
  for (let i = 0; i < 100 && !win.ready; i++) await new Promise((r) => setTimeout(r, 20));
  expect(await win.ready, 'the list rendered').to.equal(true);
  const list = win.document.querySelector('article-list')!;
  const headlines = list.shadowRoot!.querySelectorAll('[part=item] h3 a').length;
  const preloads = [...win.document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')];
  // The preloads were made (and fetched): the page's test would prove nothing otherwise.
  expect(preloads.length, 'the chunks were preloaded').to.be.greaterThan(3);
  const fetched = win.performance.getEntriesByType('resource').map((e) => e.name);
  for (const link of preloads) expect(fetched, link.href).to.include(link.href);
  return {
    frame,
    headlines,
    preloads,
    violations: win.violations,
    reports: win.reports,
    /** Throws where the page's policy is enforced (a script it did not allow). */
    evalInPage: () => (win as unknown as {eval: (s: string) => unknown}).eval('1'),
  };
}
