// demo/seed.html rebuilds the second seed page (../shared/seeds/003) from a WordPress-shaped feed
// with the documented API and two ::part rules. Its visible text, block by block, is the seed
// page's text. `npm test` builds dist/ first (the demo runs on the built package).
import {expect} from '@open-wc/testing';

const SEED_TEXT = '/demo/sample/seed-003.txt';

/** The element a node is laid out in, across shadow roots and slots (the flat tree). */
function flatParent(n: Node): Element | null {
  const slot = (n as Element | Text).assignedSlot;
  if (slot) return slot;
  if (n.parentNode instanceof ShadowRoot) return n.parentNode.host;
  return n.parentElement;
}

const INLINE = /^(inline|inline-block|inline-flex|inline-grid|contents)$/;

/**
 * The block a text belongs to: the nearest box that is not inline, counting a flex or grid
 * item as part of its container (the breadcrumb trail, "TAG: …" are one line of items).
 */
function blockOf(n: Node, win: Window): Element | null {
  for (let el = flatParent(n); el; el = flatParent(el)) {
    const parent = flatParent(el);
    const pd = parent ? win.getComputedStyle(parent).display : '';
    if (/flex|grid/.test(pd)) continue;
    if (!INLINE.test(win.getComputedStyle(el).display)) return el;
  }
  return null;
}

/** Every rendered text of the page in layout order, grouped into blocks. */
function visibleBlocks(doc: Document): string[] {
  const win = doc.defaultView!;
  const blocks: {el: Element; parts: string[]}[] = [];
  const visit = (root: Node) => {
    for (const n of root.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) {
        const text = n.nodeValue ?? '';
        if (!text.trim()) continue;
        const range = doc.createRange();
        range.selectNodeContents(n);
        const r = range.getBoundingClientRect();
        if (!r.width || !r.height) continue; // not rendered (display: none, hidden)
        const el = blockOf(n, win)!;
        const last = blocks[blocks.length - 1];
        if (last?.el === el) last.parts.push(text);
        else blocks.push({el, parts: [text]});
      } else if (n instanceof win.Element) {
        if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(n.tagName)) continue;
        if (n.shadowRoot) visit(n.shadowRoot);
        else if (n instanceof win.HTMLSlotElement) {
          const assigned = n.assignedNodes({flatten: true});
          for (const a of assigned.length ? assigned : [...n.childNodes]) {
            if (a.nodeType === Node.TEXT_NODE) visit({childNodes: [a]} as unknown as Node);
            else visit({childNodes: [a]} as unknown as Node);
          }
        } else visit(n);
      }
    }
  };
  visit(doc.body);
  return blocks.map((b) =>
    b.parts
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(' ')
  );
}

async function until<T>(fn: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('demo/seed.html: the second seed page, rebuilt', () => {
  let doc: Document;
  before(async function () {
    this.timeout(30000);
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '1200px';
    frame.style.blockSize = '900px';
    document.body.append(frame);
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, {once: true});
      frame.src = '/demo/seed.html';
    });
    doc = frame.contentDocument!;
    const shadow = (tag: string) => doc.querySelector(tag)?.shadowRoot;
    await until(
      () =>
        shadow('news-article')?.querySelector('.body[aria-busy=false]') &&
        shadow('news-article')?.querySelector('news-tags')?.shadowRoot?.querySelector('li') &&
        shadow('news-article')
          ?.querySelector('news-breadcrumbs')
          ?.shadowRoot?.querySelector('li') &&
        (shadow('related-articles')?.querySelectorAll('li').length ?? 0) >= 9,
      'the article, its trail and tags, and the other articles'
    );
  });

  it('shows the seed page text, block by block', async () => {
    const seed = (await (await fetch(SEED_TEXT)).text())
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(seed.length).to.equal(23);
    const blocks = visibleBlocks(doc);
    expect(blocks).to.deep.equal(seed);
  });

  it('uses at most two ::part rules, and the documented attributes', () => {
    const css = [...doc.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(css.match(/::part\(/g)?.length ?? 0).to.be.at.most(2);
    const article = doc.querySelector('news-article')!;
    for (const a of ['date-format', 'dateline-style', 'breadcrumb-separator', 'tags-label'])
      expect(article.hasAttribute(a), a).to.equal(true);
  });
});
