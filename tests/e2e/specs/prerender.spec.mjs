// The app's first render written into the pages at build time
// (.ci/prerender.mjs, issue 11): the Guide and the Induction guide arrive
// with their text in the HTML, every other page with the header; the app
// replaces the copy without a second <main>, a flash or a layout shift;
// and with JavaScript off the text is still there.
import { test, expect, appReady } from '../support/fixtures.mjs';
import { subPathPort } from '../playwright.config.mjs';

const STATIC = [
  { path: '/guide', heading: 'Little i and Big I guide', title: 'Guide – QI Involve' },
  { path: '/induction', heading: 'Getting started in quality improvement', title: 'Induction guide – QI Involve' },
];

/** The page as served, before any script runs. */
async function rawHtml(request, url) {
  const response = await request.get(url);
  expect(response.ok(), `${url} is served`).toBe(true);
  return response.text();
}

for (const { path, heading, title } of STATIC) {
  test(`${path}: the served page holds the app's text, which the app then takes over`, async ({ page, request }) => {
    const html = await rawHtml(request, `${path}/index.html`);
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

test('the copied text is exactly what the app shows', async ({ browser, page }) => {
  const off = await browser.newContext({ javaScriptEnabled: false });
  const still = await off.newPage();
  for (const { path } of STATIC) {
    await still.goto(path);
    const copied = await still.locator('body').innerText();
    await page.goto(path);
    await appReady(page);
    const live = await page.locator('body').innerText();
    // <noscript> shows only with JavaScript off; the rest must match.
    expect(copied.replace(/^QI Involve needs JavaScript.*$/m, '').trim(), path).toBe(live.trim());
  }
  await off.close();
});

test('with JavaScript off the guides still read, and other pages show the header', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const { path, heading } of STATIC) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.locator('main')).toHaveCount(1);
  }
  await page.goto('/settings');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  // No main is copied for screens that show stored data.
  await expect(page.locator('main')).toHaveCount(0);
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
