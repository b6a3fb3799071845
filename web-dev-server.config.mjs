// @web/dev-server config for the demo (`npm start` uses it; `npx wds` does too, without the build).
// rootDir is the repository: the demo imports the built package from /dist/ and the stories'
// TypeScript from /stories/ and /src/ (compiled on the fly by esbuild).
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {sourcesOnly} from './scripts/sources-only.mjs';
import {testMiddleware} from './test/server/middleware.mjs';

export default {
  rootDir: '.',
  port: Number(process.env.PORT) || 8000,
  nodeResolve: true,
  open: false,
  watch: false,
  // The stories gallery imports TypeScript; the /__news/ routes give stories their loading
  // and error states offline.
  plugins: [sourcesOnly(esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2021'}))],
  middleware: testMiddleware,
};
