// `node bench/profile-cold.mjs`: where the time between the last byte and the first card goes on
// a cold load of the bench's partner page (scripts/bench-cold.mjs: same server, gzip, no-store,
// same pages; run `npm run build` first). Each load is traced with CDP Tracing (cache off, the
// bench's network emulation) and its renderer main thread is attributed:
//   - the waterfall: every request's [start, end] ms and every main-thread task over 2 ms, with
//     what it ran (script compile/evaluate per file, function calls, style, layout, paint,
//     parse HTML, timers, animation frames, microtasks);
//   - per load: main-thread busy time by kind and by script file, from the last byte the first
//     card needs (the last script or the feed, whichever ends later) to the first card painted,
//     and the idle time in that gap;
//   - with PROFILE_COLD_JS=1, a V8 sampling profile of the same loads: self time by function
//     (the source maps are not applied: names are the build's; find them in dist/cdn/*.js.map).
// A tool for finding the next cost, not a benchmark: no ratios (scripts/bench-cold.mjs has them).
//   PROFILE_COLD_RUNS=3 PROFILE_COLD_NET=unthrottled|throttled|both PROFILE_COLD_VARIANT=module
//   PROFILE_COLD_TOP=20 PROFILE_COLD_TASKS=1 (print each load's task list) PROFILE_COLD_WHOLE=1
import process from 'node:process';
import {existsSync, readFileSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, findBrowser} from '../scripts/browser.mjs';
import {NETWORKS, coldPage, serve} from '../scripts/bench-cold.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.PROFILE_COLD_RUNS) || 3;
const TOP = Number(process.env.PROFILE_COLD_TOP) || 20;
const VARIANT = process.env.PROFILE_COLD_VARIANT ?? 'module';
const NET = process.env.PROFILE_COLD_NET ?? 'both';
const JS = Boolean(process.env.PROFILE_COLD_JS);
// PROFILE_COLD_WHOLE=1: the JS profile from navigation to the first card, not only the gap.
const WHOLE = Boolean(process.env.PROFILE_COLD_WHOLE);
// Source maps (dist/cdn/**/*.js.map) name the profile's functions by their source file, when
// @jridgewell/trace-mapping (a dependency of the build tools) is there.
const tm = await import('@jridgewell/trace-mapping').catch(() => undefined);
const maps = new Map();
function original(f) {
  const path = f.url.replace(/^https?:\/\/[^/]+/, '').replace(/^\/base\//, '/');
  if (!tm || !/^\/dist\/cdn\//.test(path)) return undefined;
  if (!maps.has(path)) {
    const file = `${root}${path.slice(1)}.map`;
    maps.set(path, existsSync(file) ? new tm.TraceMap(readFileSync(file, 'utf8')) : undefined);
  }
  const map = maps.get(path);
  const o = map && tm.originalPositionFor(map, {line: f.lineNumber + 1, column: f.columnNumber});
  return o?.source
    ? `${o.name ?? f.functionName} ${o.source.replace(/^(\.\.\/)+/, '')}:${o.line}`
    : undefined;
}

const nets = NETWORKS.filter(
  (n) => NET === 'both' || (NET === 'unthrottled') === (n.name === 'unthrottled')
);

const CATEGORIES = [
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'disabled-by-default-v8.compile',
  'loading',
  'toplevel',
];

/** A short name for a URL: the file under dist/cdn, or the path. */
const short = (url = '') =>
  url
    .replace(/^https?:\/\/[^/]+/, '')
    .replace(/^\/(base\/)?dist\/cdn\//, '')
    .replace(/^chunks\//, '')
    .replace(/-[\w-]{8}\.js$/, '.js') || '(page)';

/** What a trace event is, for the tables: a kind and, for scripts, the file. */
function kind(e) {
  const d = e.args?.data ?? e.args?.beginData ?? {};
  switch (e.name) {
    case 'v8.compile':
    case 'v8.compileModule':
      return ['compile', short(d.url ?? e.args?.fileName)];
    case 'V8.CompileCode':
    case 'V8.CompileLazy':
      return ['compile (lazy functions)', ''];
    case 'v8.evaluateModule':
      // A module graph's evaluation (no URL: the JS profile says which functions).
      return ['evaluate (module)', ''];
    case 'EvaluateScript':
      return ['evaluate', short(d.url ?? e.args?.fileName)];
    case 'FunctionCall':
      return ['js', short(d.url)];
    case 'v8.run':
    case 'V8.Execute':
      return ['js', short(d.url ?? e.args?.fileName)];
    case 'RunMicrotasks':
      return ['microtasks', ''];
    case 'TimerFire':
      return ['timer', ''];
    case 'FireAnimationFrame':
      return ['animation frame', ''];
    case 'UpdateLayoutTree':
    case 'RecalculateStyles':
    case 'ParseAuthorStyleSheet':
      return ['style', ''];
    case 'Layout':
      return ['layout', ''];
    case 'Paint':
    case 'PaintImage':
    case 'PrePaint':
    case 'Layerize':
    case 'UpdateLayer':
    case 'CompositeLayers':
    case 'Commit':
      return ['paint', ''];
    case 'ParseHTML':
      return ['parse HTML', ''];
    case 'MinorGC':
    case 'MajorGC':
    case 'V8.GCScavenger':
    case 'V8.GCFinalizeMC':
    case 'BlinkGC.AtomicPhase':
      return ['gc', ''];
    case 'XHRReadyStateChange':
    case 'ResourceReceivedData':
    case 'ResourceFinish':
      return ['network', ''];
    default:
      return undefined;
  }
}

async function load(browser, base, net) {
  const {page, cdp} = await coldPage(browser, net, 'profile');
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    categories: CATEGORIES.join(','),
    transferMode: 'ReportEvents',
  });
  if (JS) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', {
      interval: Number(process.env.PROFILE_COLD_INTERVAL) || 250,
    });
    await cdp.send('Profiler.start');
  }
  // The page says when its first card is painted (a console message), as in the bench: Playwright's
  // waitForFunction injects and runs its own script (~100 ms of main thread) during the load.
  const painted = page.waitForEvent('console', {
    predicate: (m) => m.text() === '__first',
    timeout: 60000,
  });
  await page.goto(`${base}/cold/${VARIANT}.html`, {waitUntil: 'commit'});
  await painted;
  const info = await page.evaluate(() => ({
    first: window.__first,
    origin: performance.timeOrigin,
    resources: performance
      .getEntriesByType('resource')
      .filter((e) => !/card\.svg/.test(e.name))
      .map((e) => [e.name, e.startTime, e.responseEnd]),
  }));
  const profile = JS ? (await cdp.send('Profiler.stop')).profile : undefined;
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return {events, profile, ...info};
}

/** The renderer main thread's events of the page, in ms from navigation start. */
function mainThread(events) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame);
  const names = events.filter((e) => e.name === 'thread_name');
  const main = names.find((e) => e.args.name === 'CrRendererMain' && (!nav || e.pid === nav.pid));
  const t0 = nav?.ts ?? Math.min(...events.filter((e) => e.ts).map((e) => e.ts));
  const ms = (ts) => (ts - t0) / 1000;
  // Complete events (X), and B/E pairs folded into X.
  const open = new Map();
  const out = [];
  for (const e of events) {
    if (e.pid !== main?.pid || e.tid !== main?.tid) continue;
    if (e.ph === 'X')
      out.push({
        ...e,
        start: ms(e.ts),
        dur: (e.dur ?? 0) / 1000,
        cpu: (e.tdur ?? e.dur ?? 0) / 1000,
      });
    else if (e.ph === 'B') open.set(e.name, e);
    else if (e.ph === 'E' && open.has(e.name)) {
      const b = open.get(e.name);
      open.delete(e.name);
      const cpu = b.tts !== undefined && e.tts !== undefined ? e.tts - b.tts : e.ts - b.ts;
      out.push({...b, start: ms(b.ts), dur: (e.ts - b.ts) / 1000, cpu: cpu / 1000});
    }
  }
  out.sort((a, b) => a.start - b.start || b.dur - a.dur);
  out.t0 = t0;
  return out;
}

/** The main thread's tasks, outermost only. */
function topTasks(evs) {
  const all = evs.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  const out = [];
  for (const t of all) {
    const last = out.at(-1);
    if (last && t.start < last.start + last.dur) continue;
    out.push(t);
  }
  return out;
}

/**
 * Self time by kind and file in [from, to]: each attributed event's time minus its attributed
 * children's (the innermost attributed event wins), clipped to the window.
 */
function attribute(evs, from, to) {
  const tasks = topTasks(evs);
  const known = evs.filter((e) => kind(e));
  const byKind = new Map();
  const byFile = new Map();
  let busy = 0;
  const clip = (s, d) => Math.max(0, Math.min(to, s + d) - Math.max(from, s));
  // Busy: the union of top-level tasks in the window.
  let end = -Infinity;
  for (const t of tasks) {
    const s = Math.max(t.start, end);
    const e = t.start + t.dur;
    if (e > s) busy += clip(s, e - s);
    end = Math.max(end, e);
  }
  // Self time: per event, its clipped duration minus its direct attributed children's.
  const stack = [];
  const self = known.map((e) => ({e, self: clip(e.start, e.dur)}));
  for (const x of self) {
    while (stack.length && stack.at(-1).e.start + stack.at(-1).e.dur <= x.e.start) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.self -= clip(x.e.start, x.e.dur);
    stack.push(x);
  }
  let attributed = 0;
  for (const {e, self: t} of self) {
    if (t <= 0) continue;
    const [k, file] = kind(e);
    byKind.set(k, (byKind.get(k) ?? 0) + t);
    if (file) byFile.set(`${k} ${file}`, (byFile.get(`${k} ${file}`) ?? 0) + t);
    attributed += t;
  }
  byKind.set('other (in tasks)', Math.max(0, busy - attributed));
  return {busy, idle: to - from - busy, byKind, byFile};
}

/** One line per main-thread task over 2 ms: start, duration and its biggest attributed parts. */
function taskList(evs, until) {
  const tasks = topTasks(evs).filter((e) => e.dur > 2);
  const lines = [];
  for (const t of tasks) {
    if (t.start > until + 20) break;
    const inside = evs.filter(
      (e) => e !== t && kind(e) && e.start >= t.start && e.start + e.dur <= t.start + t.dur + 0.01
    );
    const parts = new Map();
    for (const e of inside) {
      const [k, f] = kind(e);
      const key = f ? `${k} ${f}` : k;
      // Outermost only per key: nested same-key events would double count.
      parts.set(key, Math.max(parts.get(key) ?? 0, e.dur));
    }
    const top = [...parts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([k, d]) => `${k} ${d.toFixed(1)}`)
      .join(', ');
    lines.push(`    ${t.start.toFixed(0).padStart(5)} +${t.dur.toFixed(1).padStart(5)}  ${top}`);
  }
  return lines;
}

const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
const table = (m, n, runs) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `    ${(v / runs).toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n');

const server = await serve(root);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({executablePath: findBrowser(), args: CHROME_FLAGS});
try {
  for (const net of nets) {
    // One warm-up load (the browser's own first-use costs), not counted.
    await load(browser, base, net);
    const kinds = new Map();
    const files = new Map();
    const fns = new Map();
    const jsFiles = new Map();
    const totals = new Map();
    const cpus = [];
    const names = new Map();
    let gap = 0;
    let idle = 0;
    let busy = 0;
    console.log(`\n${VARIANT}, ${net.name}, ${RUNS} loads`);
    for (let r = 0; r < RUNS; r++) {
      const l = await load(browser, base, net);
      const evs = mainThread(l.events);
      // The last byte the first card needs: the last script, or the feed.
      const needed = l.resources.filter(([u]) => /\.js$|feed\.xml$/.test(new URL(u).pathname));
      const last = Math.max(...needed.map(([, , end]) => end));
      const feed = l.resources.find(([u]) => u.endsWith('/feed.xml'));
      const a = attribute(evs, last, l.first);
      // Main-thread CPU (thread time, so less sensitive to a loaded machine than wall time) of
      // the tasks that started before the first card: the page's whole cost to its first card.
      const cpu = topTasks(evs)
        .filter((t) => t.start >= 0 && t.start < l.first)
        .reduce((sum, t) => sum + t.cpu, 0);
      cpus.push(cpu);
      // PROFILE_COLD_NAMES=1: every trace event name in the gap by total duration (nested ones
      // count again), to see what the kinds above leave out.
      if (process.env.PROFILE_COLD_NAMES)
        for (const e of evs)
          if (e.start >= last && e.start < l.first && !/RunTask/.test(e.name))
            add(names, e.name, e.dur);
      gap += l.first - last;
      idle += a.idle;
      busy += a.busy;
      for (const [k, v] of a.byKind) add(kinds, k, v);
      for (const [k, v] of a.byFile) add(files, k, v);
      console.log(
        `  load ${r + 1}: first card ${l.first.toFixed(0)} ms; last byte ${last.toFixed(0)} ms` +
          ` (feed ${feed ? `${feed[1].toFixed(0)}–${feed[2].toFixed(0)}` : 'none'}); gap ` +
          `${(l.first - last).toFixed(0)} ms: busy ${a.busy.toFixed(0)}, idle ${a.idle.toFixed(0)}; ` +
          `main-thread CPU to the first card ${cpu.toFixed(0)} ms`
      );
      if (process.env.PROFILE_COLD_TASKS) {
        console.log('   requests [start–end]:');
        for (const [u, s, e] of l.resources)
          console.log(`    ${s.toFixed(0).padStart(5)}–${e.toFixed(0).padStart(5)}  ${short(u)}`);
        // Off the main thread: each script's streaming parse/compile, by file.
        console.log('   background compile [start–end] (the file arrived):');
        for (const e of l.events.filter(
          (x) =>
            x.name === 'v8.parseOnBackground' &&
            x.ph === 'X' &&
            /^https?:/.test(x.args?.data?.url ?? '')
        )) {
          const at = (e.ts - evs.t0) / 1000;
          const got = l.resources.find(([u]) => u === e.args.data.url);
          console.log(
            `    ${at.toFixed(0).padStart(5)}–${(at + e.dur / 1000).toFixed(0).padStart(5)}` +
              ` (${got ? got[2].toFixed(0) : '?'})  ${short(e.args.data.url)}`
          );
        }
        console.log('   main-thread tasks over 2 ms [start +duration: biggest parts]:');
        console.log(taskList(evs, l.first).join('\n'));
      }
      if (l.profile) {
        // Samples in the gap (the profile's clock is the trace's), by function and by file.
        const byId = new Map(l.profile.nodes.map((n) => [n.id, n]));
        const parents = new Map();
        for (const n of l.profile.nodes) for (const c of n.children ?? []) parents.set(c, n);
        let t = l.profile.startTime;
        l.profile.samples.forEach((id, i) => {
          t += l.profile.timeDeltas[i];
          const at = (t - evs.t0) / 1000;
          const dt = (l.profile.timeDeltas[i + 1] ?? 0) / 1000;
          if (at < (WHOLE ? -Infinity : last) || at > l.first) return;
          const f = byId.get(id).callFrame;
          const fn = original(f) ?? `${f.functionName || '(anonymous)'} ${short(f.url)}`;
          add(fns, fn, dt);
          // Inclusive: once per function on the sample's stack.
          const seen = new Set();
          for (let n = byId.get(id); n; n = parents.get(n.id)) {
            const k =
              original(n.callFrame) ??
              `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}`;
            if (seen.has(k)) continue;
            seen.add(k);
            add(totals, k, dt);
          }
          add(jsFiles, f.url ? short(f.url) : f.functionName, dt);
        });
      }
    }
    console.log(
      `  mean gap last byte → first card: ${(gap / RUNS).toFixed(0)} ms ` +
        `(main thread busy ${(busy / RUNS).toFixed(0)}, idle ${(idle / RUNS).toFixed(0)})`
    );
    const sorted = [...cpus].sort((x, y) => x - y);
    console.log(
      `  main-thread CPU, navigation to first card: median ${sorted[sorted.length >> 1].toFixed(0)} ms`
    );
    console.log('  busy in the gap by kind (self ms per load):');
    console.log(table(kinds, TOP, RUNS));
    console.log('  by kind and file:');
    console.log(table(files, TOP, RUNS));
    if (names.size) {
      console.log('  trace events in the gap by total duration:');
      console.log(table(names, TOP, RUNS));
    }
    if (JS) {
      console.log('  JS samples in the gap by file ((program) is native work: style, layout, …):');
      console.log(table(jsFiles, TOP, RUNS));
      console.log('  JS self time in the gap by function (ms per load):');
      console.log(table(fns, TOP, RUNS));
      console.log('  JS total time (self and callees) in the gap by function (ms per load):');
      console.log(table(totals, TOP, RUNS));
    }
  }
} finally {
  await browser.close();
  server.close();
}
