// Where the time goes in one of the big-portfolio scenarios: seeds the
// portfolio as thousand-projects.mjs does, runs a scenario under the
// Chrome DevTools Protocol's sampling profiler, and prints the functions
// with the most samples (self, and anywhere on the stack).
//
//   node tests/bench/profile.mjs search|record|dashboard|typing|start [dist-dir]
//
// Function names need a build that keeps them, for example
//   trunk build --release --dist /tmp/prof-dist index-prof.html
// with `data-keep-debug="true"` on the rust link of a copy of index.html.
// Without them, wasm functions show as wasm-function[N].
import { chromium } from '../e2e/node_modules/playwright-core/index.mjs';
import { chromiumFlags } from '../e2e/support/browser.mjs';
import { installPageTools, serveDist } from './support.mjs';
import { bigPortfolio, installStartupProbe, seedThroughImport } from './thousand-projects.mjs';

const SCENARIOS = {
  // Every query of the bench typed once.
  search: (page) => page.evaluate(async () => {
    const input = document.getElementById('project-search');
    for (const q of ['ward', 'carer feedback', 'discharge', 'zzz']) {
      for (const ch of q) {
        input.value += ch;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await window.__tools.afterWork();
      }
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await window.__tools.afterWork();
    }
  }),
  record: (page, bigId) => page.evaluate(async (id) => {
    const { until, nav } = window.__tools;
    for (let i = 0; i < 3; i++) {
      window.location.hash = '';
      document.querySelector(`.project-card a[href$="id=${id}"]`).click();
      await until(() => document.getElementById('project-title')?.value);
      [...document.querySelectorAll('.tabs__link')].find((a) => a.textContent.trim() === 'Involvement record').click();
      await until(() => document.querySelectorAll('.record-list li.record').length > 0);
      nav('Projects');
      await until(() => document.querySelector('.project-card'));
    }
  }, bigId),
  dashboard: (page) => page.evaluate(async () => {
    const { until, nav } = window.__tools;
    for (let i = 0; i < 3; i++) {
      nav('Dashboard');
      await until(() => document.querySelector('.headline .big-figure__number'));
      nav('Projects');
      await until(() => document.querySelector('.project-card'));
    }
  }),
  typing: async (page, bigId) => {
    await page.evaluate(async (id) => {
      document.querySelector(`.project-card a[href$="id=${id}"]`).click();
      await window.__tools.until(() => document.getElementById('project-aim'));
    }, bigId);
    await page.locator('#project-aim').click();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.type(' better', { delay: 60 });
      await page.waitForTimeout(450);
    }
  },
  start: (page) => page.reload({ waitUntil: 'load' }).then(() => page.locator('.project-card').first().waitFor()),
};

function summarise(profile, top = 30) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url ? ` ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}` : ''}`;
  const self = new Map();
  const total = new Map();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (['(idle)', '(program)', '(garbage collector)'].includes(node.callFrame.functionName)) return;
    all += dt;
    self.set(name(node), (self.get(name(node)) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const k = name(byId.get(at));
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  const show = (title, map) => {
    console.log(`\n${title} (ms of ${all.toFixed(0)} busy)`);
    for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`  ${v.toFixed(1).padStart(8)}  ${k.slice(0, 150)}`);
    }
  };
  show('self', self);
  show('total (anywhere on the stack)', total);
}

async function main() {
  const [scenario, dist] = process.argv.slice(2);
  if (!SCENARIOS[scenario]) throw new Error(`scenario: one of ${Object.keys(SCENARIOS).join(', ')}`);
  const { base, stop } = await serveDist(dist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumFlags });
  try {
    const page = await (await browser.newContext({ viewport: { width: 768, height: 1024 } })).newPage();
    page.setDefaultTimeout(60_000);
    await page.addInitScript(installStartupProbe);
    const { text, bigId } = bigPortfolio();
    await seedThroughImport(page, base, text);
    await page.goto(`${base}/`);
    await page.locator('.project-card').first().waitFor();
    await page.evaluate(installPageTools);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await SCENARIOS[scenario](page, bigId);
    const { profile } = await cdp.send('Profiler.stop');
    summarise(profile, Number(process.env.TOP ?? 30));
  } finally {
    await browser.close();
    stop();
  }
}

main().catch((err) => {
  console.error(`profile: ${err.stack ?? err}`);
  process.exitCode = 1;
});
