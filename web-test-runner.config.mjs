// @web/test-runner: every test in a real headless browser (Debian's Chromium by default,
// Firefox ESR with NEWS_BROWSER=firefox), fixtures served over real HTTP by this server.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {sourcesOnly} from './scripts/sources-only.mjs';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import * as puppeteerCore from 'puppeteer-core';
import {CHROME_FLAGS} from './scripts/browser.mjs';
import {countsReporter} from './scripts/counts-reporter.mjs';
import {testMiddleware} from './test/server/middleware.mjs';
import {screenshotPlugin} from './test/server/screenshot-plugin.mjs';
import {timezonePlugin} from './test/server/timezone-plugin.mjs';
import {axTreePlugin} from './test/server/ax-tree-plugin.mjs';

const firefox = process.env.NEWS_BROWSER === 'firefox';

const browser = firefox
  ? chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
        headless: true,
      },
    })
  : chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: CHROME_FLAGS,
      },
    });

export default {
  files: process.env.NEWS_TEST_FILES
    ? process.env.NEWS_TEST_FILES.split(',')
    : ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  plugins: [
    sourcesOnly(esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2021'})),
    timezonePlugin(),
    axTreePlugin(),
    screenshotPlugin(),
  ],
  middleware: testMiddleware,
  browsers: [browser],
  // One page at a time: a second page is a background tab whose requestAnimationFrame never
  // fires, and keyboard tests need focus (seen: 36 timeouts with 2, none with 1).
  concurrency: 1,
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
  browserStartTimeout: 60000,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: {config: {timeout: 10000}},
  reporters: [
    defaultReporter({reportTestResults: true, reportTestProgress: false}),
    countsReporter(),
  ],
};
