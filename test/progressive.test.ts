// Progressive enhancement (issue 14, item 3): the markup a page writes inside an element for
// readers without JavaScript shows before the element is defined, is read as data once it is
// (only http(s) URLs survive), and with `src` stays on show until the feed arrives.
import {expect, fixture, html} from '@open-wc/testing';
import {define} from '../src/define-element.js';
import {NewsCard} from '../src/news-card/news-card.component.js';
import '../src/news-card/news-card.js';
import '../src/article-list/article-list.js';
import '../src/related-articles/related-articles.js';
import '../src/news-article/news-article.js';
import '../src/news-tags/news-tags.js';

type Lit = HTMLElement & {updateComplete: Promise<boolean>};

const uid = () => Math.random().toString(36).slice(2);
const until = async (fn: () => boolean, what: string) => {
  for (let i = 0; i < 400 && !fn(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(fn(), what).to.equal(true);
};
const q = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const shown = (el: Element) => (el as HTMLElement).checkVisibility();
// A hostile page's link, bound (not written) so the linter knows it is meant.
const HOSTILE = 'javascript:alert(1)';
const SEED = 'MoLISA Deputy Minister Nguyen Ba Hoan received the President of IM Japan';

describe('progressive enhancement', () => {
  it('<news-card>: the link shows before definition and becomes the same card after', async () => {
    const tag = `pe-card-${uid()}`;
    const box = await fixture<HTMLElement>(html`<div></div>`);
    box.innerHTML = `<${tag}><a href="https://example.vn/a">Light headline</a></${tag}>`;
    const raw = box.querySelector(`${tag} a`)!;
    // Not defined yet (as with JavaScript off): the page's own link is what the reader sees.
    expect(customElements.get(tag)).to.equal(undefined);
    expect(shown(raw)).to.equal(true);
    expect(raw.getAttribute('href')).to.equal('https://example.vn/a');
    define(tag, class extends NewsCard {});
    const el = box.querySelector(tag) as Lit;
    await el.updateComplete;
    const link = q(el, 'h3 a')!;
    expect(link.textContent!.trim()).to.equal('Light headline');
    expect(link.getAttribute('href')).to.equal('https://example.vn/a');
    expect(shown(raw), 'the card replaces the raw link').to.equal(false);
  });

  it('<news-card>: image, date and standfirst come from the markup', async () => {
    const el = await fixture<Lit>(
      html`<news-card
        ><a href="https://example.vn/b"
          ><img src="https://molisa.example.vn/b.jpg" alt="Delegates" width="800" height="450" />
          Marked-up headline</a
        >
        <time datetime="2023-11-13T10:40:00+07:00">13/11/2023</time>
        <p>What happened, in one line.</p></news-card
      >`
    );
    expect(q(el, 'h3 a')!.textContent!.trim()).to.equal('Marked-up headline');
    expect(q(el, 'img')!.getAttribute('src')).to.equal('https://molisa.example.vn/b.jpg');
    expect(q(el, 'img')!.getAttribute('alt')).to.equal('Delegates');
    expect(q(el, 'time')!.getAttribute('datetime')).to.equal('2023-11-13T03:40:00.000Z');
    expect(q(el, '[part=summary]')!.textContent!.trim()).to.equal('What happened, in one line.');
  });

  it('<news-card>: only http(s) URLs survive', async () => {
    const el = await fixture<Lit>(
      html`<news-card><a href=${HOSTILE}>Hostile headline</a></news-card>`
    );
    expect(q(el, '[part=headline], h3')!.textContent!.trim()).to.equal('Hostile headline');
    expect(qa(el, 'a').map((a) => a.getAttribute('href'))).to.not.include('javascript:alert(1)');
    expect(qa(el, 'a[href^="javascript"]')).to.have.length(0);
  });

  it('<news-card src>: the markup stays on show until the feed arrives, then is replaced', async () => {
    const el = await fixture<Lit>(
      html`<news-card src=${`/__news/slow?ms=900&k=${uid()}`}
        ><a href="https://example.vn/old">Headline before the feed</a></news-card
      >`
    );
    const raw = el.querySelector('a')!;
    expect(shown(raw), 'the light DOM shows while loading').to.equal(true);
    expect(q(el, '[part=skeleton]')).to.equal(null);
    await until(() => q(el, 'h3 a')?.textContent?.trim() === SEED, 'the feed arrived');
    expect(shown(raw), 'then the card replaces it').to.equal(false);
  });

  it('<article-list>: a <ul> of links is the list; with src it shows until the feed arrives', async () => {
    const list = await fixture<Lit>(
      html`<article-list
        ><ul>
          <li><a href="https://example.vn/1">First light item</a></li>
          <li><a href="https://example.vn/2">Second light item</a></li>
          <li><a href="ftp://example.vn/3">Third light item</a></li>
        </ul></article-list
      >`
    );
    await list.updateComplete;
    const links = qa(list, '.item h3 a');
    expect(links.map((a) => a.textContent!.trim())).to.include.members([
      'First light item',
      'Second light item',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).to.not.include('ftp://example.vn/3');
    const loading = await fixture<Lit>(
      html`<article-list src=${`/__news/slow?ms=900&k=${uid()}`}
        ><ul>
          <li><a href="https://example.vn/1">First light item</a></li>
        </ul></article-list
      >`
    );
    const raw = loading.querySelector('a')!;
    expect(shown(raw)).to.equal(true);
    await until(
      () => qa(loading, '.item h3 a').some((a) => a.textContent!.trim() === SEED),
      'feed'
    );
    expect(shown(raw)).to.equal(false);
  });

  it('<related-articles>: a <ul> of links is the box', async () => {
    const el = await fixture<Lit>(
      html`<related-articles
        ><ul>
          <li><a href="https://example.vn/r1">Related one</a></li>
          <li><a href="https://example.vn/r2">Related two</a></li>
        </ul></related-articles
      >`
    );
    await el.updateComplete;
    expect(qa(el, '.item a').map((a) => a.textContent!.trim())).to.have.members([
      'Related one',
      'Related two',
    ]);
  });

  it('<news-tags>: tag links keep their links', async () => {
    const el = await fixture<Lit>(
      html`<news-tags
        ><a href="https://example.vn/tag/japan">Japan</a>
        <a href="https://example.vn/tag/interns">Vietnamese interns</a>
        <a href=${HOSTILE}>Bad</a></news-tags
      >`
    );
    await el.updateComplete;
    expect(qa(el, '[part=tag]').map((t) => t.textContent!.trim())).to.deep.equal([
      'Japan',
      'Vietnamese interns',
      'Bad',
    ]);
    expect(qa(el, 'a[part=link]').map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.vn/tag/japan',
      'https://example.vn/tag/interns',
    ]);
  });

  it('<news-article>: the article markup it wraps is its article', async () => {
    const el = await fixture<Lit>(
      html`<news-article
        ><article>
          <h1>Wrapped headline</h1>
          <p>First paragraph of the body.</p>
          <p>Second paragraph <a href=${HOSTILE}>with a bad link</a>.</p>
        </article></news-article
      >`
    );
    await until(() => !!q(el, '[part=body] p'), 'the body is built');
    expect(q(el, 'h1')!.textContent!.trim()).to.equal('Wrapped headline');
    const body = q(el, '[part=body]')!;
    expect(body.textContent).to.contain('First paragraph of the body.');
    expect(body.textContent).to.contain('Second paragraph');
    expect(body.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('<news-article src>: the wrapped markup shows until the feed arrives', async () => {
    const el = await fixture<Lit>(
      html`<news-article src=${`/__news/slow?ms=900&k=${uid()}`}
        ><article><h1>Before the feed</h1></article></news-article
      >`
    );
    const raw = el.querySelector('h1')!;
    expect(shown(raw)).to.equal(true);
    await until(() => q(el, 'h1')?.textContent?.trim() === SEED, 'the feed arrived');
    expect(shown(raw)).to.equal(false);
  });
});
