// Finds a browser for the tests: CHROME_PATH, else /usr/bin/chromium, else the usual Chrome
// paths. With none, as root on Debian or Ubuntu, installs Debian's package with apt-get (and
// says so); otherwise stops with a message that tells how to get one.
import {existsSync, readFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';

const CHROME_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
// WebKitGTK's MiniBrowser (Debian's libwebkit2gtk-4.1-0), driven by WebKitWebDriver
// (webkit2gtk-driver) on Xvfb (xvfb): see scripts/webkit.mjs.
export const MINIBROWSER_PATHS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const WEBKIT_PACKAGES = ['webkit2gtk-driver', 'xvfb'];
const webkitReady = () =>
  existsSync(WEBKIT_DRIVER) &&
  (process.env.DISPLAY || process.env.WAYLAND_DISPLAY || existsSync('/usr/bin/Xvfb'));

/**
 * Flags for headless Debian Chromium on a machine with a closed network (tests, bench,
 * screenshots): no sandbox as root, no background connections, and no throttling of a page that
 * is not in front (keyboard and rAF-driven tests need it).
 */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

function isDebianLike() {
  try {
    const os = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(os);
  } catch {
    return existsSync('/etc/debian_version');
  }
}

function aptInstall(pkg) {
  const pkgs = [pkg].flat();
  console.log(
    `news-blocks: no browser found; installing Debian's "${pkgs.join('", "')}" with apt-get (running as root).`
  );
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...pkgs],
  ]) {
    const r = spawnSync('apt-get', args, {stdio: 'inherit', env});
    if (r.status !== 0) return false;
  }
  return true;
}

/** Returns the executable path, or exits the process with a clear message. */
export function findBrowser(kind = 'chromium') {
  if (kind === 'webkit') return findWebKit();
  const firefox = kind === 'firefox';
  const fromEnv = firefox ? process.env.FIREFOX_PATH : process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(
      `news-blocks: ${firefox ? 'FIREFOX_PATH' : 'CHROME_PATH'}=${fromEnv} does not exist.`
    );
    process.exit(1);
  }
  const paths = firefox ? FIREFOX_PATHS : CHROME_PATHS;
  const found = paths.find((p) => existsSync(p));
  if (found) return found;
  const pkg = firefox ? 'firefox-esr' : 'chromium';
  if (process.getuid?.() === 0 && isDebianLike() && aptInstall(pkg)) {
    const installed = paths.find((p) => existsSync(p));
    if (installed) return installed;
  }
  console.error(
    `news-blocks: no ${firefox ? 'Firefox' : 'Chromium or Chrome'} found for the tests.\n` +
      (firefox
        ? '  Install Firefox ESR (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH.'
        : '  Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or Google Chrome,\n' +
          '  or set CHROME_PATH to the browser executable.')
  );
  process.exit(1);
}

function findWebKit() {
  const fromEnv = process.env.WEBKIT_PATH;
  if (fromEnv && !existsSync(fromEnv)) {
    console.error(`news-blocks: WEBKIT_PATH=${fromEnv} does not exist.`);
    process.exit(1);
  }
  const find = () => fromEnv || (webkitReady() && MINIBROWSER_PATHS.find((p) => existsSync(p)));
  const found = find();
  if (found) return found;
  if (process.getuid?.() === 0 && isDebianLike() && aptInstall(WEBKIT_PACKAGES)) {
    const installed = find();
    if (installed) return installed;
  }
  console.error(
    'news-blocks: no WebKitGTK MiniBrowser with WebKitWebDriver and Xvfb found for the tests.\n' +
      '  Debian/Ubuntu: sudo apt-get install webkit2gtk-driver xvfb, or set WEBKIT_PATH to the\n' +
      '  MiniBrowser (WebKitWebDriver on PATH, Xvfb or a DISPLAY).'
  );
  process.exit(1);
}
