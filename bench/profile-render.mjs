// Profile of one <article-list limit=0> render at N cards (default 5,000) in the bench page:
// per-task durations on the main thread (CDP tracing) with their style / layout / paint / script
// parts, and the top self-time functions (CDP sampling profiler).
//   node bench/profile-render.mjs [cards] [kind]   (PROFILE_RENDER_TASK=2: one task's functions)
//   PROFILE_RENDER_TOP=60 (functions listed), PROFILE_RENDER_COUNT=name,… (how many such trace
//   events and their ms), PROFILE_RENDER_ARGS=1 (with it: each one's enclosing trace events)
import process from 'node:process';
import {startBenchServer} from '../scripts/bench-server.mjs';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, findBrowser} from '../scripts/browser.mjs';

const root = new URL('..', import.meta.url).pathname;
const N = Number(process.argv[2]) || 5000;
const KIND = process.argv[3] || 'element';
const {server, port} = await startBenchServer(root);
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: [...CHROME_FLAGS, '--js-flags=--expose-gc'],
});
try {
  const page = await browser.newPage({viewport: {width: 1280, height: 800}});
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`http://localhost:${port}/bench/index.html`);
  await page.waitForFunction(() => window.bench?.ready, null, {timeout: 60000});
  const run = () =>
    page.evaluate(
      async ([k, n]) => {
        await window.bench.clear();
        const s = await window.bench.run(k, n);
        return s;
      },
      [KIND, N]
    );
  for (let i = 0; i < 3; i++) await run();
  await page.evaluate(() => window.bench.clear());
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  const PROF = !process.env.NOPROF;
  if (PROF) await cdp.send('Profiler.enable');
  if (PROF) await cdp.send('Profiler.setSamplingInterval', {interval: 200});
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8,toplevel',
    transferMode: 'ReportEvents',
  });
  if (PROF) await cdp.send('Profiler.start');
  const s = await run();
  const profile = PROF
    ? (await cdp.send('Profiler.stop')).profile
    : {nodes: [], samples: [], timeDeltas: []};
  await cdp.send('Tracing.end');
  await done;
  console.log(
    `${KIND} ${N}: first ${s.first.toFixed(0)} all ${s.all.toFixed(0)} longtask ${s.longtask.toFixed(0)} frame ${s.frame.toFixed(0)}`
  );
  // Main thread: the renderer's CrRendererMain.
  const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mains = new Set(names.map((e) => `${e.pid}:${e.tid}`));
  const main = events.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
  const tasks = main
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts);
  const start = tasks[0]?.ts ?? 0;
  const inside = (t, e) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur;
  const kinds = {
    style: ['UpdateLayoutTree', 'RecalculateStyles'],
    layout: ['Layout'],
    prepaint: ['PrePaint'],
    paint: ['Paint', 'PaintImage', 'Layerize', 'UpdateLayer'],
    script: [
      'FunctionCall',
      'EvaluateScript',
      'v8.callFunction',
      'TimerFire',
      'FireAnimationFrame',
      'EventDispatch',
    ],
    gc: ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase', 'V8.GC_MARK_COMPACTOR'],
    parseHTML: ['ParseHTML'],
    intersect: [
      'IntersectionObserverController::computeIntersections',
      'DisplayLockContext::ForceUnlock',
    ],
  };
  const big = tasks.filter((t) => t.dur > 8000);
  let total = 0;
  for (const t of big) {
    total += t.dur;
    const parts = [];
    for (const [k, ns] of Object.entries(kinds)) {
      // top-most events of those names inside the task
      const evs = main.filter((e) => ns.includes(e.name) && inside(t, e));
      const top = evs.filter(
        (e) =>
          !evs.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur)
      );
      const ms = top.reduce((a, e) => a + e.dur, 0) / 1000;
      if (ms >= 0.5) parts.push(`${k} ${ms.toFixed(1)}`);
    }
    console.log(
      `task @${((t.ts - start) / 1000).toFixed(0)} ms: ${(t.dur / 1000).toFixed(1)} ms  [${parts.join(', ')}]`
    );
  }
  const ult = main.filter((e) => e.name === 'UpdateLayoutTree' && e.dur > 500);
  console.log(
    'style passes (ms / elements):',
    ult
      .map(
        (e) =>
          `${(e.dur / 1000).toFixed(1)}/${e.args?.elementCount ?? e.args?.beginData?.elementCount ?? '?'}`
      )
      .join(' ')
  );
  console.log(
    'layouts (ms / dirty / total objects):',
    main
      .filter((e) => e.name === 'Layout' && e.dur > 500)
      .map(
        (e) =>
          `${(e.dur / 1000).toFixed(1)}/${e.args?.beginData?.dirtyObjects}/${e.args?.beginData?.totalObjects}`
      )
      .join(' ')
  );
  console.log(`tasks over 8 ms: ${big.length}, total ${(total / 1000).toFixed(0)} ms`);
  const allNames = new Map();
  for (const e of main) allNames.set(e.name, (allNames.get(e.name) ?? 0) + e.dur);
  // PROFILE_RENDER_COUNT=name,name: how many of those trace events, and their total ms.
  for (const name of (process.env.PROFILE_RENDER_COUNT ?? '').split(',').filter(Boolean)) {
    const es = main.filter((e) => e.name === name);
    if (process.env.PROFILE_RENDER_ARGS)
      for (const e of es.slice(0, 400)) {
        const around = main
          .filter(
            (x) =>
              x !== e && x.ph === 'X' && x.ts <= e.ts && x.ts + (x.dur ?? 0) >= e.ts + (e.dur ?? 0)
          )
          .sort((a, b) => b.ts - a.ts)
          .slice(0, 6)
          .map((x) => x.name + (x.args?.data?.functionName ? `(${x.args.data.functionName})` : ''));
        console.log('   ', e.ts, around.join(' < '));
      }
    const ms = es.reduce((t, e) => t + (e.dur ?? 0), 0) / 1000;
    console.log(`${name}: ${es.length} events, ${ms.toFixed(1)} ms`);
  }
  console.log(
    'top trace events (inclusive ms):',
    [...allNames]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`)
      .join(', ')
  );
  // Self time by function (PROFILE_RENDER_TASK=k: only in the k-th task over 8 ms listed above,
  // counted from 1; the profiler's and the trace's clocks are the same microseconds).
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  const only = big[Number(process.env.PROFILE_RENDER_TASK) - 1];
  let at = profile.startTime ?? 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += dt[i] ?? 0;
    if (only && (at < only.ts || at > only.ts + only.dur)) continue;
    const n = byId.get(profile.samples[i]);
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0));
  }
  console.log('top self time (ms):');
  for (const [k, v] of [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.PROFILE_RENDER_TOP) || 30))
    console.log(`  ${(v / 1000).toFixed(1)}  ${k}`);
} finally {
  await browser.close();
  await server.stop();
}
