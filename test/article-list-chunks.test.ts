/**
 * How a long `<article-list>` renders, counted (never timed; `npm run bench` times it): items
 * after the first chunk are built out of the document and go into the list several chunks at a
 * time, with the same markup as the first chunk's and fewer DOM nodes.
 */
import {expect, html} from '@open-wc/testing';
import '../src/article-list/article-list.js';
import {ArticleList, CHUNK} from '../src/article-list/article-list.component.js';
import {ATTACH} from '../src/article-list/internal/chunk-controller.js';
import {articles, list, q, qa, titles, until} from './article-list.helpers.js';

/** The item's markup without comments, its index or its own words (canonical form). */
function canon(n: Node): string {
  if (n.nodeType === Node.TEXT_NODE) return n.textContent!.trim() ? 'T' : '';
  if (n.nodeType !== Node.ELEMENT_NODE) return '';
  const e = n as Element;
  const attrs = [...e.attributes]
    .filter((a) => !['data-index', 'href', 'datetime', 'title'].includes(a.name))
    .map((a) => `${a.name}="${a.value}"`)
    .sort()
    .join(' ');
  return `<${e.localName} ${attrs}>${[...e.childNodes].map(canon).join('')}</${e.localName}>`;
}

/** Every node under `root` (elements, text, comments), and the comments alone. */
function nodes(root: Node) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let all = 0;
  let comments = 0;
  while (walker.nextNode()) {
    all++;
    if (walker.currentNode.nodeType === Node.COMMENT_NODE) comments++;
  }
  return {all, comments};
}

describe('<article-list> long lists', () => {
  it('moves later items into the list ATTACH at a time, not a chunk per task', async () => {
    const total = 3000;
    const batches: number[] = [];
    let observer: MutationObserver | undefined;
    const el = await list(
      html`<article-list limit="0" .articles=${articles(total)}></article-list>`,
      (l) => {
        // The first update (before this setup) rendered the first chunk.
        batches.push(qa(l, '.item').length);
        // Each callback sees what one task (one update) added to the list.
        observer = new MutationObserver((records) => {
          let added = 0;
          for (const r of records)
            for (const n of r.addedNodes)
              if (n instanceof Element && n.matches('.item')) added++;
              else if (n instanceof Element || n instanceof DocumentFragment)
                added += n.querySelectorAll('.item').length;
          if (added) batches.push(added);
        });
        observer.observe(l.shadowRoot!, {childList: true, subtree: true});
      }
    );
    await until(() => qa(el, '.item').length === total, 'all items');
    observer!.disconnect();
    expect(batches.reduce((a, b) => a + b, 0)).to.equal(total);
    expect(batches[0]).to.equal(CHUNK);
    // Every later batch but the last is ATTACH items (whole chunks), the last at most a chunk
    // more: few frames change the list, none with more than that.
    for (const b of batches.slice(1, -1)) expect(b).to.equal(ATTACH);
    expect(batches.at(-1)).to.be.within(1, ATTACH + CHUNK);
    // A rest of more than a chunk after the last ATTACH is a batch of its own.
    const rest = (total - CHUNK) % ATTACH;
    expect(batches.length).to.equal(
      1 + Math.floor((total - CHUNK) / ATTACH) + (rest > CHUNK ? 1 : 0)
    );
    expect(titles(el)[total - 1]).to.equal(`Article ${total}`);
  });

  it('puts each chunk in a box that the browser skips whole while it is off screen', async () => {
    const total = CHUNK * 2 + 30;
    const el = await list(
      html`<article-list limit="0" .articles=${articles(total)}></article-list>`
    );
    await until(() => qa(el, '.item').length === total, 'all items');
    const boxes = qa(el, '.list > .chunk');
    expect(boxes.map((b) => b.querySelectorAll(':scope > .item').length)).to.deep.equal([
      CHUNK,
      CHUNK,
      30,
    ]);
    // The first box is never skipped whole (a short list below the fold keeps its items' own
    // estimates); the others are, sized from their item count while skipped.
    const cv = boxes.map((b) => getComputedStyle(b).contentVisibility);
    expect(cv).to.deep.equal(['visible', 'auto', 'auto']);
    expect(boxes.slice(1).map((b) => b.style.getPropertyValue('--_n'))).to.deep.equal([
      String(CHUNK),
      '30',
    ]);
    const estimate = parseFloat(
      getComputedStyle(boxes[2]).containIntrinsicBlockSize.split(' ').at(-1)!
    );
    const full = parseFloat(
      getComputedStyle(boxes[1]).containIntrinsicBlockSize.split(' ').at(-1)!
    );
    expect(estimate / full).to.be.closeTo(30 / CHUNK, 0.02);
    // The fixture is 800 px tall: the last box is far below it, and skipped with its items.
    const last = qa(el, '.item')[total - 1];
    expect(last.checkVisibility({contentVisibilityAuto: true})).to.equal(false);
    expect(qa(el, '.item')[0].checkVisibility({contentVisibilityAuto: true})).to.equal(true);
    // Scrolled to, it renders (and its items are found by the page's find and focus as before).
    last.scrollIntoView();
    await until(() => last.checkVisibility({contentVisibilityAuto: true}), 'the last box shown');
    expect(last.getBoundingClientRect().height).to.be.greaterThan(20);
    await expect(el).to.be.accessible();
    // In a grid the items are the grid's own: the boxes are no boxes there.
    el.layout = 'grid';
    await el.updateComplete;
    expect(qa(el, '.list > .chunk').map((b) => getComputedStyle(b).display)).to.deep.equal([
      'contents',
      'contents',
      'contents',
    ]);
  });

  it('keeps each layout’s rules across boxes: compact separators, the hero’s wide first card', async () => {
    const total = CHUNK + 5;
    const wrap = await list(
      html`<div style="inline-size: 900px">
        <article-list layout="compact" limit="0" .articles=${articles(total)}></article-list>
      </div>`
    );
    const el = wrap.querySelector('article-list')!;
    await until(() => qa(el, '.item').length === total, 'all items');
    // Every card but the very first has the separator, the first card of the second box too.
    const borders = qa(el, '.item').map((i) =>
      parseFloat(getComputedStyle(i).borderBlockStartWidth)
    );
    expect(borders[0]).to.equal(0);
    expect(borders.slice(1).every((b) => b >= 1)).to.equal(true);
    expect(borders[CHUNK]).to.be.at.least(1);
    // The same space between two cards of one box as between the last of a box and the next.
    const gap = (k: number) =>
      qa(el, '.item')[k + 1].getBoundingClientRect().top -
      qa(el, '.item')[k].getBoundingClientRect().bottom;
    qa(el, '.item')[CHUNK].scrollIntoView();
    await until(
      () => qa(el, '.item')[CHUNK].checkVisibility({contentVisibilityAuto: true}),
      'shown'
    );
    expect(gap(CHUNK - 1)).to.be.closeTo(gap(CHUNK - 2), 0.5);
    expect(gap(CHUNK)).to.be.closeTo(gap(CHUNK - 2), 0.5);
    // The hero's first card spans every column; the others, and the second box's first, do not.
    el.layout = 'hero';
    await el.updateComplete;
    const items = qa(el, '.item');
    const width = (i: number) => items[i].getBoundingClientRect().width;
    expect(getComputedStyle(q(el, '.list')!).gridTemplateColumns.split(' ').length).to.be.above(1);
    expect(width(0)).to.be.closeTo(q(el, '.list')!.getBoundingClientRect().width, 1);
    expect(width(1)).to.be.below(width(0) / 1.5);
    expect(width(CHUNK)).to.be.closeTo(width(1), 1);
  });

  it('gives later items the first chunk’s markup without Lit’s comment markers', async () => {
    const same = articles(CHUNK + 50, () => ({
      title: 'Same',
      url: 'https://example.vn/same',
      published: '2023-11-20T08:00:00Z',
    }));
    const el = await list(html`<article-list limit="0" .articles=${same}></article-list>`);
    await until(() => qa(el, '.item').length === CHUNK + 50, 'all items');
    const [first, later] = [qa(el, '.item')[1], qa(el, '.item')[CHUNK + 10]];
    expect(canon(later)).to.equal(canon(first));
    expect(later.textContent).to.equal(first.textContent);
    const a = nodes(first);
    const b = nodes(later);
    // The first chunk (the one the server renders and the browser hydrates) keeps Lit's markers:
    // one per text binding. The later ones keep only those around text among other nodes.
    expect(b.comments).to.be.at.most(3);
    expect(a.comments).to.be.at.least(b.comments + 6);
    expect(a.all - b.all).to.equal(a.comments - b.comments);
  });

  it('sets only the article’s own attributes on a card: the list’s own values are markup', async () => {
    // Every setAttribute / removeAttribute while the list renders, by element.
    const calls: [Element, string][] = [];
    const proto = Element.prototype;
    const {setAttribute, removeAttribute} = proto;
    proto.setAttribute = function (this: Element, name: string, value: string) {
      calls.push([this, name]);
      setAttribute.call(this, name, value);
    };
    proto.removeAttribute = function (this: Element, name: string) {
      calls.push([this, `-${name}`]);
      removeAttribute.call(this, name);
    };
    let el: ArticleList;
    try {
      el = await list(
        html`<article-list
          limit="0"
          lang="en"
          summary-lines="2"
          .articles=${articles(CHUNK * 2)}
        ></article-list>`
      );
      await until(() => qa(el, '.item').length === CHUNK * 2, 'all items');
    } finally {
      proto.setAttribute = setAttribute;
      proto.removeAttribute = removeAttribute;
    }
    const perCard = (from: number) => {
      const names = new Map<string, number>();
      for (const [e, name] of calls) {
        const i = Number(e.closest('.item')?.getAttribute('data-index') ?? -1);
        if (i >= from && i < from + CHUNK) names.set(name, (names.get(name) ?? 0) + 1);
      }
      return Object.fromEntries([...names].map(([n, c]) => [n, c / CHUNK]));
    };
    // The article's own values, once each: its index, link, date and image. Not the card's
    // classes, directions or label, nor attributes the article lacks.
    const own = {
      'data-index': 1,
      href: 1,
      datetime: 1,
      title: 1,
      src: 1,
      width: 1,
      height: 1,
      alt: 1,
    };
    expect(perCard(CHUNK)).to.deep.equal(own);
    expect(perCard(0)).to.deep.equal(own);
    // …which are in the markup all the same.
    const card = qa(el!, '.item')[CHUNK + 1];
    expect(card.querySelector('article')!.className).to.equal('card card--horizontal card--linked');
    expect(card.querySelector('article')!.getAttribute('dir')).to.equal('ltr');
    expect(card.querySelector('article')!.hasAttribute('lang')).to.equal(false);
    expect(card.querySelector('.summary')!.className).to.equal('summary clamp clamp-2');
    expect(card.querySelector('time')!.getAttribute('dir')).to.equal('ltr');
    expect(card.querySelector('.tags')!.getAttribute('aria-label')).to.equal('Tags');
    expect(card.querySelector('[part=byline]')!.textContent).to.match(/^By /);
  });

  it('updates later items in place, and builds them again after the list was cut', async () => {
    const el = await list(
      html`<article-list limit="0" .articles=${articles(CHUNK * 3)}></article-list>`
    );
    await until(() => qa(el, '.item').length === CHUNK * 3, 'all items');
    const kept = qa(el, '.item')[CHUNK * 2 + 5];
    const link = kept.querySelector('a[part=headline]')!;
    expect(link.hasAttribute('target')).to.equal(false);
    // An option of every card: the same items, rendered again in place.
    el.target = '_blank';
    await el.updateComplete;
    expect(qa(el, '.item')[CHUNK * 2 + 5]).to.equal(kept);
    expect(kept.querySelector('a[part=headline]')).to.equal(link);
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(qa(el, 'a[part=headline]:not([target=_blank])')).to.have.length(0);
    el.articles = articles(10);
    await until(() => qa(el, '.item').length === 10, 'cut to 10');
    el.articles = articles(CHUNK * 2, (i) => ({title: `Again ${i}`}));
    await until(() => qa(el, '.item').length === CHUNK * 2, 'all again');
    expect(titles(el)).to.deep.equal(articles(CHUNK * 2).map((_, k) => `Again ${k + 1}`));
    expect(new Set(qa(el, '.item').map((li) => li.dataset.index)).size).to.equal(CHUNK * 2);
    // One box per chunk, and nothing else in the list.
    expect(q(el, '.list')!.children.length).to.equal(2);
    expect(qa(el, '.list > .chunk > .item')).to.have.length(CHUNK * 2);
  });

  it('puts no comment markers between later items of one shape; mixed shapes stay in order', async () => {
    // Comments among the list's children that follow item `from`.
    const listComments = (el: ArticleList, from: number) => {
      const kids = qa(el, '.list > .chunk').flatMap((c) => [...c.childNodes]);
      const start = kids.indexOf(qa(el, '.item')[from]);
      return kids.slice(start).filter((n) => n.nodeType === Node.COMMENT_NODE).length;
    };
    const el = await list(
      html`<article-list limit="0" .articles=${articles(CHUNK * 3)}></article-list>`
    );
    await until(() => qa(el, '.item').length === CHUNK * 3, 'all items');
    // The first chunk: two markers per item (an array of templates). Later chunks of items of one
    // shape: one template per chunk, so only the chunks' own markers (a few per chunk).
    expect(listComments(el, 0)).to.be.at.least(CHUNK * 2);
    expect(listComments(el, CHUNK)).to.be.at.most(5 * 2);
    // Items of different shapes (tags, a summary or an image, or none) alternate: each run of one
    // shape is a template, in the feed's order, with the first chunk's markup for its shape.
    const shape = (i: number) =>
      i % 3 === 0
        ? {tags: [], summary: undefined, image: undefined}
        : i % 3 === 1
          ? {tags: ['One', 'Two'], summary: `Summary ${i}`}
          : {tags: ['One'], summary: undefined};
    const mixed = await list(
      html`<article-list limit="0" .articles=${articles(CHUNK * 2 + 7, shape)}></article-list>`
    );
    await until(() => qa(mixed, '.item').length === CHUNK * 2 + 7, 'all mixed items');
    expect(titles(mixed)).to.deep.equal(articles(CHUNK * 2 + 7).map((a) => a.title));
    const items = qa(mixed, '.item');
    for (const k of [CHUNK, CHUNK + 1, CHUNK + 2, CHUNK * 2 + 6])
      expect(canon(items[k]), `item ${k}`).to.equal(canon(items[k % 3]));
    // (Item k is article k + 1: item s, a multiple of 3 in the second chunk, has a summary.)
    const s = CHUNK + ((3 - (CHUNK % 3)) % 3);
    expect(items[s].querySelector('.summary')!.textContent).to.equal(`Summary ${s + 1}`);
    // Runs of one item each: a later item of the mixed list has its two markers again.
    expect(listComments(mixed, CHUNK)).to.be.at.least(CHUNK * 2);
  });

  it('has no selector that restyles earlier items when items are appended', () => {
    // Matching by later siblings or by the count of siblings (`:last-child`, `:nth-last-*`,
    // `:only-*`, `~`) would restyle the items already in the list whenever items are added.
    const selectors: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const r of rules)
        if (r instanceof CSSStyleRule) selectors.push(r.selectorText);
        else if ('cssRules' in r) walk((r as CSSGroupingRule).cssRules);
    };
    for (const s of ArticleList.elementStyles)
      walk((s instanceof CSSStyleSheet ? s : s.styleSheet!).cssRules);
    expect(selectors.length).to.be.greaterThan(100);
    const bad =
      /:(last-child|last-of-type|nth-last-child|nth-last-of-type|only-child|only-of-type)\b|~(?!=)/;
    expect(selectors.filter((sel) => bad.test(sel))).to.deep.equal([]);
  });

  it('writes feed text as text in later items', async () => {
    const evil = '<img src=x onerror="window.__chunkXss=1">';
    const el = await list(
      html`<article-list
        limit="0"
        .articles=${articles(CHUNK + 5, () => ({title: evil, summary: evil, section: evil}))}
      ></article-list>`
    );
    await until(() => qa(el, '.item').length === CHUNK + 5, 'all items');
    const later = qa(el, '.item')[CHUNK + 2];
    expect(later.querySelector('[part=headline]')!.textContent).to.equal(evil);
    expect(later.querySelector('[part~=summary]')!.textContent).to.equal(evil);
    expect(later.querySelectorAll('img:not([part=image])')).to.have.length(0);
    expect((window as unknown as {__chunkXss?: number}).__chunkXss).to.equal(undefined);
  });
});
