// Walks every story of every stories file: renders it, checks no console error and no axe
// violation. Stories that load (Loading, Error) use the test server's own routes.
import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import * as newsCard from '../stories/news-card.stories.js';

type Story = {args?: Record<string, unknown>; render?: (a: Record<string, unknown>) => unknown};
type Meta = {
  title: string;
  args?: Record<string, unknown>;
  render: (a: Record<string, unknown>) => unknown;
};

const files: Record<string, Record<string, unknown>> = {newsCard};

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
            for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[role=alert]'); i++)
              await new Promise((r) => setTimeout(r, 20));
            expect(el.shadowRoot!.querySelector('[role=alert]'), file).to.not.equal(null);
          } else if (name === 'Loading') {
            expect(el.shadowRoot!.querySelector('.skeletons')).to.not.equal(null);
          } else {
            expect(el.shadowRoot!.querySelector('article'), name).to.not.equal(null);
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
