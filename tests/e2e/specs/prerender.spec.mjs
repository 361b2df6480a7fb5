// The app's first render written into the pages at build time
// (.ci/prerender.mjs, issue 11): the Guide and the Induction guide arrive
// with their text in the HTML; the project list, the Dashboard and
// Settings with what a first visit sees, shown only where nothing is
// stored; a project's screens with the header. The app replaces the copy
// without a second <main>, a flash or a layout shift; and with JavaScript
// off the text is still there.
import { test, expect, appReady } from '../support/fixtures.mjs';
import { subPathPort } from '../playwright.config.mjs';

const STATIC = [
  { path: '/guide', heading: 'Little i and Big I guide', title: 'Guide – QI Involve' },
  { path: '/induction', heading: 'Getting started in quality improvement', title: 'Induction guide – QI Involve' },
];
// Screens that show what is stored: copied as a first visit sees them.
const FIRST_VISIT = [
  { path: '/', heading: 'Projects', title: 'Projects – QI Involve' },
  { path: '/dashboard', heading: 'Dashboard', title: 'Dashboard – QI Involve' },
  { path: '/settings', heading: 'Settings', title: 'Settings – QI Involve' },
];
const COPIED = [...STATIC, ...FIRST_VISIT];

/** The page as served, before any script runs. */
async function rawHtml(request, url) {
  const response = await request.get(url);
  expect(response.ok(), `${url} is served`).toBe(true);
  return response.text();
}

for (const { path, heading, title } of COPIED) {
  test(`${path}: the served page holds the app's text, which the app then takes over`, async ({ page, request }) => {
    const html = await rawHtml(request, `${path.replace(/\/$/, '')}/index.html`);
    expect(html).toContain(`<h1>${heading}</h1>`);
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toMatch(/<main [^>]*data-prerendered/);
    // Nothing the Content-Security-Policy would block.
    expect(html).not.toMatch(/\sstyle=|<style/);

    // Layout shifts from the first byte until the app has taken over.
    await page.addInitScript(() => {
      window.qiShifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.qiShifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await appReady(page);
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    // Two frames for any shift the takeover caused to be reported.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const cls = await page.evaluate(() => window.qiShifts.reduce((a, b) => a + b, 0));
    expect(cls, 'cumulative layout shift while loading').toBeLessThanOrEqual(0.02);
  });
}

test('the copied text is exactly what the app shows on a first visit', async ({ browser }) => {
  const off = await browser.newContext({ javaScriptEnabled: false });
  const still = await off.newPage();
  for (const { path } of COPIED) {
    await still.goto(path);
    const copied = await still.locator('body').innerText();
    // A first visit each time: nothing stored, and no service worker, whose
    // cache would change the storage figures Settings reports.
    const fresh = await browser.newContext({ serviceWorkers: 'block' });
    const page = await fresh.newPage();
    await page.goto(path);
    await appReady(page);
    const live = await page.locator('body').innerText();
    // <noscript> shows only with JavaScript off; the rest must match.
    expect(copied.replace(/^QI Involve needs JavaScript.*$/m, '').trim(), path).toBe(live.trim());
    await fresh.close();
  }
  await off.close();
});

test('with JavaScript off the guides still read, and other pages show the header', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const { path, heading } of COPIED) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.locator('main')).toHaveCount(1);
  }
  await page.goto('/project?id=x');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  // No main is copied for a project's screens: a first visit has no project.
  await expect(page.locator('main')).toHaveCount(0);
  await context.close();
});

test('the copy of a screen with fields takes no typing, so none is lost when the app arrives', async ({ browser }) => {
  // The wasm never arrives, so only the copy is on the page.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/settings');
  const field = page.locator('main input[type="text"]').first();
  await expect(field).toBeVisible();
  await field.click({ force: true });
  await page.keyboard.type('Typed before the app started');
  await expect(field).toHaveValue('');
  await expect(page.locator('main :focus')).toHaveCount(0);
  await context.close();
});

for (const path of ['/settings', '/induction']) {
  test(`${path} on a first visit: the copy is replaced whole, with no frame missing its lower parts`, async ({ page }) => {
    // At every frame from the first byte: the <main>s and the headings in
    // them on show. The app draws its screen a part per frame behind the
    // copy, so both are in the page for a while, but only one is on show.
    await page.addInitScript(() => {
      window.qiFrames = [];
      const count = () => {
        const shown = (selector) => [...document.querySelectorAll(selector)].filter((e) => e.checkVisibility()).length;
        window.qiFrames.push({ mains: shown('main'), headings: shown('main h2, main h3') });
        if (!document.documentElement.classList.contains('qi-started')) requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
    });
    await page.goto(path);
    await appReady(page);
    const frames = await page.evaluate(() => window.qiFrames.filter((f) => f.mains > 0));
    const whole = await page.locator('main h2, main h3').evaluateAll((all) => all.filter((e) => e.checkVisibility()).length);
    expect(frames.length, 'frames with the screen on show').toBeGreaterThan(0);
    expect(Math.max(...frames.map((f) => f.mains)), '<main>s on show in any frame').toBe(1);
    expect(Math.min(...frames.map((f) => f.headings)), 'headings in the fewest frame').toBe(whole);
  });
}

test('a host that answers one address with another route\'s page does not show that screen', async ({ browser, request }) => {
  // A static host's fallback: /dashboard answered with the Settings page.
  const settings = await rawHtml(request, '/settings/index.html');
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/dashboard', (route) => route.fulfill({ body: settings, contentType: 'text/html' }));
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/dashboard');
  await expect(page.locator('html.qi-elsewhere')).toHaveCount(1);
  await expect(page.locator('main[data-prerendered]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  // Nor does it preload the other screen's modules.
  const preloaded = await page.evaluate(() => {
    const lists = JSON.parse(document.getElementById('qi-preloads').textContent);
    const links = [...document.querySelectorAll('link[rel="preload"]')].map((l) => l.getAttribute('href'));
    return { screen: lists.screen.length, preloaded: lists.screen.filter((f) => links.includes(f)) };
  });
  expect(preloaded.screen, 'Settings has modules of its own').toBeGreaterThan(0);
  expect(preloaded.preloaded).toEqual([]);
  await context.close();
});

test('the guide is the live app once started: the self-assessment answers', async ({ page }) => {
  await page.goto('/guide');
  await appReady(page);
  for (const fieldset of await page.locator('fieldset.question').all()) {
    await fieldset.getByLabel('Yes').check();
  }
  await expect(page.getByRole('heading', { name: /^Suggested level: / })).toBeVisible();
  // The induction guide's Next link moves on within the app.
  await page.goto('/induction');
  await appReady(page);
  await page.getByRole('link', { name: /^Next: / }).click();
  await expect(page).toHaveURL(/section=/);
  await expect(page.locator('main')).toHaveCount(1);
});

test('the sub-path build copies links under its path', async ({ request }) => {
  const html = await rawHtml(request, `http://127.0.0.1:${subPathPort}/qi-involve/guide/index.html`);
  expect(html).toContain('<h1>Little i and Big I guide</h1>');
  expect(html).toContain('href="/qi-involve/induction"');
  expect(html).not.toContain('href="/guide"');
});

test('each way of writing a page\'s own address shows its copy, here and under a sub-path', async ({ browser }) => {
  // The wasm never arrives, so only what the HTML and CSS do is seen.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  const sub = `http://127.0.0.1:${subPathPort}/qi-involve`;
  for (const [address, heading] of [['/', 'Projects'], ['/index.html', 'Projects'], ['/settings', 'Settings'],
    ['/settings/', 'Settings'], ['/settings/index.html', 'Settings'], [`${sub}/`, 'Projects'],
    [`${sub}/index.html`, 'Projects'], [`${sub}/settings`, 'Settings'], [`${sub}/settings/`, 'Settings']]) {
    await page.goto(address);
    await expect(page.locator('html.qi-fresh'), address).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1, name: heading }), address).toBeVisible();
  }
  await context.close();
});

test('while a kiosk runs, the copied page (with staff navigation) is never shown', async ({ browser }) => {
  // The wasm never arrives, so only what the HTML and CSS do is seen.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/induction');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.evaluate(() => localStorage.setItem('qi-involve:kiosk-session', '{"version":1,"value":{}}'));
  await page.reload();
  await expect(page.locator('header[data-prerendered]')).toBeAttached();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await context.close();
});

test('where data is stored, the copied main stays hidden until the app replaces it', async ({ browser }) => {
  // Settings (say, a welcome note) or projects change what these screens
  // show, so the copy for an empty device would flash or shift.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/guide');
  await expect(page.getByRole('heading', { level: 1, name: 'Little i and Big I guide' })).toBeVisible();
  await page.evaluate(() => localStorage.setItem('qi-involve:settings', '{"version":1,"value":{}}'));
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('main[data-prerendered]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await context.close();
});
