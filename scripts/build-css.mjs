// Writes dist/cdn/news-blocks.css (the npm export `news-blocks/news-blocks.css` points at it)
// from the reservation table in src/styles/reserve.ts, built by tsc into dist/.
import {mkdirSync, writeFileSync} from 'node:fs';

const {lightDomReserveCss, RESERVE} = await import(
  new URL('../dist/styles/reserve.js', import.meta.url)
);
const {ARTICLE_LIST_RESERVE} = await import(
  new URL('../dist/styles/reserve-article-list.js', import.meta.url)
);
const {RELATED_RESERVE} = await import(
  new URL('../dist/styles/reserve-related-articles.js', import.meta.url)
);
mkdirSync(new URL('../dist/cdn/', import.meta.url), {recursive: true});
writeFileSync(
  new URL('../dist/cdn/news-blocks.css', import.meta.url),
  lightDomReserveCss({
    ...RESERVE,
    'article-list': ARTICLE_LIST_RESERVE,
    'related-articles': RELATED_RESERVE,
  })
);
console.log('dist/cdn/news-blocks.css written');
