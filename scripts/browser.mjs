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
  console.log(
    `news-blocks: no browser found; installing Debian's "${pkg}" with apt-get (running as root).`
  );
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', pkg],
  ]) {
    const r = spawnSync('apt-get', args, {stdio: 'inherit', env});
    if (r.status !== 0) return false;
  }
  return true;
}

/** Returns the executable path, or exits the process with a clear message. */
export function findBrowser(kind = 'chromium') {
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
