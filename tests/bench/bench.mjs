// The browser benchmark of `cargo xtask bench` (scripts/bench.sh builds what it needs and
// runs it). It measures and asserts nothing; timings never go into tests.
//
//   node tests/bench/bench.mjs --real DIST --synthetic DIST --floor FILE --floor-filtered FILE
//        [--loads 7] [--clicks 40] [--out target/bench/results.json] [--trace FILE]
//        [--lighthouse CLI] [--part diagnostics]   (diagnostics: only the trace and Lighthouse)
//
// In ONE headless Chromium run, every load in a fresh browser context (cold cache), with CDP
// CPU throttling 4x and network emulation slow 4G (150 ms round trip, 1.6 Mbit/s down,
// 750 Kbit/s up), each dist served over loopback with gzip and the strict CSP
// (tests/e2e/server.mjs):
// - loads: the floor (a static page of the same figures, no script: src/bin/floor-page.rs),
//   `/` and `?ministry=mic,mod`, the median of N loads each: time until the headline figure
//   is on screen, its ratio to the floor, bytes over the wire (the encoded sizes CDP
//   reports), long tasks (count, longest), cumulative layout shift;
// - interaction: a filter checkbox clicked, from the click to the frame after the next
//   animation frame (so the frame that shows the change has been painted), and to the
//   moment every part held out of view has caught up (no `aria-busy` left), p50/p95 over
//   N clicks, at 1x and 4x CPU, for the real data and the synthetic 10,000-program edition;
// - with --trace, one more load of `/` at 4x recorded with the Tracing domain, and the
//   main thread's time by kind (style, layout, script, wasm compile, paint) printed.
// - with --lighthouse BIN (tests/bench's own package, installed by scripts/bench.sh only),
//   Lighthouse's mobile default (simulated 4x CPU, slow 4G) on `/`, median of 3 runs:
//   performance, total blocking time, LCP and its main-thread breakdown.
// The numbers go to stdout as tables and to --out as JSON.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startStaticServer } from '../e2e/server.mjs';
// The tests' Chromium and flags (and their playwright-core), so the bench measures the same browser.
import { CHROMIUM_PATH, launchBrowser } from '../e2e/harness.mjs';
import { LOAD_VIEWPORT, SLOW_4G, headlineProbe } from './load-probe.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');

const DESK_VIEWPORT = { width: 1280, height: 900 }; // the filter panel is open at this width

function parseArgs(argv) {
  const args = { loads: 7, clicks: 40, out: path.join(REPO_ROOT, 'target', 'bench', 'results.json') };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    args[key.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = argv[i + 1];
  }
  for (const need of ['real', 'synthetic', 'floor', 'floorFiltered']) {
    if (!args[need]) throw new Error(`bench.mjs: --${need.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} is required`);
  }
  args.loads = Number(args.loads);
  args.clicks = Number(args.clicks);
  return args;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
};

// Installed in interaction pages: every click's time from the input event to the frame
// after the next animation frame (the frame painted), in window.__clicks; and to the moment
// the parts held out of view after it (marked aria-busy, src/ui/html_host.rs) have all
// caught up, in window.__settled.
const CLICK_PROBE = `(() => {
  window.__clicks = [];
  window.__settled = [];
  const busy = () => document.querySelector('[aria-busy="true"]');
  document.addEventListener('click', (ev) => {
    const t0 = ev.timeStamp;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        window.__clicks.push(performance.now() - t0);
        if (!busy()) { window.__settled.push(performance.now() - t0); return; }
        const watch = new MutationObserver(() => {
          if (busy()) return;
          watch.disconnect();
          window.__settled.push(performance.now() - t0);
        });
        watch.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
      };
      ch.port2.postMessage(0);
    });
  }, true);
})();`;

async function throttled(context, page, { cpu, network }) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return cdp;
}

/** One cold load of `url`, until `want` is on screen and the page has settled. */
async function measureLoad(browser, url, want) {
  const context = await browser.newContext({ viewport: LOAD_VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(headlineProbe(want));
  const cdp = await throttled(context, page, { cpu: 4, network: SLOW_4G });
  let bytes = 0;
  const requests = new Map();
  cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  await page.waitForFunction(() => window.__bench.shown !== null, null, { timeout: 120000, polling: 50 });
  // The explorer's figure is on screen before its app (it is pre-rendered), so wait for the
  // app to have taken over too (ui::start removes #boot; the floor has none): the bytes and
  // long tasks are those of the whole first load, not of the HTML alone.
  await page.waitForFunction(() => !document.getElementById('boot'), null, { timeout: 120000, polling: 50 });
  // Long tasks and shifts up to a quiet second after the figure showed and the app started.
  await page.waitForTimeout(1000);
  const probe = await page.evaluate(() => window.__bench);
  await context.close();
  return {
    shown: probe.shown,
    fcp: probe.fcp,
    bytes,
    requests: requests.size,
    longTasks: probe.longTasks.length,
    longestTask: probe.longTasks.length ? Math.max(...probe.longTasks) : 0,
    cls: probe.cls,
  };
}

async function loadSeries(browser, label, url, want, n) {
  const runs = [];
  for (let i = 0; i < n; i += 1) runs.push(await measureLoad(browser, url, want));
  const pick = (k) => runs.map((r) => r[k]);
  const summary = {
    label, url, want, loads: n,
    shown_ms: median(pick('shown')),
    shown_min_ms: Math.min(...pick('shown')),
    shown_max_ms: Math.max(...pick('shown')),
    fcp_ms: median(pick('fcp').filter((x) => x !== null)),
    bytes: median(pick('bytes')),
    requests: median(pick('requests')),
    long_tasks: median(pick('longTasks')),
    longest_task_ms: median(pick('longestTask')),
    longest_task_max_ms: Math.max(...pick('longestTask')),
    cls: median(pick('cls')),
    cls_max: Math.max(...pick('cls')),
  };
  process.stderr.write(`  ${label}: ${summary.shown_ms.toFixed(0)} ms (${runs.map((r) => r.shown.toFixed(0)).join(', ')})\n`);
  return summary;
}

/** `clicks` clicks on filter checkboxes, each turning one on or off, at `cpu`x. */
async function interaction(browser, label, url, cpu, clicks) {
  const context = await browser.newContext({ viewport: DESK_VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(CLICK_PROBE);
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  await page.waitForFunction(() => !document.getElementById('boot') && document.querySelector('main #headline-total'), null, { timeout: 120000 });
  await page.waitForTimeout(500);
  await throttled(context, page, { cpu });
  const ids = await page.$$eval('input[type=checkbox][id^="ministry-"], input[type=checkbox][id^="area-"]', (els) => els.map((e) => e.id));
  for (let i = 0; i < clicks; i += 1) {
    // On, then off again: each click changes the filter, and the view never empties.
    const id = ids[Math.floor(i / 2) % ids.length];
    const before = await page.evaluate(() => window.__clicks.length);
    await page.locator(`#${id}`).click();
    await page.waitForFunction((n) => window.__clicks.length > n && window.__settled.length > n, before, { timeout: 60000, polling: 20 });
    await page.waitForTimeout(150);
  }
  const times = await page.evaluate(() => window.__clicks);
  const settled = await page.evaluate(() => window.__settled);
  await context.close();
  const summary = {
    label, url, cpu, clicks: times.length, p50_ms: quantile(times, 0.5), p95_ms: quantile(times, 0.95), max_ms: Math.max(...times),
    settled_p50_ms: quantile(settled, 0.5), settled_p95_ms: quantile(settled, 0.95),
  };
  process.stderr.write(`  ${label} ${cpu}x: p50 ${summary.p50_ms.toFixed(1)} ms, p95 ${summary.p95_ms.toFixed(1)} ms; every part drawn p50 ${summary.settled_p50_ms.toFixed(1)} ms, p95 ${summary.settled_p95_ms.toFixed(1)} ms\n`);
  return summary;
}

/** One load of `url` at 4x and slow 4G with a trace: the main thread's time by kind. */
async function traceLoad(browser, url, want, file) {
  const context = await browser.newContext({ viewport: LOAD_VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(headlineProbe(want));
  const cdp = await throttled(context, page, { cpu: 4, network: SLOW_4G });
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8.execute', 'blink.user_timing', 'loading', 'latencyInfo'],
    },
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  await page.waitForFunction(() => window.__bench.shown !== null, null, { timeout: 120000 });
  await page.waitForTimeout(1500);
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  if (file) await writeFile(file, JSON.stringify({ traceEvents: events }));
  return summariseTrace(events, domNodes);
}

/**
 * Lighthouse (mobile, its default) on `url`, `runs` times: the median run's figures.
 * Asynchronous on purpose: the pages are served from this process, so a synchronous child
 * process would block the server and Lighthouse would wait for ever for the page.
 */
async function lighthouse(bin, url, runs) {
  const reports = [];
  for (let i = 0; i < runs; i += 1) {
    let out;
    try {
      ({ stdout: out } = await promisify(execFile)(process.execPath, [
      bin, url, '--output=json', '--quiet', '--only-categories=performance',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run',
      ], { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 256 * 1024 * 1024, timeout: 180000, killSignal: 'SIGKILL' }));
    } catch (e) {
      // A run that fails or hangs is reported, not fatal.
      process.stderr.write(`  lighthouse run ${i + 1} did not finish: ${e.code ?? e.signal ?? e.message}\n`);
      return { runs, error: `run ${i + 1} did not finish within 180 s (${e.code ?? e.signal ?? 'error'})` };
    }
    const lhr = JSON.parse(out.toString('utf8'));
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    const breakdown = Object.fromEntries((lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((it) => [it.group, Math.round(it.duration)]));
    reports.push({
      lighthouse: lhr.lighthouseVersion,
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      tbt_ms: audit('total-blocking-time'),
      lcp_ms: audit('largest-contentful-paint'),
      fcp_ms: audit('first-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
      main_thread_ms: breakdown,
    });
    process.stderr.write(`  lighthouse run ${i + 1}: performance ${reports.at(-1).performance}, TBT ${Math.round(reports.at(-1).tbt_ms)} ms\n`);
  }
  reports.sort((a, b) => a.performance - b.performance);
  return { runs, ...reports[Math.floor(runs / 2)], performance_all: reports.map((r) => r.performance) };
}

/** Main-thread time of the renderer by kind, from complete ('X') and begin/end events. */
function summariseTrace(events, domNodes) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
  const kinds = {
    style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
    layout: ['Layout'],
    paint: ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers'],
    html: ['ParseHTML'],
    script: ['EvaluateScript', 'v8.compile', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'v8.evaluateModule'],
    wasm: ['v8.wasm.compiledModule', 'v8.wasm.streamFromResponseCallback', 'wasm.CompileLazy', 'v8.wasm.compileLazy'],
    gc: ['MajorGC', 'MinorGC', 'V8.GCScavenger', 'V8.GC_MC_BACKGROUND'],
  };
  const kindOf = new Map(Object.entries(kinds).flatMap(([k, names]) => names.map((n) => [n, k])));
  // Durations of X events, and of B/E pairs.
  const spans = [];
  const open = [];
  for (const e of onMain) {
    if (e.ph === 'X') spans.push({ name: e.name, ts: e.ts, dur: e.dur ?? 0, args: e.args });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) spans.push({ name: b.name, ts: b.ts, dur: e.ts - b.ts, args: { ...b.args, end: e.args } });
    }
  }
  // Top-level tasks, for long tasks as the trace sees them.
  const tasks = spans.filter((s) => s.name === 'RunTask' || s.name === 'ThreadControllerImpl::RunTask').map((s) => s.dur / 1000);
  const byKind = {};
  for (const s of spans) {
    const k = kindOf.get(s.name);
    if (!k) continue;
    byKind[k] ??= { ms: 0, count: 0 };
    byKind[k].ms += s.dur / 1000;
    byKind[k].count += 1;
  }
  const layouts = spans.filter((s) => s.name === 'Layout');
  const styles = spans.filter((s) => s.name === 'UpdateLayoutTree');
  const top = (xs) =>
    [...xs].sort((a, b) => b.dur - a.dur).slice(0, 5).map((s) => ({
      ms: +(s.dur / 1000).toFixed(1),
      elements: s.args?.elementCount ?? s.args?.beginData?.dirtyObjects ?? null,
      // A stack here means script asked for layout or style (forced, synchronous).
      forced_by: (s.args?.beginData?.stackTrace ?? s.args?.data?.stackTrace ?? []).slice(0, 3).map((f) => `${f.functionName || '(anonymous)'} ${path.basename(f.url || '')}:${f.lineNumber}`),
    }));
  const forced = (xs) => xs.filter((s) => (s.args?.beginData?.stackTrace ?? s.args?.data?.stackTrace ?? []).length > 0);
  return {
    dom_nodes: domNodes,
    main_thread_ms: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, { ms: +v.ms.toFixed(1), count: v.count }])),
    tasks_over_50ms: tasks.filter((t) => t > 50).length,
    longest_task_ms: +Math.max(0, ...tasks).toFixed(1),
    layout: { count: layouts.length, forced: forced(layouts).length, ms: +(layouts.reduce((a, s) => a + s.dur, 0) / 1000).toFixed(1), longest: top(layouts) },
    style: { count: styles.length, forced: forced(styles).length, ms: +(styles.reduce((a, s) => a + s.dur, 0) / 1000).toFixed(1), longest: top(styles) },
  };
}

const fmtMs = (x) => (Number.isFinite(x) ? `${Math.round(x).toLocaleString('en-US')} ms` : '–');
const fmtKB = (b) => `${(b / 1024).toFixed(1)} KB`;

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** The loads (floor, `/`, a filtered view, the synthetic edition) and the clicks. */
async function measureAll(browser, args, results, real, synthetic) {
  process.stderr.write(`loads (4x CPU, slow 4G, median of ${args.loads}):\n`);
  const floor = await loadSeries(browser, 'floor: static page, no script', `${real.origin}/floor.html`, '2,126.2億円', args.loads);
  const floorFiltered = await loadSeries(browser, 'floor: ?ministry=mic,mod figures', `${real.origin}/floor-filtered.html`, '1,573.4億円', args.loads);
  const root = await loadSeries(browser, 'explorer /', `${real.url}`, '2,126.2億円', args.loads);
  const filtered = await loadSeries(browser, 'explorer ?ministry=mic,mod', `${real.url}?ministry=mic,mod`, '1,573.4億円', args.loads);
  root.ratio = root.shown_ms / floor.shown_ms;
  filtered.ratio = filtered.shown_ms / floor.shown_ms;
  filtered.ratio_to_own_floor = filtered.shown_ms / floorFiltered.shown_ms;
  results.loads.push(floor, floorFiltered, root, filtered);
  // The synthetic edition's headline, read from its own page (it is not a published figure).
  const synthHeadline = await (async () => {
    const context = await browser.newContext({ viewport: DESK_VIEWPORT });
    const page = await context.newPage();
    await page.goto(synthetic.url, { timeout: 120000 });
    await page.waitForFunction(() => !document.getElementById('boot') && document.querySelector('main #headline-total'), null, { timeout: 120000 });
    const t = (await page.textContent('main #headline-total')).trim();
    await context.close();
    return t;
  })();
  const synth = await loadSeries(browser, 'explorer / (10,000 programs)', synthetic.url, synthHeadline, Math.min(args.loads, 5));
  synth.ratio = synth.shown_ms / floor.shown_ms;
  results.loads.push(synth);

  process.stderr.write(`interaction (click on a filter -> the next frame painted, ${args.clicks} clicks):\n`);
  for (const [label, server] of [['real data (31 programs)', real], ['synthetic (10,000 programs)', synthetic]]) {
    // At 4x a click on the 10,000-program edition takes seconds: half as many clicks there.
    for (const cpu of [1, 4]) {
      const clicks = cpu > 1 && server === synthetic ? Math.ceil(args.clicks / 2) : args.clicks;
      results.interaction.push(await interaction(browser, label, server.url, cpu, clicks));
    }
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const [floorHtml, floorFilteredHtml] = await Promise.all([readFile(args.floor, 'utf8'), readFile(args.floorFiltered, 'utf8')]);
  const pages = { '/floor.html': { body: floorHtml }, '/floor-filtered.html': { body: floorFilteredHtml } };
  const real = await startStaticServer({ root: args.real, gzip: true, pages });
  const synthetic = await startStaticServer({ root: args.synthetic, gzip: true });
  // playwright gives every launch a fresh profile of its own.
  const browser = await launchBrowser();
  const chromiumVersion = browser.version();
  const results = {
    date: new Date().toISOString(), chromium: chromiumVersion, nproc: os.cpus().length, cpu_model: os.cpus()[0]?.model,
    // Other work on the machine inflates every timing: the 1-minute load average before and after.
    load_average: { before: os.loadavg()[0] }, loads_each: args.loads, loads: [], interaction: [], trace: null };
  try {
    if (args.part !== 'diagnostics') await measureAll(browser, args, results, real, synthetic);
    if (args.trace !== undefined) {
      process.stderr.write('trace of one load of / (4x CPU, slow 4G)\n');
      results.trace = await traceLoad(browser, real.url, '2,126.2億円', args.trace || null);
    }
    if (args.lighthouse) {
      process.stderr.write('lighthouse (mobile) on the floor and on /\n');
      results.lighthouse_floor = await lighthouse(args.lighthouse, new URL('floor.html', real.url).href, 3);
      results.lighthouse = await lighthouse(args.lighthouse, real.url, 3);
    }
    results.load_average.after = os.loadavg()[0];
  } finally {
    await browser.close();
    await real.close();
    await synthetic.close();
  }

  console.log(`\nChromium ${results.chromium}, ${results.nproc} CPUs (${results.cpu_model}), load average ${results.load_average.before.toFixed(1)} before, ${results.load_average.after?.toFixed(1)} after`);
  const loadRows = results.loads.map((r) => [
    r.label, `${fmtMs(r.shown_ms)} (${fmtMs(r.shown_min_ms)}-${fmtMs(r.shown_max_ms)})`,
    r.ratio ? `${r.ratio.toFixed(2)}x` : '1.00x', fmtKB(r.bytes), `${r.long_tasks} / ${fmtMs(r.longest_task_ms)}`, r.cls.toFixed(3),
  ]);
  console.log(`\nLoads: 4x CPU, slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 Kbit/s up), gzip, cold cache, median of ${args.loads} (synthetic: ${Math.min(args.loads, 5)})`);
  console.log(table(['page', 'headline figure on screen (min-max)', 'vs floor', 'bytes over the wire', 'long tasks / longest', 'CLS'], loadRows));
  console.log('\nInteraction: click on a filter checkbox -> the frame after it painted (an idle frame is 16.7 ms)');
  console.log(table(['data', 'CPU', 'clicks', 'p50', 'p95', 'max', 'every part drawn p50', 'p95'], results.interaction.map((r) => [r.label, `${r.cpu}x`, r.clicks, `${r.p50_ms.toFixed(1)} ms`, `${r.p95_ms.toFixed(1)} ms`, `${r.max_ms.toFixed(1)} ms`, `${r.settled_p50_ms.toFixed(1)} ms`, `${r.settled_p95_ms.toFixed(1)} ms`])));
  for (const [page, l] of [['the floor', results.lighthouse_floor], ['/', results.lighthouse]]) {
    if (!l) continue;
    if (l.error) {
      console.log(`\nLighthouse on ${page}: ${l.error}`);
      continue;
    }
    console.log(`\nLighthouse ${l.lighthouse} (mobile) on ${page}, median of ${l.runs} (${l.performance_all.join(', ')}): performance ${l.performance}, TBT ${fmtMs(l.tbt_ms)}, FCP ${fmtMs(l.fcp_ms)}, LCP ${fmtMs(l.lcp_ms)}, CLS ${l.cls?.toFixed(3)}`);
    console.log(`  main-thread work: ${Object.entries(l.main_thread_ms).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
  }
  if (results.trace) {
    const t = results.trace;
    console.log(`\nMain thread during one load of / (trace, 4x): ${t.dom_nodes} elements; tasks over 50 ms: ${t.tasks_over_50ms}, longest ${t.longest_task_ms} ms`);
    console.log(table(['kind', 'ms', 'events'], Object.entries(t.main_thread_ms).map(([k, v]) => [k, v.ms, v.count])));
    for (const k of ['style', 'layout']) {
      console.log(`${k}: ${t[k].count} passes (${t[k].forced} forced by script), ${t[k].ms} ms; longest: ${JSON.stringify(t[k].longest)}`);
    }
  }
  await mkdir(path.dirname(args.out), { recursive: true });
  await writeFile(args.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(REPO_ROOT, args.out)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
