// React, Vue and Svelte as a developer uses them: from the packed tarball, a tiny app per
// framework is built with Vite and opened in Chromium. Each app hands a card an object through
// a property, listens for `news-article-select`, and switches the page's language. The React app
// is also type-checked (TSX against `news-blocks/react-jsx.js`, including a line that must fail).
// Exits 1 with what went wrong.
import {spawnSync} from 'node:child_process';
import {createServer} from 'node:http';
import {readFileSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import {extname, join, resolve} from 'node:path';
import {chromium} from 'playwright-core';
import {build} from 'vite';
import vue from '@vitejs/plugin-vue';
import {svelte} from '@sveltejs/vite-plugin-svelte';
import {CHROME_FLAGS, findBrowser} from './browser.mjs';
import {consumerProject, packTarball, scratchDir} from './consumer-project.mjs';

const root = resolve('.');
const scratch = scratchDir('news-blocks-frameworks-');
const fail = (what) => {
  console.error(`✖ frameworks: ${what}`);
  rmSync(scratch, {recursive: true, force: true});
  process.exit(1);
};

const article = (by) => `{
  id: 'a1',
  title: 'Hello from ${by}',
  url: 'https://example.com/a1',
  published: new Date(Date.now() - 2 * 3600e3).toISOString(),
  authors: [],
  tags: [],
}`;
const html = (entry) =>
  `<!doctype html><html lang="en"><body><div id="app"></div><script type="module" src="./${entry}"></script></body></html>`;
const viButton = `document.documentElement.lang = 'vi'`;

const apps = {
  react: {
    files: {
      'index.html': html('main.tsx'),
      'main.tsx': `import {createRoot} from 'react-dom/client';
import {useState} from 'react';
import 'news-blocks/news-card.js';
import type {} from 'news-blocks/react-jsx.js';
import {NewsCard} from 'news-blocks/react.js';
import type {Article} from 'news-blocks';

const article: Article = ${article('React')};

function App() {
  const [selected, setSelected] = useState('');
  return (
    <>
      <news-card
        article={article}
        layout="horizontal"
        onnews-article-select={(e) => {
          e.preventDefault();
          setSelected(e.article.title);
        }}
      />
      {/* @ts-expect-error: layout takes only the documented values (the JSX types are real) */}
      <news-card layout="sideways" hidden />
      <NewsCard article={{...article, id: 'a2', title: 'Wrapped'}} onArticleSelect={(e) => e.preventDefault()} />
      <output id="selected">{selected}</output>
      <button id="vi" onClick={() => (${viButton})}>vi</button>
    </>
  );
}
createRoot(document.getElementById('app')!).render(<App />);
`,
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          lib: ['es2022', 'dom', 'dom.iterable'],
          module: 'esnext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['main.tsx'],
      }),
    },
    plugins: [],
    typecheck: true,
  },
  vue: {
    files: {
      'index.html': html('main.ts'),
      'main.ts': `import {createApp} from 'vue';
import App from './App.vue';
createApp(App).mount('#app');
`,
      'App.vue': `<script setup>
import 'news-blocks/news-card.js';
import {ref} from 'vue';
const article = ${article('Vue')};
const selected = ref('');
function onSelect(e) {
  e.preventDefault();
  selected.value = e.article.title;
}
function vi() {
  ${viButton};
}
</script>
<template>
  <news-card :article="article" layout="horizontal" @news-article-select="onSelect"></news-card>
  <output id="selected">{{ selected }}</output>
  <button id="vi" @click="vi">vi</button>
</template>
`,
    },
    plugins: async () => {
      const {isCustomElement} = await import(
        join(scratch, 'vue', 'node_modules', 'news-blocks', 'dist', 'frameworks', 'vue.js')
      );
      return [vue({template: {compilerOptions: {isCustomElement}}})];
    },
  },
  svelte: {
    files: {
      'index.html': html('main.js'),
      'main.js': `import {mount} from 'svelte';
import App from './App.svelte';
mount(App, {target: document.getElementById('app')});
`,
      'App.svelte': `<script>
  import 'news-blocks/news-card.js';
  const article = ${article('Svelte')};
  let selected = $state('');
  function onSelect(e) {
    e.preventDefault();
    selected = e.article.title;
  }
</script>
<news-card {article} layout="horizontal" onnews-article-select={onSelect}></news-card>
<output id="selected">{selected}</output>
<button id="vi" onclick={() => (${viButton})}>vi</button>
`,
    },
    plugins: () => [svelte()],
  },
};

const packed = packTarball(scratch);
const browser = await chromium.launch({
  executablePath: findBrowser('chromium'),
  args: CHROME_FLAGS,
});
const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css'};
try {
  for (const [name, app] of Object.entries(apps)) {
    const dir = consumerProject(scratch, packed.tarball, name);
    for (const [file, text] of Object.entries(app.files)) writeFileSync(join(dir, file), text);
    if (app.typecheck) {
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      const r = spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], {
        encoding: 'utf8',
      });
      if (r.status !== 0) fail(`${name}: the app does not type-check\n${r.stdout}${r.stderr}`);
      console.log(
        `${name}: TSX type-checks (typed property, event and a rejected attribute value)`
      );
    }
    mkdirSync(join(dir, 'dist'), {recursive: true});
    await build({
      root: dir,
      logLevel: 'warn',
      configFile: false,
      plugins: typeof app.plugins === 'function' ? await app.plugins() : app.plugins,
      build: {outDir: join(dir, 'dist'), emptyOutDir: true},
    });
    const server = createServer((req, res) => {
      const path = join(dir, 'dist', req.url === '/' ? 'index.html' : req.url.split('?')[0]);
      try {
        const body = readFileSync(path);
        res.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'});
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on(
      'console',
      (m) =>
        m.type() === 'error' &&
        !m.text().startsWith('Failed to load resource') &&
        errors.push(m.text())
    );
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
        errors.push(`${r.status()} ${r.url()}`);
    });
    try {
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      const card = page.locator('news-card').first();
      const headline = card.locator('a').first();
      await headline.waitFor({timeout: 15000});
      const title = (await headline.textContent())?.trim();
      if (title !== `Hello from ${name[0].toUpperCase()}${name.slice(1)}`)
        fail(`${name}: the card shows "${title}", not the object property's title`);
      const en = (await card.locator('time').first().textContent())?.trim();
      await headline.click();
      await page.locator('#selected').filter({hasText: title}).waitFor({timeout: 5000});
      await page.locator('#vi').click();
      const time = card.locator('time').first();
      let vi = en;
      for (let i = 0; i < 50 && vi === en; i++) {
        await page.waitForTimeout(200);
        vi = (await time.textContent())?.trim();
      }
      if (vi === en) fail(`${name}: the page's language switched to vi, the card stayed "${en}"`);
      if (errors.length) fail(`${name}: console errors: ${errors.join('; ')}`);
      console.log(
        `${name}: property renders "${title}", news-article-select arrives, lang en → vi ("${en}" → "${vi}")`
      );
    } finally {
      await page.close();
      server.close();
    }
  }
} catch (e) {
  fail(e instanceof Error ? e.stack : String(e));
} finally {
  await browser.close();
}
rmSync(scratch, {recursive: true, force: true});
