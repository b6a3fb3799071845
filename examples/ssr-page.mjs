// The seed article page rendered on the server: <news-article> and <related-articles> from one
// feed, loaded once in Node. `renderLight()` writes each element's data as a JSON child (the
// client hydrates from it and loads nothing) and the article's JSON-LD (`structured-data`).
import {loadFeed} from 'news-blocks';
import {html, renderLight, renderToString} from 'news-blocks/server.js';

/** The whole HTML document for `pageUrl`, its article and related ones read from `feedUrl`. */
export async function seedPage(pageUrl, feedUrl, clientScript) {
  const feed = await loadFeed(feedUrl);
  const article = feed.articles.find((a) => a.id.endsWith('5231')) ?? feed.articles[0];
  const body = await renderToString(
    html`<p class="category">English Review</p>
      <main class="seed-page">
        <news-article
          .article=${article}
          structured-data
          time-zone="Asia/Ho_Chi_Minh"
          date-format="hh:mm a dd/MM/yyyy"
          dateline-style="inline"
          breadcrumb-separator="/"
          tags-label="TAG:"
          >${renderLight()}</news-article
        >
        <related-articles
          .articles=${feed.articles}
          article-url=${article.url}
          limit="9"
          heading="Other Articles"
          time-zone="Asia/Ho_Chi_Minh"
          >${renderLight()}</related-articles
        >
      </main>`,
    {url: pageUrl, lang: 'en'}
  );
  return documentOf({
    title: article.title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;')),
    style: `
      .seed-page { display: grid; gap: 2rem; }
      news-article { background: #fff; padding: 1.5rem; border-radius: 0.5rem; --news-tags-label-suffix: ''; }
      news-article::part(section), related-articles::part(meta) { display: none; }`,
    clientScript,
    body,
  });
}

/**
 * A news page of elements that load their own `src`, rendered on the server: the server loads
 * each feed between its render passes and writes them into the page (one
 * `<script type="application/json" data-news-feeds>`), so the client hydrates from them and
 * requests nothing. `feedUrl` and `commentsUrl` may be relative to `pageUrl`; a list of
 * `missingUrl` shows how a feed the server could not load renders: its error state and Retry.
 */
export async function srcPage(pageUrl, feedUrl, commentsUrl, clientScript, missingUrl) {
  const zone = 'Asia/Ho_Chi_Minh';
  const body = await renderToString(
    html`<main class="src-page">
      <news-card src=${feedUrl} time-zone=${zone}></news-card>
      <article-list src=${feedUrl} limit="5" time-zone=${zone}></article-list>
      <related-articles
        src=${feedUrl}
        article-url="https://molisa.example.vn/english-review/im-japan"
        limit="4"
        time-zone=${zone}
      ></related-articles>
      <news-comments src=${commentsUrl} time-zone=${zone}></news-comments>
      ${missingUrl ? html`<article-list class="missing" src=${missingUrl}></article-list>` : ''}
    </main>`,
    {url: pageUrl, lang: 'en'}
  );
  return documentOf({
    title: 'News',
    style: '.src-page { display: grid; gap: 2rem; }',
    clientScript,
    body,
  });
}

/**
 * A long list rendered on the server: `count` articles (the feed's, repeated under new URLs)
 * in one `<article-list limit="0">` (of `layout` and `mode`), and in pages of 60 in another. The server writes every
 * card shown, not only the first chunk the browser renders at once, so readers without
 * JavaScript and crawlers get the whole list; the client hydrates them all.
 */
export async function longPage(pageUrl, feedUrl, clientScript, count = 120, {layout, mode} = {}) {
  const feed = await loadFeed(feedUrl);
  const day = 864e5;
  const articles = Array.from({length: count}, (_, i) => {
    const a = feed.articles[i % feed.articles.length];
    const url = `${a.url}${a.url.includes('?') ? '&' : '?'}n=${i}`;
    const published = new Date(Date.parse('2023-11-13T03:40:00Z') - i * day).toISOString();
    return {...a, id: `${a.id}-${i}`, url, title: `${i + 1}. ${a.title}`, published};
  });
  const body = await renderToString(
    html`<main>
      <article-list
        .articles=${articles}
        limit="0"
        layout=${layout ?? 'list'}
        mode=${mode ?? 'list'}
        heading="All the news"
        >${renderLight()}</article-list
      >
      <article-list
        class="paged"
        .articles=${articles}
        limit="60"
        load-more
        heading="News, 60 a page"
        >${renderLight()}</article-list
      >
    </main>`,
    {url: pageUrl, lang: 'en'}
  );
  return documentOf({title: 'All the news', clientScript, body});
}

/** The HTML document around a server-rendered `body`, with the demo's stylesheet. */
function documentOf({title, style = '', clientScript, body}) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/demo/demo.css" />
    <style>
      ${style}
    </style>
    <script type="module" src="${clientScript}"></script>
  </head>
  <body>
    ${body}
  </body>
</html>`;
}
