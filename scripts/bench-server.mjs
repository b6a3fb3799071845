// The dev server the benchmarks and profilers load their pages from: the project's sources
// compiled by esbuild, the production exports of dependencies, a free port.
import {startDevServer} from '@web/dev-server';
import {esbuildPlugin} from '@web/dev-server-esbuild';

/** Starts the dev server on `root` (the project folder, ending in /); resolves to it and its port. */
export async function startBenchServer(root) {
  const server = await startDevServer({
    config: {
      rootDir: root,
      port: 0,
      nodeResolve: {exportConditions: ['production']},
      plugins: [esbuildPlugin({ts: true, tsconfig: `${root}tsconfig.json`, target: 'es2021'})],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return {server, port: server.server.address().port};
}
