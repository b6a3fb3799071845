// Every card layout, light and dark: the built-in sample feed (demo/sample/feed.json) through the built package.
import '/dist/define.js';
import {normalizeFeed} from '/dist/index.js';

const LAYOUTS = ['hero', 'vertical', 'horizontal', 'compact'];
const feedUrl = new URL('./sample/feed.json', import.meta.url).href;

function section(scheme, articles) {
  const wrap = document.createElement('section');
  wrap.className = `scheme scheme--${scheme}`;
  wrap.setAttribute('aria-labelledby', `h-${scheme}`);
  wrap.innerHTML = `<h2 id="h-${scheme}">${scheme === 'dark' ? 'Dark' : 'Light'}</h2><div class="layouts"></div>
    <h2>Other articles (${scheme})</h2><ul class="teasers"></ul>`;
  const layouts = wrap.querySelector('.layouts');
  LAYOUTS.forEach((layout, i) => {
    const box = document.createElement('div');
    box.className = `layout layout--${layout}`;
    box.innerHTML = `<h3>layout="${layout}"</h3>`;
    const card = document.createElement('news-card');
    card.layout = layout;
    card.colorScheme = scheme;
    card.headingLevel = 4;
    card.article = articles[i % 2];
    box.append(card);
    layouts.append(box);
  });
  const list = wrap.querySelector('.teasers');
  for (const article of articles.slice(2)) {
    const li = document.createElement('li');
    const card = document.createElement('news-card');
    card.colorScheme = scheme;
    card.article = article;
    li.append(card);
    list.append(li);
  }
  return wrap;
}

// No top-level await: the dev server's esbuild target (es2021) rejects it.
async function main() {
  const gallery = document.getElementById('gallery');
  const feed = normalizeFeed(await (await fetch(feedUrl)).json(), feedUrl);
  gallery.append(section('light', feed.articles), section('dark', feed.articles));
  gallery.removeAttribute('aria-busy');
}
main();
