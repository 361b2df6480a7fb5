// The last screen a device showed, painted on the next load before the
// app's code has arrived (issue 11; src/storage/last_screen.rs): kept when
// the page is hidden, shown only where it still matches, inert, and gone
// once the app has drawn the same screen, with no frame between.
import { test, expect, appReady, expectNoAxeViolations, screenshotsAtTabletSizes } from '../support/fixtures.mjs';
import { createProject, fillAndWait } from '../support/projects.mjs';
import { kioskOnNewProject } from '../support/lock.mjs';

const KEY = 'qi-involve:last-screen';
const MAIN_WASM = /\/qi-involve-[0-9a-f]+_bg\.wasm$/;

/** Holds back the app's main module on `page` until the returned
 * function is called, so a test can look at the page before the app. */
async function holdTheApp(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(MAIN_WASM, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

// The service worker would answer for the app's code from its cache,
// where a test cannot hold it back.
test.use({ serviceWorkers: 'block' });

// Tests leave the app for robots.txt, a page of the same origin that runs
// no app; the browser then asks for /favicon.ico, which the build has not.
test.beforeEach(async ({ context }) => {
  await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
});

/** A page's own kept screen, parsed, or null. */
const keptScreen = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);

/** Counts the frames that show `text` neither in the kept copy nor in the
 * app's own screen, from the first frame that shows it until the app has
 * started: once on screen it must stay. (The parser may yield a frame
 * before index.html's last-screen script has run: that frame shows the
 * page's header and the hidden copied main, as on any device with data.) */
async function countFramesWithout(page, text) {
  await page.addInitScript((wanted) => {
    window.__framesWithout = 0;
    let seen = false;
    const shows = (e) => e.checkVisibility({ visibilityProperty: true }) && e.textContent.includes(wanted);
    const check = () => {
      const showing = [...document.querySelectorAll('main')].some(shows);
      seen ||= showing;
      if (seen && !showing) window.__framesWithout += 1;
      if (!document.documentElement.classList.contains('qi-started')) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, text);
}

/** A new project called `title`, then the register listing it, then a
 * reload with the app held back: resolves to the release. */
async function listThenReloadHeld(page, title) {
  await page.goto('/');
  await appReady(page);
  await createProject(page, title);
  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  const release = await holdTheApp(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  return release;
}

test('a reload paints the last screen before the app arrives, then the app takes its place with no gap', async ({ page }) => {
  const title = 'Night-time falls on Ward 7';
  await countFramesWithout(page, title);
  const release = await listThenReloadHeld(page, title);

  const copy = page.locator('main[data-last-screen]');
  await expect(copy).toBeVisible();
  await expect(copy).toContainText(title);
  await expect(copy).toHaveAttribute('inert', '');
  // Inert: nothing in it takes focus (nor taps, nor a screen reader's).
  const link = copy.locator('a', { hasText: title });
  expect(await link.evaluate((e) => { e.focus(); return document.activeElement === e; })).toBe(false);
  await expect(page).toHaveTitle(/QI Involve/);
  await screenshotsAtTabletSizes(page, 'last-screen-before-the-app');

  release();
  await appReady(page);
  await expect(page.locator('[data-last-screen]')).toHaveCount(0);
  await expect(page.locator('html.qi-last-screen')).toHaveCount(0);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expect(page.locator('main')).toHaveCount(1);
  expect(await page.evaluate(() => window.__framesWithout)).toBe(0);
  await expectNoAxeViolations(page);
});

test('a change made after the screen was kept drops the copy, so it never shows what is no longer stored', async ({ page, context }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Discharge letters');
  const address = new URL(page.url()).pathname + new URL(page.url()).search;
  await page.goto('/');
  await appReady(page);
  // Leaving the page keeps its screen.
  await page.goto('/robots.txt');
  expect((await keptScreen(page))?.path).toBe('/');

  // Another tab renames the project: its save drops the copy at once.
  const other = await context.newPage();
  await other.goto(address);
  await appReady(other);
  await fillAndWait(other, 'Project title', 'Discharge letters sent on the day');
  expect(await keptScreen(other)).toBeNull();
  await other.close();

  // The closed tab kept its own screen, the project's: the list shows none.
  const release = await holdTheApp(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('[data-last-screen]')).toHaveCount(0);
  release();
  await appReady(page);
  await expect(page.getByRole('link', { name: 'Discharge letters sent on the day' })).toBeVisible();
});

test('a copy from another build, another address or another lock state is not shown', async ({ page }) => {
  const title = 'Carers at ward rounds';
  const release = await listThenReloadHeld(page, title);
  await expect(page.locator('main[data-last-screen]')).toContainText(title);
  release();
  await appReady(page);
  await page.goto('/robots.txt');
  const kept = await keptScreen(page);
  expect(kept.locked).toBe(false);

  for (const change of [{ build: '/qi-involve-0000000000000000.js' }, { path: '/dashboard' }, { locked: true }, { v: 2 }]) {
    await page.evaluate(([key, value]) => localStorage.setItem(key, JSON.stringify(value)), [KEY, { ...kept, ...change }]);
    const held = await holdTheApp(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await expect(page.locator('[data-last-screen]'), JSON.stringify(change)).toHaveCount(0);
    held();
    await appReady(page);
    await page.unrouteAll();
    await page.goto('/robots.txt');
  }
});

test('fields show what they held, and a PIN typed in is never kept', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Clinic feedback');
  const general = page.url();
  await page.goto('/robots.txt');
  expect((await keptScreen(page)).html).toContain('value="Clinic feedback"');

  await page.goto(general);
  await appReady(page);
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Involvement record' }).click();
  await expect(page.getByRole('heading', { name: 'Kiosk feedback' })).toBeVisible();
  await page.getByLabel('PIN', { exact: true }).fill('97531');
  await page.getByLabel('Enter the PIN again').fill('97531');
  await page.goto('/robots.txt');

  const kept = await keptScreen(page);
  expect(kept.path).toMatch(/^\/involvement\?id=/);
  expect(kept.html).toContain('Kiosk feedback');
  expect(kept.html).not.toContain('97531');
});

test('the running kiosk is never kept: a reload starts the kiosk-only app, which shows none', async ({ page }) => {
  const record = await kioskOnNewProject(page, 'Outpatient clinic', '2468');

  // At its question, in the whole app where it was started.
  await page.goto('/robots.txt');
  expect(await keptScreen(page)).toBeNull();

  // A person chose an answer and began to write, in the kiosk-only app.
  await page.goto(record);
  await expect(page.locator('html.qi-kiosk.qi-started')).toHaveCount(1);
  await page.getByRole('button', { name: 'Good', exact: true }).click();
  await page.getByLabel('What would make it better?').fill('The wait in the morning');
  await page.goto('/robots.txt');
  expect(await keptScreen(page)).toBeNull();
});
