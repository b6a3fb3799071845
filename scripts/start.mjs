// `npm start`: build the package, then serve the repository so demo/ runs on the built code.
// PORT=8001 npm start serves on another port (default 8000).
// `npm run demo:wordpress` (`--wordpress`): the same against a live local WordPress with the seed
// content (test/wordpress/wordpress.mjs), stopped with the server.
import {spawnSync} from 'node:child_process';
import {createServer} from 'node:net';
import {startDevServer} from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

// The dev server only logs a busy port and then waits forever: ask the port first.
const free = await new Promise((resolve) => {
  const probe = createServer();
  probe.once('error', (e) => resolve(e.code !== 'EADDRINUSE'));
  probe.listen(config.port, () => probe.close(() => resolve(true)));
});
if (!free) {
  console.error(
    `\nnews-blocks demo: port ${config.port} is already in use (another \`npm start\`, or another server).\n` +
      `Stop that server, or pick a free port: PORT=${config.port + 1} npm start`
  );
  process.exit(1);
}

const build = spawnSync('npm', ['run', '--silent', 'build'], {stdio: 'inherit'});
if (build.status !== 0) process.exit(build.status ?? 1);

let wordpress;
if (process.argv.includes('--wordpress')) {
  const {ensureWordPress, startWordPress} = await import('../test/wordpress/wordpress.mjs');
  const ready = ensureWordPress();
  if (ready !== true) {
    console.error(
      `news-blocks: ${ready.replace('the WordPress suite is skipped', 'no WordPress')}`
    );
    process.exit(1);
  }
  wordpress = await startWordPress();
  // The /__news/wordpress route (test/server/middleware.mjs) tells the gallery where it is.
  process.env.NEWS_WP_INFO = JSON.stringify(wordpress.info);
}

const server = await startDevServer({
  config,
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const base = `http://localhost:${port}/demo/`;
console.log(
  `\nnews-blocks demo: ${base}  (every element and story, with controls)\n  article page:    ${base}article.html\n  partner page:    ${base}partner.html\n  card layouts:    ${base}cards.html\n${wordpress ? `  live WordPress:  ${wordpress.url}/  (its posts, article, comments and reply form are in the gallery's "Live WordPress" section)\n` : ''}(Ctrl+C to stop; PORT=… npm start for another port)`
);
