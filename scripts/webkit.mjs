// WebKit for the tests (`node scripts/test.mjs --webkit`): Debian's WebKitGTK MiniBrowser driven
// by its WebKitWebDriver over classic WebDriver (`@web/test-runner-webdriver`, webdriverio 9).
// WebKitGTK's MiniBrowser has no headless mode: without a DISPLAY it runs on its own Xvfb. The
// launcher starts Xvfb (when needed) and WebKitWebDriver on a free port when the runner starts
// it, and stops both when the runner stops it.
// Packages (Debian 12): `apt-get install -y webkit2gtk-driver xvfb` (WebKitGTK 2.50.x; the
// MiniBrowser comes with libwebkit2gtk-4.1-0).
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import {MINIBROWSER_PATHS, WEBKIT_DRIVER} from './browser.mjs';

/** WebDriver's codes of the named keys the tests press (W3C WebDriver, "keyboard actions"). */
const KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};
const code = (key) => (key.length === 1 ? key : KEYS[key]);

/**
 * A test-runner plugin for the WebKit runs: the runner's `sendKeys` command refuses `down` and
 * `up` for WebDriver browsers (Shift+Tab, Ctrl+End) before asking the launcher, so this one
 * wraps it to send them as WebDriver key actions (`WebKitLauncher#keyAction`).
 */
export function webkitKeysPlugin() {
  return {
    name: 'webkit-key-down-up',
    serverStart({config}) {
      const keys = config.plugins.find((p) => p.name === 'send-keys-command');
      if (!keys) throw new Error('news-blocks: the runner has no send-keys-command plugin to wrap');
      const run = keys.executeCommand;
      keys.executeCommand = function (args) {
        const {command, payload, session} = args;
        const type =
          payload && typeof payload === 'object'
            ? 'down' in payload
              ? 'keyDown'
              : 'up' in payload
                ? 'keyUp'
                : undefined
            : undefined;
        if (command === 'send-keys' && type && session.browser instanceof WebKitLauncher)
          return session.browser
            .keyAction(session.id, type, payload.down ?? payload.up)
            .then(() => true);
        return run.call(this, args);
      };
    },
  };
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const {port} = srv.address();
      srv.close(() => resolve(port));
    });
  });

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts Xvfb on a free display number; resolves to {display, proc}. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display and writes its number to fd 3 once it is ready.
    const proc = spawn(
      'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      }
    );
    let out = '';
    let err = '';
    proc.stderr.on('data', (d) => (err += d));
    proc.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({display: `:${out.trim()}`, proc});
    });
    proc.once('error', (e) =>
      reject(new Error(`Xvfb could not start (${e.message}): apt-get install -y xvfb`))
    );
    proc.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err.trim()}`)));
  });
}

async function startDriver(driverPath, env) {
  const port = await freePort();
  const proc = spawn(driverPath, [`--port=${port}`], {stdio: ['ignore', 'ignore', 'pipe'], env});
  let err = '';
  proc.stderr.on('data', (d) => (err += d));
  let exited = false;
  proc.once('exit', () => (exited = true));
  for (let i = 0; i < 100 && !exited; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/status`);
      if (r.ok) return {port, proc};
    } catch {
      // not listening yet
    }
    await delay(100);
  }
  proc.kill();
  throw new Error(`${driverPath} did not answer on port ${port}: ${err.trim()}`);
}

class WebKitLauncher extends WebdriverLauncher {
  constructor({binary, driver, args = []}) {
    super({
      logLevel: 'error',
      hostname: '127.0.0.1',
      port: 0, // set in initialize()
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitGTK 2.50's driver has no WebDriver BiDi: a session asking for `webSocketUrl`
        // (webdriverio 9's default) fails with "Failed to match capabilities".
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary, args: ['--automation', ...args]},
      },
    });
    this.binary = binary;
    this.driverPath = driver;
    this.procs = [];
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit (WebKitGTK MiniBrowser)';
    const env = {...process.env};
    if (!env.DISPLAY && !env.WAYLAND_DISPLAY) {
      const xvfb = await startXvfb();
      this.procs.push(xvfb.proc);
      env.DISPLAY = xvfb.display;
    }
    const driver = await startDriver(this.driverPath, env);
    this.procs.push(driver.proc);
    this.options.port = driver.port;
    // The runner may end with process.exit(): the children go with it.
    this.onExit = () => this.procs.forEach((p) => p.kill());
    process.once('exit', this.onExit);
  }

  /**
   * Typed text (the runner's `sendKeys({type})`, one character per key): each character pressed
   * and released in turn. webdriverio's `keys()` presses every key of the text down before it
   * releases any, and WebKitGTK's driver then types a repeated character once ("Hello" read
   * "Helo"). Named keys (`press: 'Enter'`) go as their WebDriver codes, the same way.
   */
  sendKeys(sessionId, keys) {
    const codes = keys.map(code);
    if (codes.some((c) => !c)) return super.sendKeys(sessionId, keys);
    return this.driverManager.performActions(sessionId, [
      {
        type: 'key',
        id: 'keyboard',
        actions: codes.flatMap((value) => [
          {type: 'keyDown', value},
          {type: 'keyUp', value},
        ]),
      },
    ]);
  }

  /** One key pressed (`keyDown`) or released (`keyUp`), held in between (Shift, Control). */
  keyAction(sessionId, type, key) {
    const value = code(key);
    if (!value) throw new Error(`news-blocks: no WebDriver code for the key "${key}"`);
    return this.driverManager.performActions(sessionId, [
      {type: 'key', id: 'keyboard', actions: [{type, value}]},
    ]);
  }

  async stop() {
    await super.stop();
    for (const p of this.procs.reverse()) p.kill();
    this.procs = [];
    if (this.onExit) process.off('exit', this.onExit);
  }
}

/**
 * A test-runner launcher for WebKitGTK's MiniBrowser. `binary`: the MiniBrowser, `driver`:
 * WebKitWebDriver (defaults: the first of the Debian paths that exists).
 */
export function webkitLauncher({
  binary = process.env.WEBKIT_PATH || MINIBROWSER_PATHS.find((p) => existsSync(p)),
  driver = process.env.WEBKIT_DRIVER_PATH ||
    (existsSync(WEBKIT_DRIVER) ? WEBKIT_DRIVER : undefined),
  args,
} = {}) {
  if (!binary || !driver)
    throw new Error(
      'news-blocks: WebKit tests need WebKitGTK (Debian: apt-get install -y webkit2gtk-driver xvfb).'
    );
  return new WebKitLauncher({binary, driver, args});
}
