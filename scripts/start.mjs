// `npm start`: build the package, then serve the repository so demo/ runs on the built code.
import {spawnSync} from 'node:child_process';
import {startDevServer} from '@web/dev-server';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {testMiddleware} from '../test/server/middleware.mjs';

const build = spawnSync('npm', ['run', '--silent', 'build'], {stdio: 'inherit'});
if (build.status !== 0) process.exit(build.status ?? 1);

const port = Number(process.env.PORT) || 8000;
const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    nodeResolve: true,
    open: false,
    watch: false,
    // The stories gallery imports TypeScript; the /__news/ routes give stories their loading
    // and error states offline.
    plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2021'})],
    middleware: testMiddleware,
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server.address();
const actual = typeof address === 'object' && address ? address.port : port;
console.log(
  `\nnews-blocks demo: http://localhost:${actual}/demo/\nstories gallery: http://localhost:${actual}/demo/gallery.html\n(Ctrl+C to stop)`
);
