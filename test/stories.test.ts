// Walks every story of every stories file: renders it, checks no console error and no axe
// violation. Stories that load (Loading, Error, comments) answer themselves (stories/routes.ts).
import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import {storyFiles} from '../stories/index.js';

type Story = {args?: Record<string, unknown>; render?: (a: Record<string, unknown>) => unknown};
type Meta = {
  title: string;
  args?: Record<string, unknown>;
  render: (a: Record<string, unknown>) => unknown;
  /** `rendered`: a selector (in the shadow root, else light DOM) that shows the story rendered. */
  parameters?: {rendered?: string};
};

const files = storyFiles;

/** What shows a story rendered: the meta's `parameters.rendered` selector, else an `<article>`. */
function renderedSelector(meta: Meta): string {
  return meta.parameters?.rendered ?? 'article';
}

/** Stories render into the light DOM (a tag) or the element's shadow root. */
function find(el: HTMLElement, selector: string): Element | null {
  return el.shadowRoot?.querySelector(selector) ?? el.querySelector(selector);
}

for (const [file, mod] of Object.entries(files)) {
  const meta = mod.default as Meta;
  describe(`stories: ${meta.title}`, () => {
    for (const [name, story] of Object.entries(mod)) {
      if (name === 'default') continue;
      it(`${name} renders with no console error and no axe violation`, async () => {
        const errors: unknown[] = [];
        const original = console.error;
        console.error = (...a: unknown[]) => errors.push(a);
        try {
          const s = story as Story;
          const args = {...meta.args, ...s.args};
          const host = await fixture<HTMLDivElement>(html`<div></div>`);
          render((s.render ?? meta.render)(args), host);
          const el = host.firstElementChild as HTMLElement & {updateComplete?: Promise<unknown>};
          await el.updateComplete;
          if (name === 'Error') {
            for (let i = 0; i < 100 && !find(el, '[role=alert]'); i++)
              await new Promise((r) => setTimeout(r, 20));
            expect(find(el, '[role=alert]'), file).to.not.equal(null);
          } else if (name === 'Loading') {
            expect(find(el, '[aria-busy=true], .skeletons'), file).to.not.equal(null);
          } else {
            const sel = renderedSelector(meta);
            for (let i = 0; i < 100 && !find(el, sel); i++)
              await new Promise((r) => setTimeout(r, 20));
            expect(find(el, sel), `${file} ${name}: ${sel}`).to.not.equal(null);
          }
          await expect(host).to.be.accessible();
        } finally {
          console.error = original;
        }
        expect(errors).to.deep.equal([]);
      });
    }
  });
}
