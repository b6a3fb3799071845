// `npm start`: build the package, then serve the repository so demo/ runs on the built code.
import {spawnSync} from 'node:child_process';
import {startDevServer} from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

const build = spawnSync('npm', ['run', '--silent', 'build'], {stdio: 'inherit'});
if (build.status !== 0) process.exit(build.status ?? 1);

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
  `\nnews-blocks demo: ${base}  (every element and story, with controls)\n  article page:    ${base}article.html\n  partner page:    ${base}partner.html\n  card layouts:    ${base}cards.html\n(Ctrl+C to stop)`
);
