// A/B loads of `/` for a change to the boot path: several builds and the floor, their loads
// interleaved (one of each in turn, the order reversed every other round) in ONE Chromium,
// each a fresh context at 4x CPU and slow 4G (150 ms, 1.6 Mbit/s), phone viewport, gzip and
// the strict CSP (../e2e/server.mjs); the time until the headline figure is on screen is
// measured as tests/bench/bench.mjs measures it. It asserts nothing.
//
//   node tests/bench/ab.mjs [--loads 9] [--query '?ministry=mic,mod' --want 1,573.4億円]
//        [--no-app] [--waterfall] old=DIST new=DIST floor=target/bench/floor.html
//
// A LABEL=FILE.html is served as /floor.html next to the first dist's files: build it with
// that dist's stylesheet name (`floor-page --css style-<hash>.css`, as scripts/bench.sh does).
// --no-app: stop 300 ms after the figure shows instead of waiting for the app to take over
// (quicker; the long tasks then cover only the load). --waterfall: one more load of each
// first, printing its requests (priority, sent, response, end, bytes).
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { startStaticServer } from '../e2e/server.mjs';
import { launchBrowser } from '../e2e/harness.mjs';
import { LOAD_VIEWPORT, SLOW_4G, headlineProbe } from './load-probe.mjs';

const argv = process.argv.slice(2);
let loads = 9, query = '', want = '2,126.2億円', waterfall = false, noApp = false;
const targets = [];
for (let i = 0; i < argv.length; i += 1) {
  const a = argv[i];
  if (a === '--loads') loads = Number(argv[++i]);
  else if (a === '--query') query = argv[++i];
  else if (a === '--want') want = argv[++i];
  else if (a === '--waterfall') waterfall = true;
  else if (a === '--no-app') noApp = true;
  else { const [label, p] = a.split('='); targets.push({ label, p }); }
}

for (const t of targets) {
  if (t.p.endsWith('.html')) {
    const body = await readFile(t.p, 'utf8');
    t.server = await startStaticServer({ root: targets.find((x) => !x.p.endsWith('.html')).p, gzip: true, pages: { '/floor.html': { body } } });
    t.url = `${t.server.origin}/floor.html`;
  } else {
    t.server = await startStaticServer({ root: t.p, gzip: true });
    t.url = `${t.server.url}${query}`;
  }
  t.runs = [];
}
const browser = await launchBrowser();
async function load(t, showWaterfall) {
  const context = await browser.newContext({ viewport: LOAD_VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(headlineProbe(want));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const reqs = new Map(); let bytes = 0; let t0 = null;
  cdp.on('Network.requestWillBeSent', (e) => { if (t0 === null) t0 = e.timestamp; reqs.set(e.requestId, { url: e.request.url.split('/').pop().slice(0, 40), prio: e.request.initialPriority, start: e.timestamp }); });
  cdp.on('Network.responseReceived', (e) => { const r = reqs.get(e.requestId); if (r) r.resp = e.timestamp; });
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; const r = reqs.get(e.requestId); if (r) { r.end = e.timestamp; r.bytes = e.encodedDataLength; } });
  await page.goto(t.url, { waitUntil: 'load', timeout: 120000 });
  await page.waitForFunction(() => window.__bench.shown !== null, null, { timeout: 120000, polling: 50 });
  if (!noApp && !t.p.endsWith('.html')) await page.waitForFunction(() => !document.getElementById('boot'), null, { timeout: 120000, polling: 50 });
  await page.waitForTimeout(noApp ? 300 : 1000);
  const probe = await page.evaluate(() => ({ ...window.__bench, nav: performance.timeOrigin }));
  await context.close();
  if (showWaterfall) {
    console.log(`-- ${t.label}: shown ${probe.shown.toFixed(0)} fcp ${probe.fcp?.toFixed(0)}`);
    const ms = (x) => (x === undefined ? '   -' : ((x - t0) * 1000).toFixed(0).padStart(5));
    for (const r of reqs.values()) console.log(`   ${r.url.padEnd(42)} ${String(r.prio).padEnd(8)} sent ${ms(r.start)} resp ${ms(r.resp)} end ${ms(r.end)} ${r.bytes ?? ''}`);
  }
  return { shown: probe.shown, fcp: probe.fcp, bytes, tbt: probe.longTasks.reduce((a, d) => a + Math.max(0, d - 50), 0), long: probe.longTasks.length, longest: Math.max(0, ...probe.longTasks), cls: probe.cls };
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
if (waterfall) for (const t of targets) await load(t, true);
for (let i = 0; i < loads; i += 1) for (const t of (i % 2 ? [...targets].reverse() : targets)) t.runs.push(await load(t, false));
const floor = targets.find((t) => t.p.endsWith('.html'));
const fm = floor ? med(floor.runs.map((r) => r.shown)) : NaN;
console.log(`loads ${loads} each, query '${query}', load avg ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
for (const t of targets) {
  const s = t.runs.map((r) => r.shown);
  const m = med(s);
  console.log(`${t.label.padEnd(8)} shown median ${m.toFixed(0)} ms [${Math.min(...s).toFixed(0)}-${Math.max(...s).toFixed(0)}] (${s.map((x) => x.toFixed(0)).join(',')}) ratio ${(m / fm).toFixed(2)}x | fcp ${med(t.runs.map((r) => r.fcp)).toFixed(0)} | bytes ${med(t.runs.map((r) => r.bytes))} | long tasks ${med(t.runs.map((r) => r.long))} longest ${med(t.runs.map((r) => r.longest)).toFixed(0)} | blocking (sum over 50) ${med(t.runs.map((r) => r.tbt)).toFixed(0)} [${Math.min(...t.runs.map((r) => r.tbt)).toFixed(0)}-${Math.max(...t.runs.map((r) => r.tbt)).toFixed(0)}] | cls max ${Math.max(...t.runs.map((r) => r.cls)).toFixed(3)}`);
}
await browser.close();
for (const t of targets) await t.server.close?.();
process.exit(0);
