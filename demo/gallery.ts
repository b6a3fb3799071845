// The stories gallery: every story of every stories file, with locale, theme and layout controls
// and a "try your own feed URL" box. Served by `npm start` (the dev server compiles TypeScript).
import {html, render, nothing} from 'lit';
import {storyFiles} from '../stories/index.js';
import {SUPPORTED_LOCALES} from '../src/i18n/locales.js';

type Story = {args?: Record<string, unknown>};
type Meta = {
  title: string;
  args?: Record<string, unknown>;
  render: (a: Record<string, unknown>) => unknown;
};
const files = Object.values(storyFiles);

const form = document.getElementById('controls') as HTMLFormElement;
const langSelect = form.elements.namedItem('lang') as HTMLSelectElement;
for (const l of SUPPORTED_LOCALES) langSelect.add(new Option(l, l));

function draw() {
  const data = new FormData(form);
  const lang = String(data.get('lang') || '');
  const theme = String(data.get('theme') || '');
  const layout = String(data.get('layout') || '');
  const src = String(data.get('src') || '');
  const proxy = String(data.get('proxy') || '');
  document.documentElement.classList.toggle('forced', theme === 'forced');
  const sections = files.map((mod) => {
    const meta = mod.default as Meta;
    return html`<section class="story-file">
      <h2>${meta.title}</h2>
      ${
        src
          ? html`<div class="story">
              <h3>Your feed</h3>
              <news-card
                src=${src}
                proxy=${proxy || nothing}
                lang=${lang || nothing}
                layout=${layout || 'horizontal'}
              ></news-card>
            </div>`
          : nothing
      }
      <div class="layouts">
        ${Object.entries(mod)
          .filter(([name]) => name !== 'default')
          .map(([name, story]) => {
            const args: Record<string, unknown> = {...meta.args, ...(story as Story).args};
            if (lang) args.lang = lang;
            if (layout) args.layout = layout;
            if (theme === 'light' || theme === 'dark') args.colorScheme = theme;
            return html`<div class="story">
              <h3>${name}</h3>
              ${meta.render(args)}
            </div>`;
          })}
      </div>
    </section>`;
  });
  render(sections, document.getElementById('stories')!);
}

form.addEventListener('input', draw);
form.addEventListener('submit', (e) => e.preventDefault());
draw();
