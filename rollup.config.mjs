// Rollup builds only the CDN files, from tsc's output in dist/:
//  - dist/cdn/news-blocks.js (from src/cdn.ts): one ES module that defines <news-card> at once
//    and every other tag when it first appears in the page (each element its own chunk), and
//    exports the light API; heavy parts (parsers, sanitizer, extra locales) stay on demand.
//  - dist/cdn/news-blocks.iife.js (from src/define.ts): a classic script that defines every tag
//    and sets window.NewsBlocks with every class (one file: classic scripts cannot load chunks).
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = [
  nodeResolve({browser: true}),
  terser({format: {comments: false}, ecma: 2021, module: true}),
];

// tsc's decorator helper reads `this` at module level; in ES modules that is undefined, which
// is what the helper expects. Say so once instead of once per element.
const onwarn = (warning, warn) => {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
};

export default [
  {
    input: 'dist/cdn.js',
    onwarn,
    output: {
      file: undefined,
      dir: 'dist/cdn',
      entryFileNames: 'news-blocks.js',
      // Locale modules are named locale-* so the size check can hold each to 1.5 KiB.
      chunkFileNames: (chunk) =>
        chunk.facadeModuleId?.includes('/generated/locales/')
          ? 'chunks/locale-[name]-[hash].js'
          : 'chunks/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
      // Sources point at dist/*.js, which ship beside the bundle (with their own maps to src):
      // the maps stay small and still lead a debugger to the TypeScript.
      sourcemapExcludeSources: true,
    },
    plugins,
  },
  {
    input: 'dist/define.js',
    onwarn,
    output: {
      file: 'dist/cdn/news-blocks.iife.js',
      format: 'iife',
      name: 'NewsBlocks',
      inlineDynamicImports: true,
      sourcemap: true,
      // Sources point at dist/*.js, which ship beside the bundle (with their own maps to src):
      // the maps stay small and still lead a debugger to the TypeScript.
      sourcemapExcludeSources: true,
    },
    plugins: [nodeResolve({browser: true}), terser({format: {comments: false}, ecma: 2021})],
  },
];
