// The demo gallery (`npm start` serves it): every story of every stories file, with controls
// for element, story, locale, theme and layout, one control per argument of the chosen story
// (from its argTypes), and a "try your own feed" box. The dev server compiles the TypeScript.
import {html, render, nothing, type TemplateResult} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {storyFiles} from '../stories/index.js';
import {SUPPORTED_LOCALES} from '../src/i18n/locales.js';
import '../src/news-card/news-card.js';
import '../src/article-list/article-list.js';

type Args = Record<string, unknown>;
type Story = {args?: Args; name?: string; render?: (a: Args) => unknown};
type ArgType = {
  control?: string | {type?: string; min?: number; max?: number};
  options?: unknown[];
};
type Meta = {
  title: string;
  args?: Args;
  argTypes?: Record<string, ArgType>;
  render: (a: Args) => unknown;
};

const files = Object.entries(storyFiles).map(([key, mod]) => ({
  key,
  meta: mod.default as Meta,
  stories: Object.entries(mod).filter(([name]) => name !== 'default') as [string, Story][],
}));

const form = document.getElementById('controls') as HTMLFormElement;
const argsForm = document.getElementById('args') as HTMLFormElement;
const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
for (const l of SUPPORTED_LOCALES) field('lang').add(new Option(l, l));
for (const f of files)
  field('file').add(new Option(f.meta.title.replace(/^Elements\//, ''), f.key));
const layouts = new Set<string>();
for (const f of files)
  for (const o of f.meta.argTypes?.layout?.options ?? []) layouts.add(String(o));
for (const l of layouts) field('layout').add(new Option(l, l));

/**
 * The live WordPress of `npm run demo:wordpress` (test/wordpress/wordpress.mjs), when it runs:
 * its URL and the ids of the seed posts, from the dev server's /__news/wordpress route.
 */
let live: {url: string; posts: {hoan: number}} | undefined;

function liveTemplate(lang: string) {
  if (!live) return nothing;
  const api = `${live.url}/wp-json/wp/v2`;
  return html`<section class="story-file" aria-labelledby="live-wp">
    <h2 id="live-wp">Live WordPress (${live.url})</h2>
    <div class="layouts">
      <div class="story">
        <h3>article-list: wp/v2/posts?_embed</h3>
        <article-list
          src=${`${api}/posts?_embed&per_page=6`}
          lang=${lang || nothing}
          layout="grid"
          load-more
          time-zone="Asia/Ho_Chi_Minh"
        ></article-list>
      </div>
      <div class="story">
        <h3>news-article and news-comments (allow-reply)</h3>
        <news-article
          src=${`${api}/posts/${live.posts.hoan}?_embed`}
          lang=${lang || nothing}
          time-zone="Asia/Ho_Chi_Minh"
        ></news-article>
        <news-comments
          src=${`${api}/comments?post=${live.posts.hoan}&per_page=4`}
          lang=${lang || nothing}
          allow-reply
          time-zone="Asia/Ho_Chi_Minh"
        ></news-comments>
      </div>
    </div>
  </section>`;
}

/** Values the designer set in the per-story argument form. */
let overrides: Args = {};

function fillStories() {
  const file = files.find((f) => f.key === field('file').value);
  const story = field('story');
  story.length = 1;
  for (const [name] of file?.stories ?? []) story.add(new Option(name, name));
  story.disabled = !file;
}

function controlFor(name: string, type: ArgType | undefined, value: unknown): TemplateResult {
  const kind = typeof type?.control === 'string' ? type.control : type?.control?.type;
  if (type?.options)
    return html`<label
      >${name}
      <select name=${name}>
        <option value="" ?selected=${value === undefined}>—</option>
        ${type.options.map(
          (o) => html`<option value=${String(o)} ?selected=${o === value}>${String(o)}</option>`
        )}
      </select></label
    >`;
  if (kind === 'boolean' || typeof value === 'boolean')
    return html`<label class="check"
      ><input type="checkbox" name=${name} ?checked=${value === true} /> ${name}</label
    >`;
  if (kind === 'number' || typeof value === 'number')
    return html`<label
      >${name} <input type="number" name=${name} .value=${String(value ?? '')}
    /></label>`;
  if (typeof value === 'string' || kind === 'text')
    return html`<label>${name} <input name=${name} .value=${String(value ?? '')} /></label>`;
  return html``;
}

function drawArgs(meta: Meta | undefined, story: Story | undefined) {
  argsForm.hidden = !meta || !story;
  if (!meta || !story) return render(nothing, argsForm);
  const args = {...meta.args, ...story.args, ...overrides};
  const names = [...new Set([...Object.keys(meta.argTypes ?? {}), ...Object.keys(args)])];
  render(
    html`<strong>Arguments</strong>
      ${names.map((n) => controlFor(n, meta.argTypes?.[n], args[n]))}`,
    argsForm
  );
}

function readArgs(): Args {
  const out: Args = {};
  for (const el of argsForm.elements) {
    const input = el as HTMLInputElement;
    if (!input.name) continue;
    if (input.type === 'checkbox') out[input.name] = input.checked;
    else if (input.type === 'number') out[input.name] = Number(input.value);
    else if (input.value !== '') out[input.name] = input.value;
  }
  return out;
}

function draw() {
  const data = new FormData(form);
  const get = (k: string) => String(data.get(k) || '');
  const [lang, theme, layout, src, proxy] = ['lang', 'theme', 'layout', 'src', 'proxy'].map(get);
  document.documentElement.classList.toggle('forced', theme === 'forced');
  const chosen = files.filter((f) => !get('file') || f.key === get('file'));
  const one = chosen.length === 1 && get('story') ? chosen[0] : undefined;
  const oneStory = one?.stories.find(([n]) => n === get('story'))?.[1];
  drawArgs(one?.meta, oneStory);
  const yourFeed = src
    ? html`<section class="story-file" aria-labelledby="your-feed">
        <h2 id="your-feed">Your feed</h2>
        <article-list
          src=${src}
          proxy=${proxy || nothing}
          lang=${lang || nothing}
          layout=${layout && layout !== 'vertical' ? layout : 'grid'}
          limit="6"
        ></article-list>
      </section>`
    : nothing;
  const sections = chosen.map(({key, meta, stories}) => {
    const shown = stories.filter(([name]) => !one || name === get('story'));
    return html`<section class="story-file ${one ? 'single' : ''}" aria-labelledby=${`h-${key}`}>
      <h2 id=${`h-${key}`}>${meta.title.replace(/^Elements\//, '')}</h2>
      <div class="layouts">
        ${shown.map(([name, story]) => {
          const args: Args = {...meta.args, ...story.args, ...(one ? overrides : {})};
          if (lang) args.lang = lang;
          const layoutOptions = meta.argTypes?.layout?.options;
          if (layout && layoutOptions?.includes(layout)) args.layout = layout;
          if (theme === 'light' || theme === 'dark' || theme === 'auto') args.colorScheme = theme;
          return html`<div class="story">
            <h3>${name}</h3>
            ${(story.render ?? meta.render)(args)}
          </div>`;
        })}
      </div>
    </section>`;
  });
  // Every control change renders fresh elements (a changed `lang` attribute alone would leave
  // an element in its old language), and the state goes into the URL so it can be shared.
  const state = new URLSearchParams();
  for (const [k, v] of data) if (v !== '') state.set(k, String(v));
  if (one) for (const [k, v] of Object.entries(overrides)) state.set(`arg.${k}`, String(v));
  const query = state.toString();
  if (query !== location.search.slice(1))
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  render(
    keyed(query, [liveTemplate(lang), yourFeed, sections]),
    document.getElementById('stories')!
  );
}

form.addEventListener('input', (e) => {
  if ((e.target as HTMLElement).getAttribute('name') === 'file') fillStories();
  if (['file', 'story'].includes((e.target as HTMLElement).getAttribute('name') ?? ''))
    overrides = {};
  draw();
});
argsForm.addEventListener('input', () => {
  overrides = readArgs();
  draw();
});
form.addEventListener('submit', (e) => e.preventDefault());
argsForm.addEventListener('submit', (e) => e.preventDefault());
// Links and `npm run screenshots` open one story directly: ?file=newsCard&story=Hero&lang=vi;
// `arg.<name>=<value>` sets a story argument (the URL draw() writes).
const params = new URLSearchParams(location.search);
for (const [k, v] of params)
  if (k !== 'story' && !k.startsWith('arg.') && field(k)) field(k).value = v;
fillStories();
if (params.has('story')) field('story').value = params.get('story')!;
for (const [k, v] of params)
  if (k.startsWith('arg.'))
    overrides[k.slice(4)] =
      v === 'true' ? true : v === 'false' ? false : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
draw();
void fetch('/__news/wordpress')
  .then(async (r) => {
    // `{reason}` when none runs.
    const got = (await r.json()) as typeof live | {reason: string};
    if (!r.ok || !got || 'reason' in got) return;
    live = got;
    draw();
  })
  .catch(() => undefined);
