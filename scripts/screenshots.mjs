// `npm run screenshots`: PNGs of the main blocks in headless Chromium, for the README and for
// designers (docs/screenshots/). Builds the package, serves the repository like `npm start`,
// opens each story in the demo gallery (`/demo/?file=…&story=…`) and shoots that one story.
// `--no-build` reuses dist/.
import {spawnSync} from 'node:child_process';
import {mkdirSync} from 'node:fs';
import {startDevServer} from '@web/dev-server';
import {chromium} from 'playwright-core';
import config from '../web-dev-server.config.mjs';
import {CHROME_FLAGS, findBrowser} from './browser.mjs';

/** name → the story and what else the page needs. */
const SHOTS = [
  {name: 'news-card', file: 'newsCard', story: 'Horizontal'},
  {name: 'news-card-dark', file: 'newsCard', story: 'Dark'},
  {name: 'news-card-ar', file: 'newsCard', story: 'RTL'},
  {name: 'article-list-grid', file: 'articleList', story: 'Grid', width: 1100},
  {name: 'article-list-carousel', file: 'articleList', story: 'Carousel', width: 1100},
  {name: 'related-articles', file: 'relatedArticles', story: 'Default'},
  {name: 'photo-caption', file: 'photoCaption', story: 'Bilingual'},
  {name: 'news-breadcrumbs', file: 'newsBreadcrumbs', story: 'Default'},
  {name: 'news-tags', file: 'newsTags', story: 'SeedTheme'},
  {name: 'news-time', file: 'newsTime', story: 'VietnameseDate'},
  {name: 'photo-caption-zoomable', file: 'photoCaption', story: 'Zoomable'},
  {name: 'news-article', file: 'newsArticle', story: 'Default', width: 900, height: 2400},
  {name: 'news-article-vi', file: 'newsArticle', story: 'VietnameseUI', width: 900, height: 2400},
];

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], {stdio: 'inherit'});
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = await startDevServer({
  config: {...config, port: 0},
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const {port} = server.server.address();
const browser = await chromium.launch({
  executablePath: findBrowser('chromium'),
  args: CHROME_FLAGS,
});
mkdirSync('docs/screenshots', {recursive: true});
let failed = 0;
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: {width: shot.width ?? 720, height: shot.height ?? 900},
      reducedMotion: 'reduce',
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const url = `http://localhost:${port}/demo/?file=${shot.file}&story=${shot.story}`;
    await page.goto(url, {waitUntil: 'load'});
    const known = await page.locator(`select[name=story] option[value="${shot.story}"]`).count();
    const story = page.locator('#stories .story').first();
    if (!known || !(await story.count())) {
      console.error(`✖ ${shot.name}: no story ${shot.file}/${shot.story} (${errors.join('; ')})`);
      failed++;
      await page.close();
      continue;
    }
    // Let locale chunks, images and lazy element chunks arrive.
    await page.waitForLoadState('networkidle', {timeout: 10000}).catch(() => undefined);
    await page.waitForTimeout(300);
    const path = `docs/screenshots/${shot.name}.png`;
    await story.screenshot({path, animations: 'disabled'});
    console.log(`✔ ${path}${errors.length ? `  (page errors: ${errors.join('; ')})` : ''}`);
    if (errors.length) failed++;
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
process.exit(failed ? 1 : 0);
