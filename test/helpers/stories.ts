// The story walk the story-wide tests share (test/stories-axe.test.ts,
// test/stories-overflow.test.ts): every story of every stories file, rendered in a fixture
// until it shows what it is for.
import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import {storyFiles} from '../../stories/index.js';

export type Story = {
  args?: Record<string, unknown>;
  render?: (a: Record<string, unknown>) => unknown;
};
export type Meta = {
  title: string;
  args?: Record<string, unknown>;
  render: (a: Record<string, unknown>) => unknown;
  /** `rendered`: a selector (in the shadow root, else light DOM) that shows the story rendered. */
  parameters?: {rendered?: string};
};

/** One story: its stories file's key, the file's meta, the story's export name and the story. */
export interface StoryCase {
  file: string;
  meta: Meta;
  name: string;
  story: Story;
}

export type StoryElement = HTMLElement & {updateComplete?: Promise<unknown>};

/** Stories render into the light DOM (a tag) or the element's shadow root. */
export const find = (el: Element, sel: string) =>
  el.shadowRoot?.querySelector(sel) ?? el.querySelector(sel);

/** `fn` for every story, inside one `describe` per stories file (named by its title). */
export function forEachStory(fn: (c: StoryCase) => void): void {
  for (const [file, mod] of Object.entries(storyFiles)) {
    const meta = mod.default as Meta;
    describe(meta.title, () => {
      for (const [name, story] of Object.entries(mod)) {
        if (name !== 'default') fn({file, meta, name, story: story as Story});
      }
    });
  }
}

/**
 * Renders a story into a new fixture and, unless it is `Loading`, waits (about 3 s at most)
 * until it shows its error (`Error`) or what its meta's `parameters.rendered` names (else an
 * `<article>`); fails when it does not.
 */
export async function renderStory(c: StoryCase): Promise<{host: HTMLDivElement; el: StoryElement}> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render((c.story.render ?? c.meta.render)({...c.meta.args, ...c.story.args}), host);
  const el = host.firstElementChild as StoryElement;
  await el.updateComplete;
  if (c.name !== 'Loading') {
    const sel = c.name === 'Error' ? '[role=alert]' : (c.meta.parameters?.rendered ?? 'article');
    for (let i = 0; i < 150 && !find(el, sel); i++) await new Promise((r) => setTimeout(r, 20));
    expect(find(el, sel), `${c.file} ${c.name}: ${sel}`).to.not.equal(null);
  }
  return {host, el};
}
