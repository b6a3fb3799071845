// Server-rendered news pages: `node examples/ssr-server.mjs` (after `npm run build`), then open
// the URLs it prints, with JavaScript on or off. Node renders the seed article page (data given
// as properties) and a page of elements with `src` (loaded by the server) with @lit-labs/ssr;
// @web/dev-server serves the pages, the feed, the comments and the client's modules.
import {readFile} from 'node:fs/promises';
import {startDevServer} from '@web/dev-server';
import {longPage, seedPage, srcPage} from './ssr-page.mjs';

const COMMENTS = '/wp-json/wp/v2/comments?post=8';

/** Starts the server on `port`; `seen(url)` hears every request (the check counts feed loads). */
export async function startSsrServer({port = 8010, seen = () => {}} = {}) {
  const origin = `http://127.0.0.1:${port}`;
  const ssrPage = {
    name: 'ssr-page',
    async serve(context) {
      const client = '/examples/ssr-client.js';
      if (context.path === '/') {
        const feed = `${origin}/demo/sample/seed.wp.json`;
        return {body: await seedPage(`${origin}/`, feed, client), type: 'html'};
      }
      // Elements with `src` (relative URLs): the server loads them over HTTP from this server.
      if (context.path === '/news')
        return {
          body: await srcPage(
            `${origin}/news`,
            '/demo/sample/seed.wp.json',
            COMMENTS,
            client,
            context.query.missing === undefined ? undefined : '/missing-feed.json'
          ),
          type: 'html',
        };
      // A list longer than the browser's first chunk: every card in the HTML (`?count=`: up to 500; `&layout=`, `&mode=`).
      if (context.path === '/long')
        return {
          body: await longPage(
            `${origin}/long`,
            `${origin}/demo/sample/seed.wp.json`,
            client,
            Math.min(Number(context.query.count) || 120, 500),
            {layout: context.query.layout, mode: context.query.mode}
          ),
          type: 'html',
        };
      // A WordPress comments endpoint answered from the test fixture.
      if (context.path === '/wp-json/wp/v2/comments') {
        context.set('x-wp-total', '3');
        const body = await readFile('test/fixtures/comments/seed.json', 'utf8');
        return {body, type: 'json'};
      }
      return undefined;
    },
  };
  const log = (ctx, next) => (seen(ctx.url, ctx.get('user-agent')), next());
  // Lit's production build (its dev build warns in the console).
  const nodeResolve = {exportConditions: ['production']};
  const config = {rootDir: '.', hostname: '127.0.0.1', port, nodeResolve};
  return startDevServer({
    config: {...config, plugins: [ssrPage], middleware: [log]},
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT) || 8010;
  await startSsrServer({port});
  console.log(`news-blocks: server-rendered seed page at http://127.0.0.1:${port}/`);
  console.log(
    `news-blocks: elements with src, rendered on the server: http://127.0.0.1:${port}/news`
  );
  console.log(
    `news-blocks: a list of 120 articles, rendered on the server: http://127.0.0.1:${port}/long`
  );
}
