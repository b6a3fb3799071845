// Material nobody on this team wrote: DOMPurify's XSS vectors and gofeed's translator feeds,
// read over HTTP from ../shared/corpora (skipped, with a message, when that folder is absent).
import {expect} from '@open-wc/testing';
import {sanitizeHtml} from '../../src/data/html.js';
import {parseFeed} from '../../src/data/parse.js';
import {FeedError} from '../../src/data/errors.js';

async function corpus<T>(path: string): Promise<T | undefined> {
  const res = await fetch(`/__corpora/${path}`);
  return res.ok ? ((await res.json()) as T) : undefined;
}

const DANGEROUS_TAGS =
  /^(script|style|iframe|frame|object|embed|form|input|button|svg|math|base|meta|link|template)$/;
const URL_ATTRS = /^(href|src|action|formaction|xlink:href|poster|background|cite)$/i;

describe('corpora', () => {
  it('sanitizeHtml: no DOMPurify vector executes or keeps dangerous markup', async function () {
    const vectors = await corpus<{title: string; payload: string}[]>('xss/dompurify-vectors.json');
    if (!vectors) {
      console.warn('skipped: ../shared/corpora/xss is absent');
      this.skip();
    }
    const w = window as unknown as {__xss?: number; alert: (m?: unknown) => void};
    const realAlert = w.alert;
    w.__xss = 0;
    w.alert = () => (w.__xss = (w.__xss ?? 0) + 1);
    const host = document.createElement('div');
    document.body.append(host);
    try {
      for (const v of vectors!) {
        const out = await sanitizeHtml(v.payload, {baseUrl: 'https://feeds.example/'});
        host.innerHTML = out;
        for (const el of host.querySelectorAll('*')) {
          expect(el.localName, v.title).to.not.match(DANGEROUS_TAGS);
          for (const attr of el.attributes) {
            expect(attr.name, v.title).to.not.match(/^on|^style$/i);
            if (URL_ATTRS.test(attr.name))
              expect(attr.value.trim(), v.title).to.not.match(/^(javascript|vbscript|data):/i);
          }
        }
      }
      await new Promise((r) => setTimeout(r, 300));
      expect(w.__xss).to.equal(0);
      expect(vectors!.length).to.be.greaterThan(200);
    } finally {
      w.alert = realAlert;
      host.remove();
    }
  });

  for (const format of ['rss', 'atom', 'json']) {
    it(`parses gofeed's ${format} translator feeds like gofeed does (titles and links)`, async function () {
      const files = await corpus<string[]>(`feeds/gofeed-translator/${format}/`);
      if (!files) {
        console.warn('skipped: ../shared/corpora/feeds is absent');
        this.skip();
      }
      const inputs = files!.filter((f) =>
        format === 'json'
          ? f.endsWith('.json') && !f.endsWith('_expected.json')
          : f.endsWith('.xml')
      );
      let agree = 0;
      let compared = 0;
      for (const input of inputs) {
        const expectedName =
          format === 'json'
            ? input.replace(/\.json$/, '_expected.json')
            : input.replace(/\.xml$/, '.json');
        const text = await (
          await fetch(`/__corpora/feeds/gofeed-translator/${format}/${input}`)
        ).text();
        const expected = await corpus<{title?: string; items?: {title?: string; link?: string}[]}>(
          `feeds/gofeed-translator/${format}/${expectedName}`
        );
        let feed;
        try {
          feed = await parseFeed(text, {url: 'https://feeds.example/feed'});
        } catch (e) {
          expect(e, input).to.be.instanceOf(FeedError);
          continue;
        }
        if (expected?.title) {
          compared++;
          if (feed.title === expected.title.replace(/<[^>]+>/g, '').trim()) agree++;
        }
        for (const [i, item] of (expected?.items ?? []).entries()) {
          if (!item.title) continue;
          compared++;
          if (
            feed.articles[i]?.title ===
            item.title
              .replace(/<[^>]+>/g, '')
              .replace(/\s+/g, ' ')
              .trim()
          )
            agree++;
        }
      }
      console.log(
        `${format}: ${agree}/${compared} feed and item titles agree with gofeed over ${inputs.length} feeds`
      );
      expect(inputs.length).to.be.greaterThan(0);
      // Differences are judgement calls on exotic inputs (HTML in Atom text titles, entity edge cases).
      expect(agree / Math.max(1, compared)).to.be.at.least(0.8);
    });
  }
});
