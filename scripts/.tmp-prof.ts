import { chromium } from '@playwright/test';
import { findChromium, chromiumArgs } from '../e2e/chromium.ts';
const url = process.argv[2] ?? 'http://127.0.0.1:4340/search/?q=Kazakhtelecom';
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE ?? 1) });
await page.addInitScript(() => {
  (window as any).lt = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  (window as any).lcp = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries() as any[]) (window as any).lcp.push([Math.round(e.startTime), e.size, e.element?.tagName + '.' + e.element?.className]); }).observe({ type: 'largest-contentful-paint', buffered: true });
});
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
await page.goto(url);
await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached' });
await page.waitForTimeout(1500);
const { profile } = await cdp.send('Profiler.stop') as any;
console.log('longtasks', JSON.stringify(await page.evaluate(() => (window as any).lt)));
console.log('lcp', JSON.stringify(await page.evaluate(() => (window as any).lcp)));
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas as number[];
profile.samples.forEach((id: number, i: number) => { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`).join('\n'));

const lts = await page.evaluate(() => (window as any).lt) as [number, number][];
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
// profile times are in microseconds relative to profile.startTime; page timeOrigin differs: align via navigationStart approx
const navStart = await page.evaluate(() => performance.timeOrigin * 1000);
let t = profile.startTime;
const samples: { t: number; id: number }[] = profile.samples.map((id: number, i: number) => { t += dt[i] ?? 0; return { t, id }; });
// Chrome profile timestamps are monotonic (not epoch); estimate offset using first long task is hard; print tasks by relative windows instead.
const first = samples[0]!.t;
for (const [start, dur] of lts) {
  const counts = new Map<string, number>();
  for (const s of samples) {
    const rel = (s.t - first) / 1000;
    void rel;
  }
}
const frames = (id: number) => { const out: string[] = []; let cur: number | undefined = id; while (cur !== undefined) { const n: any = byId.get(cur); const f = n.callFrame; if (f.url.includes('search.astro') || f.url.includes('pagefind.js')) out.push(`${f.functionName || '(anon)'}@${f.url.split('/').pop()?.slice(0, 12)}:${f.columnNumber}`); cur = parent.get(cur); } return out; };
// Busy stretches: consecutive non-idle samples
let runStart = -1; let runEnd = -1; const runs: { s: number; e: number; tops: Map<string, number> }[] = []; let cur: any = null;
for (const s of samples) {
  const n: any = byId.get(s.id); const idle = n.callFrame.functionName === '(idle)';
  if (!idle) { if (!cur) { cur = { s: s.t, e: s.t, tops: new Map() }; runs.push(cur); } cur.e = s.t; const fr = frames(s.id); const key = fr.slice(-3).join(' < ') || n.callFrame.functionName; cur.tops.set(key, (cur.tops.get(key) ?? 0) + 1); }
  else if (cur && s.t - cur.e > 2000) cur = null;
}
for (const r of runs) { const d = (r.e - r.s) / 1000; if (d < 30) continue; console.log(`busy ${((r.s - first) / 1000).toFixed(0)}ms +${d.toFixed(0)}ms`); for (const [k, v] of [...r.tops].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log('   ', v, k); }
await browser.close();
