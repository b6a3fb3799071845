// axe on every story × {en, vi, ja, ar} × {light, dark}: one render per story, then the
// element's `lang` and `color-scheme` are switched in place and axe runs on each of the eight
// states. Rules: every WCAG 2.0/2.1/2.2 A and AA rule and axe's best practices; a violation of
// any impact fails. Arabic must also lay the element out right to left.
import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import {loadLocale} from '../src/i18n/localize.js';
import {forEachStory, renderStory} from './helpers/stories.js';

interface AxeResult {
  violations: {id: string; impact?: string; nodes: {target: unknown; failureSummary?: string}[]}[];
}
const axe = (window as unknown as {axe: {run(el: Element, o: object): Promise<AxeResult>}}).axe;

const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
];
const LOCALES = ['en', 'vi', 'ja', 'ar'];
const SCHEMES = ['light', 'dark'] as const;

type Updatable = Element & {updateComplete?: Promise<unknown>};

const frame = () => new Promise((r) => requestAnimationFrame(r));

/** Every element under `root`, shadow roots included. */
function* deep(root: Element | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/** The whole tree's markup, shadow roots included: unchanged for three frames = settled. */
const markup = (el: Element) =>
  [el, ...deep(el)].map((e) => (e.shadowRoot?.innerHTML ?? '') + e.outerHTML.length).join('');

async function settled(el: Element) {
  for (let i = 0, last = '', same = 0; i < 200 && same < 3; i++) {
    await Promise.all([el, ...deep(el)].map((e) => (e as Updatable).updateComplete));
    await frame();
    const now = markup(el);
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

async function violations(host: Element): Promise<string[]> {
  const result = await axe.run(host, {
    runOnly: {type: 'tag', values: AXE_TAGS},
    resultTypes: ['violations'],
  });
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}) ${JSON.stringify(n.target)}: ${n.failureSummary}`)
  );
}

describe('axe: every story × en, vi, ja, ar × light, dark', () => {
  // Tall enough that the stories are on screen: axe judges the contrast of what it can see.
  before(async () => {
    await setViewport({width: 1280, height: 4000});
    await Promise.all(LOCALES.map((l) => loadLocale(l)));
  });
  after(() => setViewport({width: 800, height: 600}));

  forEachStory((c) => {
    it(`${c.name}: no axe violation in ${LOCALES.join(', ')} × light, dark`, async function () {
      this.timeout(90000);
      const {host, el} = await renderStory(c);
      const failures: string[] = [];
      let runs = 0;
      for (const lang of LOCALES) {
        el.setAttribute('lang', lang);
        for (const scheme of SCHEMES) {
          el.setAttribute('color-scheme', scheme);
          await settled(el);
          if (lang === 'ar')
            expect(getComputedStyle(el).direction, `${c.name} in ar`).to.equal('rtl');
          failures.push(...(await violations(host)).map((v) => `${lang} ${scheme}: ${v}`));
          runs++;
        }
      }
      expect(runs).to.equal(LOCALES.length * SCHEMES.length);
      expect(failures, `${c.meta.title} ${c.name}`).to.deep.equal([]);
    });
  });

  it('the matrix fails on a violation (control: light grey on white, an unnamed button)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    // Built by hand: the linter rightly refuses an unnamed button in a template.
    host.innerHTML = '<p style="color:#ddd;background:#fff">unreadable</p><button></button>';
    const found = (await violations(host)).map((v) => v.split(' ')[0]);
    expect(found).to.include('color-contrast');
    expect(found).to.include('button-name');
  });
});
