// What a screen reader is given: Chromium's accessibility tree (DevTools protocol
// `Accessibility.getFullAXTree`, through test/server/ax-tree-plugin.mjs), read for one story of
// each element. Roles, names, heading levels and states are asserted as the tree has them, shadow
// roots and all. No screen reader runs on this machine: this is the layer under one.
// Chromium only (Firefox has no such protocol here): the tests skip themselves elsewhere.
import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import {executeServerCommand} from '@web/test-runner-commands';
import {storyFiles} from '../stories/index.js';
import {loadLocale} from '../src/i18n/localize.js';

type Story = {args?: Record<string, unknown>; render?: (a: Record<string, unknown>) => unknown};
type Meta = {
  args?: Record<string, unknown>;
  render: (a: Record<string, unknown>) => unknown;
  parameters?: {rendered?: string};
};
interface AXNode {
  role: string;
  name: string;
  depth: number;
  level?: number;
  disabled?: boolean;
  live?: string;
  roledescription?: string;
}

const find = (el: Element, sel: string) =>
  el.shadowRoot?.querySelector(sel) ?? el.querySelector(sel);
const frame = () => new Promise((r) => requestAnimationFrame(r));

/** Renders one story, waits for its content, and reads the host's accessibility subtree. */
async function tree(
  file: keyof typeof storyFiles,
  name: string,
  ready: string | string[],
  setup?: (el: HTMLElement) => void | Promise<void>
): Promise<{el: HTMLElement; nodes: AXNode[]} | undefined> {
  const mod = storyFiles[file];
  const meta = mod.default as Meta;
  const story = mod[name] as Story;
  const host = await fixture<HTMLDivElement>(html`<div id="ax-host"></div>`);
  render((story.render ?? meta.render)({...meta.args, ...story.args}), host);
  const el = host.firstElementChild as HTMLElement & {updateComplete: Promise<unknown>};
  await el.updateComplete;
  const all = typeof ready === 'string' ? [ready] : ready;
  const missing = () => all.filter((sel) => !find(el, sel));
  for (let i = 0; i < 250 && missing().length; i++) await new Promise((r) => setTimeout(r, 20));
  expect(missing(), `${String(file)} ${name}: not rendered`).to.deep.equal([]);
  await setup?.(el);
  for (let i = 0; i < 5; i++) await frame();
  const r = await executeServerCommand<{supported: boolean; nodes?: AXNode[]}, {selector: string}>(
    'ax-tree',
    {
      selector: '#ax-host',
    }
  );
  if (!r?.supported) return undefined;
  return {el, nodes: r.nodes!};
}

const roles = (nodes: AXNode[], role: string) => nodes.filter((n) => n.role === role);
const named = (nodes: AXNode[], role: string, name: string) =>
  nodes.some((n) => n.role === role && n.name === name);

describe('accessibility tree (Chromium, what assistive technology reads)', () => {
  before(() => Promise.all(['vi', 'ar'].map((l) => loadLocale(l))));

  it('news-card: an article whose heading link is named by the headline, the image by its alt', async function () {
    const t = await tree('newsCard', 'Default', 'article h3 a');
    if (!t) return this.skip();
    const headline = t.el.shadowRoot!.querySelector('h3 a')!.textContent!.trim();
    expect(t.nodes[0].role).to.equal('article');
    const heading = roles(t.nodes, 'heading');
    expect(heading.map((h) => [h.name, h.level])).to.deep.equal([[headline, 3]]);
    expect(roles(t.nodes, 'link').map((l) => l.name)).to.deep.equal([headline]);
    const alt = t.el.shadowRoot!.querySelector('img')!.getAttribute('alt')!;
    expect(alt).to.not.equal('');
    expect(named(t.nodes, 'image', alt)).to.equal(true);
    expect(named(t.nodes, 'list', 'Tags')).to.equal(true);
  });

  it('article-list: a group named by its heading, one list item per card, each an article with a heading link', async function () {
    const t = await tree('articleList', 'Default', '[role=listitem] article');
    if (!t) return this.skip();
    const cards = t.el.shadowRoot!.querySelectorAll('[role=listitem] article').length;
    expect(t.nodes[0].role).to.equal('group');
    expect(t.nodes[0].name).to.equal('Other Articles');
    expect(named(t.nodes, 'heading', 'Other Articles')).to.equal(true);
    const items = t.nodes.filter((n) => n.role === 'listitem' && n.depth === 2);
    expect(items.length).to.equal(cards);
    expect(roles(t.nodes, 'article').length).to.equal(cards);
    const headings = roles(t.nodes, 'heading').filter((h) => h.level === 3);
    expect(headings.length).to.equal(cards);
    expect(roles(t.nodes, 'link').length).to.equal(cards);
    expect(roles(t.nodes, 'status').every((s) => s.live === 'polite')).to.equal(true);
  });

  it('article-list carousel: Previous and Next are named buttons, Previous disabled at the start', async function () {
    const t = await tree('articleList', 'Carousel', '[aria-roledescription="slide"] article');
    if (!t) return this.skip();
    const buttons = roles(t.nodes, 'button');
    expect(buttons.map((b) => b.name)).to.include.members(['Previous articles', 'Next articles']);
    expect(buttons.find((b) => b.name === 'Previous articles')!.disabled).to.equal(true);
    expect(buttons.find((b) => b.name === 'Next articles')!.disabled).to.not.equal(true);
  });

  it('article-list in Arabic: the group, the heading and the buttons speak Arabic', async function () {
    const t = await tree(
      'articleList',
      'Carousel',
      '[aria-roledescription="slide"] article',
      async (el) => {
        el.setAttribute('lang', 'ar');
        el.removeAttribute('heading');
        await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      }
    );
    if (!t) return this.skip();
    const arabic = /[\u0600-\u06FF]/;
    for (const b of roles(t.nodes, 'button')) expect(b.name).to.match(arabic);
    expect(t.el.getAttribute('dir')).to.equal('rtl');
  });

  it('related-articles: a complementary landmark named by its heading, a list of heading links', async function () {
    const t = await tree('relatedArticles', 'Default', 'li article');
    if (!t) return this.skip();
    expect(t.nodes[0].role).to.equal('complementary');
    expect(named(t.nodes, 'heading', t.nodes[0].name)).to.equal(true);
    const links = roles(t.nodes, 'link');
    expect(links.length).to.be.greaterThan(0);
    expect(links.length).to.equal(roles(t.nodes, 'article').length);
    for (const l of links) expect(l.name).to.not.equal('');
  });

  it('news-article: named breadcrumbs, a level-1 headline, body headings at level 2, tables in regions named by their caption', async function () {
    const t = await tree('newsArticle', 'Default', '.body table');
    if (!t) return this.skip();
    expect(t.nodes[0].role).to.equal('article');
    expect(named(t.nodes, 'navigation', 'Breadcrumb')).to.equal(true);
    const levels = roles(t.nodes, 'heading').map((h) => h.level);
    expect(levels[0]).to.equal(1);
    expect(levels.slice(1).every((l) => l === 2)).to.equal(true);
    expect(levels.length).to.be.greaterThan(2);
    expect(named(t.nodes, 'region', 'Workers trained')).to.equal(true);
    expect(named(t.nodes, 'table', 'Workers trained')).to.equal(true);
    expect(roles(t.nodes, 'columnheader').map((c) => c.name)).to.deep.equal([
      'Province',
      'Target 2025',
      'Now',
    ]);
    expect(named(t.nodes, 'link', '2 comments')).to.equal(true);
  });

  it('photo-caption (zoomable): a figure, the image named by its alt, an Enlarge image button', async function () {
    const t = await tree('photoCaption', 'Zoomable', 'figure img');
    if (!t) return this.skip();
    expect(t.nodes[0].role).to.equal('figure');
    const alt = t.el.shadowRoot!.querySelector('figure img')!.getAttribute('alt')!;
    expect(named(t.nodes, 'image', alt)).to.equal(true);
    const buttons = roles(t.nodes, 'button');
    expect(buttons.length).to.equal(1);
    expect(buttons[0].name).to.match(/enlarge/i);
  });

  it('news-tags with links: a list named Tags, each link named by its tag', async function () {
    const t = await tree('newsTags', 'Links', 'a');
    if (!t) return this.skip();
    const tags = [...t.el.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(t.nodes[0]).to.include({role: 'list', name: 'Tags'});
    expect(roles(t.nodes, 'listitem').length).to.equal(tags.length);
    expect(roles(t.nodes, 'link').map((l) => l.name)).to.deep.equal(tags);
  });

  it('news-breadcrumbs: a navigation named Breadcrumb holding a list of links', async function () {
    const t = await tree('newsBreadcrumbs', 'Default', 'nav a');
    if (!t) return this.skip();
    expect(t.nodes[0]).to.include({role: 'navigation', name: 'Breadcrumb'});
    expect(t.nodes[1].role).to.equal('list');
    const links = roles(t.nodes, 'link');
    expect(links.map((l) => l.name)).to.deep.equal(['Home', 'News']);
    // The current page: aria-current on the last item, in the DOM the tree is built from.
    expect(t.el.shadowRoot!.querySelector('[aria-current=page]')).to.not.equal(null);
  });

  it('news-comments with the form: a named region, comments as articles named by their author, form fields named by their labels, name and email marked for autocomplete', async function () {
    const t = await tree('newsComments', 'WithReplyForm', ['form', 'article[data-comment-id]']);
    if (!t) return this.skip();
    expect(t.nodes[0].role).to.equal('region');
    expect(t.nodes[0].name).to.not.equal('');
    expect(roles(t.nodes, 'heading').length).to.be.greaterThan(0);
    const articles = roles(t.nodes, 'article');
    expect(articles.length).to.be.greaterThan(1);
    for (const a of articles) expect(a.name).to.not.equal('');
    const fields = t.nodes.filter((n) => n.role === 'textbox');
    expect(fields.length).to.be.at.least(3);
    for (const f of fields) expect(f.name, 'a named field').to.not.equal('');
    const submit = roles(t.nodes, 'button').map((b) => b.name);
    expect(submit.length).to.be.greaterThan(0);
    const form = t.el.shadowRoot!.querySelector('form')!;
    expect(form.querySelector('input[autocomplete=name]'), 'name').to.not.equal(null);
    expect(form.querySelector('input[autocomplete=email]'), 'email').to.not.equal(null);
  });
});
