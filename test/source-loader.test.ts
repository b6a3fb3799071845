// The loading code arrives with the first `src` (issue 13, item 2): a card given an article
// property, inline JSON or markup downloads no loader, parser or loading controller; the
// first `src` brings them. This file imports nothing that imports the loader itself.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/news-card/news-card.js';
import type {NewsCard} from '../src/news-card/news-card.component.js';

const LOADER =
  /\/src\/(controllers\/feed-controller|data\/load|data\/parse|data\/formats\/(rss|atom|json-feed|wordpress))\.ts/;
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => LOADER.test(n));
const until = async (fn: () => boolean, what: string) => {
  for (let i = 0; i < 400 && !fn(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(fn(), what).to.equal(true);
};

describe('the loader loads on the first src', () => {
  it('cards without src fetch no loading code; the first src brings it', async () => {
    const article = {id: '1', title: 'Given', url: 'https://example.vn/a', authors: [], tags: []};
    const box = await fixture<HTMLElement>(
      html`<div>
        <news-card .article=${article}></news-card>
        <news-card
          ><script type="application/json">
            {"title": "Inline", "url": "https://example.vn/b"}
          </script></news-card
        >
        <news-card><a href="https://example.vn/c">Markup</a></news-card>
      </div>`
    );
    const cards = [...box.querySelectorAll<NewsCard>('news-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(
      cards.map((c) => c.shadowRoot!.querySelector('h3 a')!.textContent!.trim())
    ).to.deep.equal(['Given', 'Inline', 'Markup']);
    expect(fetched()).to.deep.equal([]);

    const el = await fixture<NewsCard>(
      html`<news-card src="/test/fixtures/feeds/seed.json"></news-card>`
    );
    await until(() => !!el.shadowRoot!.querySelector('h3 a'), 'the feed loaded');
    expect(fetched().some((n) => n.includes('/controllers/feed-controller.ts'))).to.equal(true);
    expect(fetched().some((n) => n.includes('/data/load.ts'))).to.equal(true);
  });
});
