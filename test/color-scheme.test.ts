// Colours follow the page: every element (its stories' default render) in each page setup, with
// the reader's system in light or dark, checked by axe's colour-contrast rule and by the colour
// the element's text really gets. Each case's counts are printed in the test output.
import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import {storyFiles} from '../stories/index.js';
import {PALETTE} from '../src/styles/tokens.js';

type Meta = {
  title: string;
  args?: Record<string, unknown>;
  render: (a: Record<string, unknown>) => unknown;
  parameters?: {rendered?: string};
};
type AxeResult = {violations: {id: string; nodes: {target: unknown; failureSummary?: string}[]}[]};
const axe = (window as unknown as {axe: {run(el: Element, o: object): Promise<AxeResult>}}).axe;

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};
/** The text and muted colours of one scheme (`<news-time>` is all muted text). */
const LIGHT = [rgb(PALETTE.text[0]), rgb(PALETTE.muted[0])];
const DARK = [rgb(PALETTE.text[1]), rgb(PALETTE.muted[1])];
const THEMED_LIGHT = ['rgb(32, 32, 32)', 'rgb(74, 74, 74)'];
const THEMED_DARK = ['rgb(240, 240, 240)', 'rgb(200, 200, 200)'];

interface Case {
  name: string;
  os: 'light' | 'dark';
  /** CSS `color-scheme` on the root, or the `<meta name="color-scheme">` content. */
  root?: string;
  meta?: string;
  /** `color-scheme` attribute on the element. */
  pin?: string;
  /** A theme on `:root`. */
  theme?: string;
  /** The text colours the element may get: its scheme's text or muted colour. */
  text: string[];
}

const THEME =
  '--news-color-text: light-dark(#202020, #f0f0f0); --news-color-muted: #4a4a4a; --news-dark-color-muted: #c8c8c8; --news-color-link: light-dark(#7a1f5c, #f0a8d8); --news-color-accent: #8a1c14; --news-dark-color-accent: #ffb4a8;';

const cases: Case[] = [
  {name: 'light page (declares nothing), system dark', os: 'dark', text: LIGHT},
  {
    name: 'page with color-scheme: light dark, system dark',
    os: 'dark',
    root: 'light dark',
    text: DARK,
  },
  {
    name: 'page with <meta color-scheme light dark>, system dark',
    os: 'dark',
    meta: 'light dark',
    text: DARK,
  },
  {
    name: 'page with color-scheme: light dark, system light',
    os: 'light',
    root: 'light dark',
    text: LIGHT,
  },
  {name: 'dark page (color-scheme: dark), system light', os: 'light', root: 'dark', text: DARK},
  {name: 'pinned dark on a light page, system light', os: 'light', pin: 'dark', text: DARK},
  {
    name: 'pinned light on a dark page, system dark',
    os: 'dark',
    root: 'dark',
    pin: 'light',
    text: LIGHT,
  },
  {name: 'auto on a light page, system dark', os: 'dark', pin: 'auto', text: DARK},
  {
    name: ':root theme (light-dark() and --news-dark-* companions), page light dark, system dark',
    os: 'dark',
    root: 'light dark',
    theme: THEME,
    text: THEMED_DARK,
  },
  {
    name: ':root theme, page light dark, system light',
    os: 'light',
    root: 'light dark',
    theme: THEME,
    text: THEMED_LIGHT,
  },
  {
    name: ':root theme, pinned dark on a light page',
    os: 'light',
    pin: 'dark',
    theme: THEME,
    text: THEMED_DARK,
  },
];

const frame = () => new Promise((r) => requestAnimationFrame(r));

/** Until the element's markup has not changed for three frames (lists render in chunks). */
async function settled(el: Element) {
  const text = () => (el.shadowRoot ?? el).innerHTML;
  for (let i = 0, last = '', same = 0; i < 200 && same < 3; i++) {
    await frame();
    const now = text();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

/**
 * Emulates `prefers-color-scheme` where the browser can (Chromium, over CDP). Elsewhere (Firefox
 * over WebDriver BiDi) the page keeps the browser's own, and this says whether that is `value`:
 * the cases of the other scheme skip themselves there.
 */
async function colorScheme(value: 'light' | 'dark'): Promise<boolean> {
  try {
    await emulateMedia({colorScheme: value});
    return true;
  } catch {
    return matchMedia(`(prefers-color-scheme: ${value})`).matches;
  }
}

const find = (el: Element, sel: string) =>
  el.shadowRoot?.querySelector(sel) ?? el.querySelector(sel);

describe('colour scheme: every element follows the page', () => {
  const root = document.documentElement;
  let meta: HTMLMetaElement | undefined;
  // Tall enough that every card is on screen: axe judges the background of what it can see.
  before(() => setViewport({width: 1280, height: 4000}));
  after(() => setViewport({width: 800, height: 600}));
  afterEach(async () => {
    root.removeAttribute('style');
    document.body.removeAttribute('style');
    meta?.remove();
    meta = undefined;
    await colorScheme('light');
  });

  for (const c of cases) {
    describe(c.name, () => {
      for (const [file, mod] of Object.entries(storyFiles)) {
        const m = mod.default as Meta;
        it(`${m.title.replace('Elements/', '')}: text ${c.text[0]}, no contrast failure`, async function () {
          if (!(await colorScheme(c.os))) this.skip(); // the other scheme needs emulation (CDP)
          // A page that declares a scheme paints its canvas and text in it, as real pages do.
          if (c.root) root.style.colorScheme = c.root;
          if (c.meta) {
            meta = Object.assign(document.createElement('meta'), {name: 'color-scheme'});
            meta.content = c.meta;
            document.head.append(meta);
          }
          if (c.theme) root.setAttribute('style', `${root.getAttribute('style') ?? ''};${c.theme}`);
          document.body.style.cssText = 'background: Canvas; color: CanvasText';
          const host = await fixture<HTMLDivElement>(html`<div></div>`);
          render(m.render({...m.args}), host);
          const el = host.firstElementChild as HTMLElement & {updateComplete?: Promise<unknown>};
          if (c.pin) el.setAttribute('color-scheme', c.pin);
          await el.updateComplete;
          const sel = m.parameters?.rendered ?? 'article';
          for (let i = 0; i < 100 && !find(el, sel); i++)
            await new Promise((r) => setTimeout(r, 20));
          expect(find(el, sel), `${file}: ${sel}`).to.not.equal(null);
          await settled(el);
          expect(c.text, 'the text colour').to.include(getComputedStyle(el).color);
          const result = await axe.run(host, {runOnly: ['color-contrast']});
          const failures = result.violations.flatMap((v) =>
            v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`)
          );
          console.log(`contrast | ${c.name} | ${m.title} | ${failures.length} failures`);
          expect(failures).to.deep.equal([]);
        });
      }
    });
  }

  it('the check fails on unreadable colours (control)', async () => {
    // Dark where it can be emulated; the colours below are unreadable in either.
    await colorScheme('dark');
    root.setAttribute('style', '--news-color-text: #f4f4f4; --news-color-muted: #f4f4f4');
    document.body.style.cssText = 'background: #fff';
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const m = storyFiles.newsCard.default as Meta;
    render(m.render({...m.args}), host);
    await (host.firstElementChild as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    const result = await axe.run(host, {runOnly: ['color-contrast']});
    expect(result.violations.length).to.be.greaterThan(0);
  });
});
