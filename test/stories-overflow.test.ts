// Nothing escapes its element's box: every story, at 320, 390 and 1280 px wide, and no element
// or text inside the host (shadow roots walked, slotted light DOM included) reaches past the
// host's inline edges. Content of a box that clips or scrolls (a table's scroll region, the
// carousel's track, a clamped headline) is judged by that box, not by what scrolls inside it.
import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import {setViewport} from '@web/test-runner-commands';
import {storyFiles} from '../stories/index.js';
import {find, forEachStory, renderStory, type Meta, type Story} from './helpers/stories.js';

const WIDTHS = [320, 390, 1280];
/** Sub-pixel rounding of fractional layouts. */
const SLACK = 0.5;

const frame = () => new Promise((r) => requestAnimationFrame(r));

/** Until the element's markup has not changed for three frames (lists render in chunks). */
async function settled(el: Element) {
  const text = () => (el.shadowRoot?.innerHTML ?? '') + el.innerHTML;
  for (let i = 0, last = '', same = 0; i < 200 && same < 3; i++) {
    await frame();
    const now = text();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

/** A short name for a node in failure messages: tag, class, part. */
function label(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE)
    return `text "${node.textContent!.trim().slice(0, 40)}" in ${label(node.parentNode!)}`;
  if (!(node instanceof Element)) return node.nodeName;
  const part = node.getAttribute('part');
  const cls = node.getAttribute('class');
  return `<${node.localName}${cls ? ` class="${cls}"` : ''}${part ? ` part="${part}"` : ''}>`;
}

/** The children a reader sees: the shadow root's, else (or also, when slotted) the light DOM's. */
function children(el: Element): Node[] {
  const out: Node[] = [];
  if (el.shadowRoot) out.push(...el.shadowRoot.childNodes);
  if (el instanceof HTMLSlotElement) out.push(...el.assignedNodes({flatten: true}));
  else if (!el.shadowRoot) out.push(...el.childNodes);
  return out;
}

/** Every element and text box under `host` that reaches past its inline edges. */
function escapes(host: HTMLElement): string[] {
  const box = host.getBoundingClientRect();
  const out: string[] = [];
  const check = (node: Node, r: DOMRect) => {
    if (r.width === 0 && r.height === 0) return;
    if (r.left < box.left - SLACK || r.right > box.right + SLACK)
      out.push(
        `${label(node)} [${Math.round(r.left)}, ${Math.round(r.right)}] outside [${Math.round(box.left)}, ${Math.round(box.right)}]`
      );
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.textContent!.trim()) return;
      const range = document.createRange();
      range.selectNodeContents(node);
      check(node, range.getBoundingClientRect());
      return;
    }
    if (!(node instanceof Element)) return;
    if (node instanceof HTMLTemplateElement || node instanceof HTMLScriptElement) return;
    if (node instanceof HTMLStyleElement) return;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.position === 'fixed') return;
    // The top layer (an open modal dialog) is laid out against the viewport, not the host.
    if (node instanceof HTMLDialogElement) return;
    if (style.display !== 'contents') check(node, node.getBoundingClientRect());
    // What scrolls or is clipped inside this box stays inside it.
    if (style.overflowX !== 'visible') return;
    for (const child of children(node)) walk(child);
  };
  for (const child of children(host)) walk(child);
  return out;
}

describe('no content escapes its element (every story at 320, 390, 1280 px)', () => {
  after(() => setViewport({width: 800, height: 600}));

  forEachStory((c) => {
    it(`${c.name} stays inside the host at ${WIDTHS.join(', ')} px`, async function () {
      this.timeout(30000);
      await setViewport({width: WIDTHS[0], height: 800});
      const {el} = await renderStory(c);
      const failures: string[] = [];
      for (const width of WIDTHS) {
        await setViewport({width, height: 800});
        await settled(el);
        const hostBox = el.getBoundingClientRect();
        expect(hostBox.width, `${c.name} at ${width}px: the host has a width`).to.be.greaterThan(0);
        if (hostBox.right > document.documentElement.clientWidth + SLACK)
          failures.push(`${width}px: the host itself is wider than the page`);
        failures.push(...escapes(el).map((f) => `${width}px: ${f}`));
      }
      expect(failures, `${c.meta.title} ${c.name}`).to.deep.equal([]);
    });
  });

  it('the check sees a table wider than its host (control)', async () => {
    await setViewport({width: 320, height: 800});
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('div');
    el.attachShadow({mode: 'open'}).innerHTML =
      `<div style="display:grid"><table><tr>${'<td>155,000</td>'.repeat(14)}</tr></table></div>`;
    host.append(el);
    expect(escapes(el).length).to.be.greaterThan(0);
    // And a long word in a paragraph of the light DOM.
    const p = document.createElement('p');
    p.textContent = 'https://example.com/' + 'a'.repeat(200);
    el.shadowRoot!.innerHTML = '<slot></slot>';
    el.append(p);
    expect(escapes(el).some((f) => f.startsWith('text'))).to.equal(true);
  });
});

describe('<news-article>: a wide table scrolls inside its region', () => {
  after(() => setViewport({width: 800, height: 600}));

  it('the 14-column table of LongText scrolls in a focusable, labelled region at 320 px', async () => {
    await setViewport({width: 320, height: 800});
    const meta = storyFiles.newsArticle.default as Meta;
    const story = storyFiles.newsArticle.LongText as Story;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(meta.render({...meta.args, ...story.args}), host);
    const el = host.firstElementChild as HTMLElement & {updateComplete: Promise<unknown>};
    await el.updateComplete;
    for (let i = 0; i < 150 && !find(el, '.body table'); i++)
      await new Promise((r) => setTimeout(r, 20));
    await settled(el);
    const wide = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.body .table-scroll')].find(
      (r) => r.querySelectorAll('th').length === 14
    )!;
    expect(wide, 'the 14-column table is wrapped').to.not.equal(undefined);
    expect(wide.getAttribute('role')).to.equal('region');
    expect(wide.getAttribute('aria-label')).to.equal('A wide table');
    expect(wide.tabIndex).to.equal(0);
    expect(wide.clientWidth).to.be.at.most(el.getBoundingClientRect().width);
    expect(wide.scrollWidth, 'the table scrolls sideways').to.be.greaterThan(wide.clientWidth);
    // Focus reaches the region and changes nothing else (WCAG 3.2.1).
    const url = location.href;
    wide.focus();
    expect(el.shadowRoot!.activeElement).to.equal(wide);
    expect(location.href).to.equal(url);
    // Cells keep their numbers whole (one line each), the region scrolls instead.
    const cell = wide.querySelector('td')!;
    const range = document.createRange();
    range.selectNodeContents(cell);
    expect(range.getClientRects().length, '"155,000" on one line').to.equal(1);
  });
});
