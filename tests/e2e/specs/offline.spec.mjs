// Offline and installable (issue 9, point 6): after one visit the service
// worker serves every screen with the network off, at / and under a
// sub-path; a new deploy waits for the person to press Reload, then leaves
// only its own cache. Each test serves its own copy of a build on a free
// port, so it can stop the server and take the network away for real.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { test, expect, appReady } from '../support/fixtures.mjs';
import { createProject } from '../support/projects.mjs';
import { exitWith, kioskQuestion, startKioskWith } from '../support/lock.mjs';
import { serveStatic } from '../support/static-server.mjs';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const builds = [
  { name: 'at /', dir: path.join(repo, 'dist'), base: '/' },
  { name: 'under /qi-involve/', dir: path.join(repo, 'dist-subpath'), base: '/qi-involve/' },
];
const heading = (page) => page.getByRole('heading', { level: 1 });
const banner = (page) => page.getByRole('status').filter({ hasText: 'A new version is ready' });
const cacheNames = (page) => page.evaluate(() => caches.keys());

/** Waits until the service worker has cached the build and controls the page. */
async function waitForWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** Opens `url` as a deep link, then reloads it: both must render `check`. */
async function openAndReload(page, url, check) {
  for (const load of [() => page.goto(url), () => page.reload()]) {
    await load();
    await appReady(page);
    await check();
  }
}

for (const build of builds) {
  test(`after one visit every screen works with the network off (${build.name})`, async ({ page, context }) => {
    const server = await serveStatic(build.dir);
    const root = `${server.origin}${build.base}`;
    await page.goto(root);
    await appReady(page);
    await waitForWorker(page);
    await expect(banner(page)).toHaveCount(0);

    await server.stop();
    await expect(fetch(root), 'the server is gone').rejects.toThrow();
    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    await expect(heading(page)).toHaveText('Projects');
    await createProject(page, 'Made with no network');
    const id = new URL(page.url()).searchParams.get('id');
    expect(page.url()).toBe(`${root}project?id=${id}`);

    await openAndReload(page, `${root}project?id=${id}`, () =>
      expect(page.getByLabel('Project title')).toHaveValue('Made with no network'),
    );
    await openAndReload(page, `${root}involvement?id=${id}`, () =>
      expect(page.getByRole('heading', { name: 'Experts by Experience' })).toBeVisible(),
    );
    await page.getByLabel('Name or initials').fill('A. B.');
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'A. B.' })).toBeVisible();
    await openAndReload(page, `${root}guide`, () => expect(heading(page)).toHaveText('Little i and Big I guide'));
    await openAndReload(page, `${root}induction?section=support`, () =>
      expect(page.locator('#reader-section-title')).toBeVisible(),
    );
    await openAndReload(page, `${root}dashboard`, () => expect(heading(page)).toHaveText('Dashboard'));
    await openAndReload(page, `${root}settings`, () => expect(heading(page)).toHaveText('Settings'));
    // A kiosk started with no network holds across a reload, which starts
    // the kiosk-only app from the offline copy, and the PIN leads back.
    await page.goto(`${root}involvement?id=${id}`);
    await appReady(page);
    await startKioskWith(page, '2468');
    await page.reload();
    await expect(page.locator('html.qi-kiosk.qi-started')).toHaveCount(1);
    await expect(kioskQuestion(page)).toBeVisible();
    await exitWith(page, '2468');
    await appReady(page);
    expect(page.url()).toBe(`${root}involvement?id=${id}`);
    // An address the build does not have: the app's own not-found page.
    await openAndReload(page, `${root}no-such-page?x=1`, () => expect(heading(page)).toHaveText('Page not found'));
    await page.getByRole('link', { name: 'Go to your projects' }).click();
    await expect(page.getByRole('link', { name: 'Made with no network' })).toBeVisible();
  });
}

// Where there is no service worker, the app runs online as before: no
// error, no banner.
test.describe('without a service worker', () => {
  // Playwright's own blocking, which answers register() with no registration.
  test.use({ serviceWorkers: 'block' });

  test('in a browser set to block them', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    await page.reload();
    await appReady(page);
    await expect(heading(page)).toHaveText('Projects');
    await expect(banner(page)).toHaveCount(0);
  });

  test('in a browser that has none', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined }));
    await page.goto('/guide');
    await appReady(page);
    await expect(heading(page)).toHaveText('Little i and Big I guide');
    await expect(banner(page)).toHaveCount(0);
  });
});

/** Copies dist/ to a new folder that a test may change. */
async function copyOfBuild() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'qi-offline-'));
  await fs.cp(path.join(repo, 'dist'), dir, { recursive: true });
  return dir;
}

/**
 * Makes `dir` what a second deploy would be: every copy of the page marked
 * as build 2, then the real build step, .ci/precache, run again on it, so
 * the worker gets a new file list and version exactly as a build makes them.
 * (Faster and steadier than a second trunk build, and it tests the same
 * step.) Returns the new version.
 */
async function secondBuild(dir) {
  for (const file of await fs.readdir(dir, { recursive: true })) {
    if (!file.endsWith('.html')) continue;
    const page = path.join(dir, file);
    const html = await fs.readFile(page, 'utf8');
    await fs.writeFile(page, html.replace('<meta name="theme-color"', '<meta name="qi-build" content="2">\n  $&'));
  }
  const out = execFileSync('bash', [path.join(repo, '.ci/precache')], {
    env: { ...process.env, TRUNK_STAGING_DIR: dir },
    encoding: 'utf8',
  });
  return out.match(/version ([0-9a-f]{16})/)[1];
}

test('a host that redirects index.html to its folder still works offline', async ({ page, context }) => {
  const server = await serveStatic(builds[0].dir, { cleanUrls: true });
  const root = `${server.origin}/`;
  await page.goto(root);
  await appReady(page);
  await waitForWorker(page);
  expect(server.requests.some((r) => r.status === 301), 'the host really redirected').toBe(true);
  await server.stop();
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await expect(heading(page)).toHaveText('Projects');
  await openAndReload(page, `${root}guide`, () => expect(heading(page)).toContainText('Little i'));
});

test('a new deploy waits for Reload, then runs with only its own cache', async ({ page }) => {
  const dir = await copyOfBuild();
  const server = await serveStatic(dir);
  const buildMark = page.locator('meta[name="qi-build"]');
  try {
    await page.goto(`${server.origin}/guide`);
    await appReady(page);
    await waitForWorker(page);
    const first = await cacheNames(page);
    expect(first).toHaveLength(1);

    const version = await secondBuild(dir);
    expect(first[0]).not.toContain(version);
    // A navigation makes the browser look for a new worker. The page it
    // gets is still the first version, and the new one waits beside it.
    await page.reload();
    await appReady(page);
    await expect(banner(page)).toBeVisible();
    await expect(banner(page).getByRole('heading')).toHaveText('A new version is ready');
    await expect(buildMark).toHaveCount(0);
    await expect.poll(() => cacheNames(page)).toHaveLength(2);

    // From the keyboard.
    const reload = page.getByRole('button', { name: 'Reload' });
    await reload.focus();
    await expect(reload).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(buildMark).toHaveAttribute('content', '2');
    await appReady(page);
    await expect(heading(page)).toHaveText('Little i and Big I guide');
    await expect(banner(page)).toHaveCount(0);
    await expect.poll(() => cacheNames(page)).toEqual([expect.stringMatching(new RegExp(`^qi-involve / ${version}$`))]);
  } finally {
    await server.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
});

/** Init script: the time from navigation start to the app's header. */
function timeTheHeader() {
  const seen = () => {
    if (document.querySelector('nav[aria-label="Main"]') && window.__headerAt === undefined) {
      window.__headerAt = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
}

/** What a first visit asked of the server, up to the worker being ready (raw bytes). */
function firstVisitTraffic(requests) {
  const full = requests.filter((r) => r.status === 200);
  const twice = [...new Set(full.map((r) => r.path))].filter((p) => full.filter((r) => r.path === p).length > 1);
  const bytes = full.reduce((sum, r) => sum + r.bytes, 0);
  const revalidated = requests.filter((r) => r.status === 304).map((r) => r.path);
  return [
    `first visit with the worker: ${requests.length} requests, ${bytes} B raw`,
    `  sent twice in full: ${twice.join(', ') || 'none'}`,
    `  answered 304 (already in the HTTP cache): ${revalidated.join(', ') || 'none'}`,
  ].join('\n');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const brotli = (bytes) => zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// Figures for the report (printed; nothing here passes or fails on them).
test('measure: what the worker costs on a first visit, and a repeat visit offline', async ({ browser }) => {
  test.setTimeout(240_000);
  const dist = path.join(repo, 'dist');
  const size = async (file) => brotli(await fs.readFile(path.join(dist, file)));
  const firstLoad = await size('index.html');
  const extra = [];
  for (const file of ['sw.js', 'manifest.webmanifest']) extra.push([file, await size(file)]);
  // Files the worker caches that a first visit would not otherwise fetch.
  const html = await fs.readFile(path.join(dist, 'index.html'), 'utf8');
  const precached = (await fs.readFile(path.join(dist, 'sw.js'), 'utf8')).match(/files: \[([^\]]*)\]/)[1];
  let more = 0;
  for (const file of precached.match(/'[^']+'/g).map((f) => f.slice(1, -1))) {
    if (file !== 'index.html' && !html.includes(`/${file}`) && file !== 'manifest.webmanifest') more += await size(file);
  }

  // On localhost, and with QI_MEASURE=1 also as on slow clinic Wi-Fi
  // (Chromium's throttling; the server then sends brotli, as a
  // well-configured host would), which takes longer.
  const profiles = [
    { name: 'localhost' },
    { name: 'slow Wi-Fi, 1.6 Mbit/s, 150 ms', slow: { latency: 150, downloadThroughput: 200_000, uploadThroughput: 94_000 } },
  ].filter((profile) => !profile.slow || process.env.QI_MEASURE);
  const headerShown = (page) => page.waitForFunction(() => window.__headerAt !== undefined, null, { timeout: 30_000 });
  const timings = [];
  let traffic = '';
  for (const profile of profiles) {
    const first = [];
    const repeat = [];
    for (let run = 0; run < 5; run++) {
      const server = await serveStatic(dist, { brotli: Boolean(profile.slow) });
      const context = await browser.newContext();
      await context.addInitScript(timeTheHeader);
      const page = await context.newPage();
      if (profile.slow) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.slow });
      }
      await page.goto(`${server.origin}/`);
      await headerShown(page);
      first.push(await page.evaluate(() => window.__headerAt));
      await waitForWorker(page);
      if (run === 0 && !profile.slow) traffic = firstVisitTraffic(server.requests);
      await server.stop();
      await context.setOffline(true);
      await page.goto(`${server.origin}/`);
      await headerShown(page);
      repeat.push(await page.evaluate(() => window.__headerAt));
      await context.close();
    }
    timings.push({ name: profile.name, first, repeat });
  }
  const ms = (xs) => `${Math.round(median(xs))} ms (runs: ${xs.map(Math.round).join(', ')})`;
  console.log(
    [
      `service worker cost, brotli -q 11 (index.html alone is ${firstLoad} B):`,
      ...extra.map(([file, bytes]) => `  ${file.padEnd(22)} ${bytes} B`),
      `  other files it caches  ${more} B (route copies, 404.html, icons, robots.txt)`,
      traffic,
      'navigation start to the header, median of 5:',
      ...timings.flatMap(({ name, first, repeat }) => [
        `  ${name}: first visit ${ms(first)}`,
        `  ${name}: repeat visit, no network ${ms(repeat)}`,
      ]),
    ].join('\n'),
  );
});
