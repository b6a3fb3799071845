// A real WordPress for the tests: MariaDB in a temporary data directory and WordPress under
// PHP's built-in server, each on a free loopback port, installed with WordPress's own installer
// and filled with the seed pages' content through its PHP API (setup.php). Everything it starts
// is stopped by `stop()`, on failure, and on SIGINT/SIGTERM/SIGHUP.
//
//   node test/wordpress/wordpress.mjs   # starts it, prints the URL, runs until Ctrl+C
//
// Needs Debian's packages `wordpress mariadb-server php-cli php-mysql`; `ensureWordPress()`
// installs them with apt-get when it runs as root on Debian/Ubuntu.
import {spawn, spawnSync} from 'node:child_process';
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {createServer, connect} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const WP_SOURCE = '/usr/share/wordpress';
/** Small InnoDB files: a test database holds a few hundred rows. */
const INNODB = ['--innodb-log-file-size=4M', '--innodb-data-file-path=ibdata1:4M:autoextend'];
const PACKAGES = ['wordpress', 'mariadb-server', 'php-cli', 'php-mysql'];

const which = (cmd) =>
  ['/usr/sbin', '/usr/bin', '/sbin', '/bin', ...(process.env.PATH ?? '').split(':')]
    .map((d) => join(d, cmd))
    .find((p) => existsSync(p));

/** What is missing for a local WordPress (empty: everything is there). */
export function missingForWordPress() {
  const missing = [];
  if (!existsSync(join(WP_SOURCE, 'wp-load.php'))) missing.push('wordpress');
  if (!which('mariadbd') || !which('mariadb-install-db')) missing.push('mariadb-server');
  const php = which('php');
  if (!php) missing.push('php-cli');
  else if (!/mysqli/.test(spawnSync(php, ['-m'], {encoding: 'utf8'}).stdout ?? ''))
    missing.push('php-mysql');
  return missing;
}

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return existsSync('/etc/debian_version');
  }
}

/**
 * True when WordPress can run here. When packages are missing, installs them with apt-get as
 * root on Debian/Ubuntu; otherwise returns a sentence saying why the suite is skipped.
 */
export function ensureWordPress() {
  let missing = missingForWordPress();
  if (!missing.length) return true;
  if (process.getuid?.() === 0 && isDebianLike()) {
    console.log(
      `news-blocks: installing ${PACKAGES.join(' ')} with apt-get for the WordPress suite (running as root).`
    );
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    const install = [
      '-o',
      'DPkg::Lock::Timeout=300',
      'install',
      '-y',
      '-qq',
      '--no-install-recommends',
      ...PACKAGES,
    ];
    let r = spawnSync('apt-get', install, {stdio: 'inherit', env});
    if (r.status !== 0) {
      spawnSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
      r = spawnSync('apt-get', install, {stdio: 'inherit', env});
    }
    missing = missingForWordPress();
    if (!missing.length) return true;
  }
  return `the WordPress suite is skipped: ${missing.join(', ')} not installed (Debian/Ubuntu: sudo apt-get install --no-install-recommends ${PACKAGES.join(' ')}).`;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const {port} = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });
}

/** Signals a child's whole process group (it was spawned detached), else the child. */
function signalGroup(child, signal) {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // Already gone.
    }
  }
}

function isWritable(dir) {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

function canConnect(port) {
  return new Promise((resolve) => {
    const c = connect({port, host: '127.0.0.1'});
    c.once('connect', () => (c.destroy(), resolve(true)));
    c.once('error', () => resolve(false));
  });
}

async function waitForPort(port, child, what, ms = 30000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}) on start`);
    if (await canConnect(port)) return;
    await delay(50);
  }
  throw new Error(`${what} did not listen on 127.0.0.1:${port} within ${ms / 1000} s`);
}

/** The PHP block of the "WordPress recipe" in docs/embedding.md, as written there. */
export function embeddingGuidePlugin() {
  const doc = readFileSync(new URL('../../docs/embedding.md', import.meta.url), 'utf8');
  const recipe = doc.slice(doc.indexOf('### WordPress recipe'));
  const m = /```php\n([\s\S]*?)```/.exec(recipe);
  if (!m) throw new Error('docs/embedding.md has no ```php block under "### WordPress recipe"');
  // The guide indents the block inside a list item: drop the common indentation.
  const lines = m[1].split('\n');
  const indent = Math.min(
    ...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0)
  );
  return lines.map((l) => l.slice(indent)).join('\n');
}

const TEST_PLUGIN = `<?php
// Test-only settings (not part of the embedding guide): anonymous comments over REST (what
// <news-comments allow-reply> posts to), no mail, and a local avatar so no test reaches the
// internet.
add_filter('rest_allow_anonymous_comments', '__return_true');
add_filter('pre_wp_mail', '__return_false');
add_filter('get_avatar_url', function ($url, $id, $args) {
  return includes_url('images/w-logo-blue.png') . '?s=' . (int) $args['size'];
}, 10, 3);
`;

const ROUTER = `<?php
// php -S router: existing files as they are, everything else through WordPress's index.php.
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if ($path !== '/' && !str_contains($path, '..') && is_file(__DIR__ . $path)) return false;
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = __DIR__ . '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
require __DIR__ . '/index.php';
`;

function wpConfig(dir, url, dbPort) {
  const q = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', '127.0.0.1:${dbPort}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', ${q(url)});
define('WP_SITEURL', ${q(url)});
define('WP_CONTENT_DIR', ${q(join(dir, 'wp-content'))});
define('WP_CONTENT_URL', ${q(url + '/wp-content')});
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_DEBUG', false);
define('WP_HTTP_BLOCK_EXTERNAL', true);
foreach (['AUTH_KEY','SECURE_AUTH_KEY','LOGGED_IN_KEY','NONCE_KEY','AUTH_SALT','SECURE_AUTH_SALT','LOGGED_IN_SALT','NONCE_SALT'] as $k) define($k, 'news-blocks-test-' . $k);
$table_prefix = 'wp_';
define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

/**
 * Starts MariaDB and WordPress, installs and imports. Resolves with `{url, info, stop}`:
 * `info` is setup.php's JSON (post, media, term and comment ids). Rejects (after stopping what
 * it started) when any step fails.
 */
export async function startWordPress({quiet = false} = {}) {
  const log = quiet ? () => undefined : (s) => console.log(`wordpress: ${s}`);
  const t0 = Date.now();
  // tmpfs when there is one: MariaDB's installer and InnoDB fsync a lot (10 s on disk, 3 s here).
  const shm = '/dev/shm';
  const root = mkdtempSync(join(existsSync(shm) && isWritable(shm) ? shm : tmpdir(), 'news-wp-'));
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  let stopped = false;

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const s of SIGNALS) process.off(s, onSignal);
    await Promise.all(
      children.map(
        (c) =>
          new Promise((resolve) => {
            if (c.exitCode !== null || c.signalCode !== null) {
              signalGroup(c, 'SIGKILL'); // the leader is gone; its workers may not be
              return resolve(undefined);
            }
            const t = setTimeout(() => signalGroup(c, 'SIGKILL'), 5000);
            c.once('exit', () => (clearTimeout(t), resolve(undefined)));
            signalGroup(c, 'SIGTERM');
          })
      )
    );
    rmSync(root, {recursive: true, force: true});
    // Only now: another SIGINT handler (the dev server's) may exit the process mid-stop.
    process.off('exit', killNow);
  };
  // Last resort when the process exits without stop(): no orphaned servers.
  const killNow = () => {
    for (const c of children) signalGroup(c, 'SIGKILL');
    rmSync(root, {recursive: true, force: true});
  };
  const onSignal = (signal) => {
    void stop().then(() => process.kill(process.pid, signal));
  };
  const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  process.once('exit', killNow);
  for (const s of SIGNALS) process.once(s, onSignal);

  // Each server in its own process group: `php -S` with PHP_CLI_SERVER_WORKERS forks workers
  // that outlive their parent unless the whole group is signalled.
  const run = (cmd, args, opts = {}) => {
    const c = spawn(cmd, args, {stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...opts});
    children.push(c);
    const out = [];
    c.stdout?.on('data', (d) => out.push(d));
    c.stderr?.on('data', (d) => out.push(d));
    c.output = () => Buffer.concat(out).toString('utf8');
    return c;
  };

  try {
    // MariaDB in a temporary data directory; no system service, no config files read.
    const data = join(root, 'db');
    const dbPort = await freePort();
    const install = spawnSync(
      which('mariadb-install-db'),
      [
        '--no-defaults',
        '--user=root',
        `--datadir=${data}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        '--skip-name-resolve',
        ...INNODB,
      ],
      {encoding: 'utf8'}
    );
    if (install.status !== 0)
      throw new Error(`mariadb-install-db failed:\n${install.stdout}${install.stderr}`);
    const db = run(which('mariadbd'), [
      '--no-defaults',
      '--user=root',
      `--datadir=${data}`,
      `--socket=${join(root, 'db.sock')}`,
      `--pid-file=${join(root, 'db.pid')}`,
      `--port=${dbPort}`,
      '--bind-address=127.0.0.1',
      '--skip-name-resolve',
      '--skip-log-bin',
      ...INNODB,
      '--innodb-buffer-pool-size=32M',
      '--innodb-flush-log-at-trx-commit=0',
      '--innodb-doublewrite=0',
      '--performance-schema=off',
    ]);
    await waitForPort(dbPort, db, 'mariadbd');
    const create = spawnSync(
      which('mariadb') ?? which('mysql'),
      [
        '--no-defaults',
        '-uroot',
        '-h127.0.0.1',
        `-P${dbPort}`,
        '-e',
        'CREATE DATABASE wordpress CHARACTER SET utf8mb4',
      ],
      {encoding: 'utf8'}
    );
    if (create.status !== 0) throw new Error(`CREATE DATABASE failed: ${create.stderr}`);
    log(`MariaDB on 127.0.0.1:${dbPort} (${Date.now() - t0} ms)`);

    // WordPress: the top-level files copied (so ABSPATH is this folder), wp-admin and
    // wp-includes linked, a private wp-content with the two must-use plugins.
    const site = join(root, 'site');
    mkdirSync(site);
    for (const name of readdirSync(WP_SOURCE)) {
      const from = join(WP_SOURCE, name);
      if (name === 'wp-content' || name === 'wp-config.php' || name.startsWith('.')) continue;
      if (statSync(from).isDirectory()) symlinkSync(from, join(site, name));
      else copyFileSync(from, join(site, name));
    }
    const mu = join(site, 'wp-content', 'mu-plugins');
    mkdirSync(mu, {recursive: true});
    mkdirSync(join(site, 'wp-content', 'uploads'));
    mkdirSync(join(site, 'wp-content', 'plugins'));
    mkdirSync(join(site, 'wp-content', 'themes'));
    writeFileSync(join(mu, 'news-blocks-cors.php'), embeddingGuidePlugin());
    writeFileSync(join(mu, 'news-blocks-test.php'), TEST_PLUGIN);
    writeFileSync(join(site, 'router.php'), ROUTER);

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(join(site, 'wp-config.php'), wpConfig(site, url, dbPort));

    const setup = spawnSync(which('php'), [join(HERE, 'setup.php'), site, url], {
      cwd: site,
      encoding: 'utf8',
    });
    const line = (setup.stdout ?? '').trim().split('\n').pop() ?? '';
    if (setup.status !== 0 || !line.startsWith('{'))
      throw new Error(`WordPress setup failed (${setup.status}):\n${setup.stdout}${setup.stderr}`);
    const info = JSON.parse(line);
    log(`installed and imported (${Date.now() - t0} ms)`);

    const php = run(
      which('php'),
      [
        '-d',
        'opcache.enable_cli=1',
        '-S',
        `127.0.0.1:${port}`,
        '-t',
        site,
        join(site, 'router.php'),
      ],
      {
        cwd: site,
        // Several workers: the browser asks for the posts and the /wp-json/ index at once.
        env: {...process.env, PHP_CLI_SERVER_WORKERS: '4'},
      }
    );
    await waitForPort(port, php, 'php -S');
    const probe = await fetch(`${url}/wp-json/`);
    if (!probe.ok) throw new Error(`GET /wp-json/ answered ${probe.status}`);
    await probe.arrayBuffer();
    log(`serving ${url}/ (${Date.now() - t0} ms)`);
    return {url, info: {...info, url}, stop};
  } catch (e) {
    const logs = children.map((c) => c.output?.() ?? '').join('\n');
    await stop();
    throw new Error(`${e instanceof Error ? e.message : e}${logs ? `\n${logs.slice(-4000)}` : ''}`);
  }
}

// Run directly: start, print, wait for Ctrl+C.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ok = ensureWordPress();
  if (ok !== true) {
    console.error(`news-blocks: ${ok}`);
    process.exit(1);
  }
  const wp = await startWordPress();
  console.log(JSON.stringify(wp.info, null, 2));
  console.log(`WordPress at ${wp.url}/  (Ctrl+C to stop)`);
}
