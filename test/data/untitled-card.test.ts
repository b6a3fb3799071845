// A title-less item on a card: its text heads the card once (heading and link named by it), the
// standfirst goes on where the headline stops, and an item without a link is no link.
import {expect, fixture} from '@open-wc/testing';
import '../../src/news-card/news-card.js';
import type {NewsCard} from '../../src/news-card/news-card.component.js';
import {parseFeed} from '../../src/data/parse.js';
import type {Article} from '../../src/data/article.js';

const TEXT =
  'Just shipped a new version of the app with a redesigned timeline, faster sync, and a long list of small fixes people asked for over the summer.';

async function untitled(link: boolean): Promise<Article> {
  const feed = await parseFeed(
    `<rss version="2.0"><channel><title>Microblog</title><item><description>${TEXT}</description>${
      link ? '<link>https://example.org/post/1</link>' : ''
    }<pubDate>Mon, 13 Nov 2023 10:40:00 +0700</pubDate></item></channel></rss>`
  );
  return feed.articles[0];
}

async function card(article: Article): Promise<NewsCard> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div lang="en" style="inline-size: 40rem"><news-card id="c${Math.random().toString(36).slice(2)}"></news-card></div>`
  );
  const el = wrapper.querySelector('news-card') as NewsCard;
  el.article = article;
  await el.updateComplete;
  return el;
}

describe('a title-less item on a card', () => {
  it('heads the card with the start of its text, then goes on with the rest, once', async () => {
    const article = await untitled(true);
    const el = await card(article);
    const root = el.shadowRoot!;
    const heading = root.querySelector('h3')!;
    expect(heading.textContent).to.equal(article.title);
    expect(root.querySelector('h3 a')!.getAttribute('href')).to.equal('https://example.org/post/1');
    const summary = root.querySelector('[part~=summary]')!.textContent!;
    expect(summary.startsWith('…')).to.equal(true);
    // Headline and standfirst together are the text, each word once.
    expect(`${article.title.slice(0, -1)} ${summary.slice(1)}`.replace(/\s+/g, ' ')).to.equal(TEXT);
    await expect(el).to.be.accessible();
  });

  it('is read as one heading and link named by the text, and the text is read once', async () => {
    const article = await untitled(true);
    const el = await card(article);
    const root = el.shadowRoot!;
    const link = root.querySelector('h3 a')!;
    // The link's accessible name is its text: nothing renames or hides it.
    for (const attr of ['aria-label', 'aria-labelledby', 'aria-hidden', 'title'])
      expect(link.hasAttribute(attr), attr).to.equal(false);
    expect(root.querySelector('[aria-hidden="true"]')).to.equal(null);
    expect(link.textContent).to.equal(article.title);
    // Everything on the card a screen reader reads, in order: the opening words come once.
    const read = (root.querySelector('article') as HTMLElement).innerText;
    const opening = TEXT.slice(0, 30);
    expect(read.split(opening).length - 1).to.equal(1);
    expect(read).to.contain('over the summer.');
  });

  it('renders an item without a link as a card that is not a link', async () => {
    const article = await untitled(false);
    expect(article.url).to.equal(undefined);
    const el = await card(article);
    const root = el.shadowRoot!;
    expect(root.querySelector('a')).to.equal(null);
    expect(root.querySelector('h3')!.textContent).to.equal(article.title);
    expect(root.querySelector('[tabindex]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
