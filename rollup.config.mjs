// Rollup builds only the CDN files, from tsc's output in dist/:
//  - dist/cdn/news-blocks.js: one ES module that defines every tag and exports the API;
//    heavy parts (sanitizer, extra locales) stay separate chunks loaded on demand.
//  - dist/cdn/news-blocks.iife.js: a classic script setting window.NewsBlocks.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = [
  nodeResolve({browser: true}),
  terser({format: {comments: false}, ecma: 2021, module: true}),
];

export default [
  {
    input: 'dist/define.js',
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
    },
    plugins,
  },
  {
    input: 'dist/define.js',
    output: {
      file: 'dist/cdn/news-blocks.iife.js',
      format: 'iife',
      name: 'NewsBlocks',
      inlineDynamicImports: true,
      sourcemap: true,
    },
    plugins: [nodeResolve({browser: true}), terser({format: {comments: false}, ecma: 2021})],
  },
];
