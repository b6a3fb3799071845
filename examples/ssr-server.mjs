// A server-rendered news page: `node examples/ssr-server.mjs` (after `npm run build`), then open
// the URL it prints, with JavaScript on or off. Node renders the seed article page with
// @lit-labs/ssr; @web/dev-server serves the page, the feed and the client's modules.
import {startDevServer} from '@web/dev-server';
import {seedPage} from './ssr-page.mjs';

/** Starts the server on `port`; `seen(url)` hears every request (the check counts feed loads). */
export async function startSsrServer({port = 8010, seen = () => {}} = {}) {
  const origin = `http://127.0.0.1:${port}`;
  const ssrPage = {
    name: 'ssr-page',
    async serve(context) {
      if (context.path !== '/') return undefined;
      const feed = `${origin}/demo/sample/seed.wp.json`;
      return {body: await seedPage(`${origin}/`, feed, '/examples/ssr-client.js'), type: 'html'};
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
}
