// The split build (issue 11): each screen but the list is its own download
// (src/lazy_routes.rs, .ci/split). A first visit fetches only what its
// screen needs; a screen's download that fails is said plainly and can be
// tried again, and the rest of the app keeps working.
import { test, expect, appReady, expectNoAxeViolations } from '../support/fixtures.mjs';
import { createProject } from '../support/projects.mjs';
import { lockTheGuide } from '../support/lock.mjs';

// No service worker: it would fetch every module at install, and these
// tests are about what the app itself asks for.
test.use({ serviceWorkers: 'block' });

/** Split points every page asks for once its first screen is whole
 * (tested on its own below), whatever the screen. */
const AFTER_START = new Set(['update_prompt']);

/** The screens' own modules the page has requested so far. */
function screenModules(page) {
  const seen = new Set();
  page.on('request', (r) => {
    const m = r.url().match(/\/split_([a-z_]+)-[0-9a-f]+\.wasm$/);
    if (m && !AFTER_START.has(m[1])) seen.add(m[1]);
  });
  return seen;
}

test('the service worker\'s code, and the update prompt, are asked for only once the first screen is whole', async ({ page }) => {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.documentElement.classList.contains('qi-started')) return;
      window.__startedAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  const asked = page.waitForRequest(/\/split_update_prompt-[0-9a-f]+\.wasm$/);
  await page.goto('/');
  await appReady(page);
  await asked;
  const started = await page.evaluate(() => window.__startedAt);
  // Its timing entry is written only once its download has finished,
  // which can be after the request was seen.
  await expect.poll(() => requestedAt(page, 'update_prompt')).toBeDefined();
  const at = await requestedAt(page, 'update_prompt');
  expect(started).toBeGreaterThan(0);
  expect(at).toBeGreaterThan(started);
  // Its live region was on the page from the first frame of the app.
  await expect(page.locator('main#main-content > [role="status"]').first()).toBeAttached();
});

/** From the next page load on, counts in `window.__framesWithout` the
 * frames painted with a main on show but no `selector` in it, checked
 * just before each paint, until the app's own main is on show with
 * `selector` in it. (While the app draws its screen behind a copy of it,
 * the copy is the main on show.) With `once`, only frames whose main
 * already has `once` count. */
async function countFramesWithout(page, selector, once = null) {
  await page.addInitScript(([wanted, drawn]) => {
    window.__framesWithout = 0;
    const check = () => {
      const main = [...document.querySelectorAll('main#main-content')]
        .find((m) => m.checkVisibility({ visibilityProperty: true }));
      const counts = drawn ? !!main?.querySelector(drawn) : !!main;
      if (counts && !main.querySelector(wanted)) window.__framesWithout += 1;
      const own = main && !main.matches('[data-prerendered], [data-last-screen]');
      if (!(own && main.querySelector(wanted))) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, [selector, once]);
}

/** After a failed download: another screen still opens, and nothing
 * crashed. */
async function guideStillOpens(page, crashes) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide' }).click();
  await expect(page.getByRole('heading', { name: 'Little i and Big I guide', level: 1 })).toBeVisible();
  expect(crashes).toEqual([]);
}

/** Opens the involvement record of a new project called `title`. */
async function openNewRecord(page, title) {
  await page.goto('/');
  await appReady(page);
  await createProject(page, title);
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Involvement record' }).click();
}

/** A page of its own context (a failed download is logged as an error,
 * which the shared page fixture would count as a fault) in which the
 * modules matching `blocked` cannot be downloaded, and its uncaught errors. */
async function pageWithoutModule(browser, blocked) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const crashes = [];
  page.on('pageerror', (e) => crashes.push(e.message));
  await context.route(blocked, (route) => route.abort('internetdisconnected'));
  return { context, page, crashes };
}

test('the list downloads no screen module, and each screen downloads only its own', async ({ page }) => {
  const seen = screenModules(page);
  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
  expect([...seen]).toEqual([]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide' }).click();
  await expect(page.getByRole('heading', { name: 'Little i and Big I guide', level: 1 })).toBeVisible();
  expect([...seen]).toEqual(['guide_screen']);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  expect([...seen].sort()).toEqual(['guide_screen', 'settings_screen']);
});

test('a deep link downloads its screen before the app draws it, with no empty page between', async ({ page }) => {
  const seen = screenModules(page);
  await countFramesWithout(page, 'h1');
  await page.goto('/settings');
  await appReady(page);
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  expect([...seen]).toEqual(['settings_screen']);
  expect(await page.evaluate(() => window.__framesWithout)).toBe(0);
});

test('a screen whose download fails says so, the app keeps working, and Try again opens it', async ({ browser }) => {
  const settings = /\/split_settings_screen-[0-9a-f]+\.wasm$/;
  const { context, page, crashes } = await pageWithoutModule(browser, settings);
  await page.goto('/');
  await appReady(page);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Settings' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'This screen could not be opened' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Your saved projects are still on this device.');
  await expect(page).toHaveTitle('Screen not loaded – QI Involve');
  await expectNoAxeViolations(page);

  // The rest of the app still works: the list opens and a project is made.
  await nav.getByRole('link', { name: 'Projects' }).click();
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project title').fill('Falls audit');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByLabel('Project title')).toHaveValue('Falls audit');

  // Back on Settings with the connection restored, Try again opens it.
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(alert).toBeVisible();
  await context.unroute(settings);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  expect(crashes).toEqual([]);
  await context.close();
});

test('the new project form, a download of its own, says so if it cannot be fetched', async ({ browser }) => {
  const { context, page, crashes } = await pageWithoutModule(browser, /\/split_new_project-[0-9a-f]+\.wasm$/);
  await page.goto('/');
  await appReady(page);
  await page.getByRole('button', { name: 'New project' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The new project form could not be opened' })).toBeVisible();
  await expectNoAxeViolations(page);
  // The rest of the list still works.
  await guideStillOpens(page, crashes);
  await context.close();
});

test('the kiosk\'s code is fetched when someone comes to its PIN, not with the involvement record', async ({ page }) => {
  const seen = screenModules(page);
  await openNewRecord(page, 'Waiting room feedback');
  await expect(page.getByRole('button', { name: 'Start kiosk' })).toBeVisible();
  // The record is drawn and idle: nothing has asked for the lock yet.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
  expect(seen.has('locked_shell')).toBe(false);

  const fetched = page.waitForRequest(/\/split_locked_shell-[0-9a-f]+\.wasm$/);
  await page.getByLabel('PIN', { exact: true }).focus();
  await fetched;
  await page.getByLabel('PIN', { exact: true }).fill('2468');
  await page.getByLabel('Enter the PIN again').fill('2468');
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  // A locked tablet that reloads downloads the kiosk-only app
  // (src/kiosk_app.rs) and nothing else: not the whole app's main module,
  // nor the involvement record the page's address names, nor the lock's
  // module in the whole app.
  const wasm = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('.wasm')) wasm.push(new URL(r.url()).pathname);
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /how was your experience/ })).toBeVisible();
  await expect(page.locator('html.qi-kiosk.qi-started')).toHaveCount(1);
  expect(wasm).toHaveLength(1);
  expect(wasm[0]).toMatch(/^\/qi-kiosk-[0-9a-f]+_bg\.wasm$/);
});

test('under the reader lock, a reload starts the whole app with the lock\'s module, not the kiosk-only app', async ({ page }) => {
  await page.goto('/induction');
  await appReady(page);
  await lockTheGuide(page, '8642');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  const wasm = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('.wasm')) wasm.push(new URL(r.url()).pathname);
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Getting started in quality improvement' })).toBeVisible();
  await expect(page.locator('html.qi-locked.qi-started')).toHaveCount(1);
  await expect(page.locator('html.qi-kiosk')).toHaveCount(0);
  expect(wasm.some((p) => /^\/qi-involve-[0-9a-f]+_bg\.wasm$/.test(p))).toBe(true);
  expect(wasm.some((p) => /^\/split_locked_shell-[0-9a-f]+\.wasm$/.test(p))).toBe(true);
  expect(wasm.some((p) => p.includes('qi-kiosk'))).toBe(false);
});

/** From the next page load on, records in `window.__ownMainAt` the time of
 * the first frame (its animation frame's time, just before it paints) in
 * which the app's own main is on show. */
async function whenOwnMainShown(page) {
  await page.addInitScript(() => {
    const check = (now) => {
      const own = document.querySelector('main#main-content:not([data-prerendered]):not([data-last-screen])');
      if (own?.checkVisibility({ visibilityProperty: true })) window.__ownMainAt = now;
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

// With projects stored, the list's heading, and the header and banners
// above it, paint from the main module; the rows' code, and the
// Dashboard's, is asked for once they have. The start lasts until the
// screen is whole.
for (const { screen, path, drawn } of [
  { screen: 'project_list', path: '/', drawn: '.project-list' },
  { screen: 'dashboard_screen', path: '/dashboard', drawn: 'h1' },
]) {
  test(`with projects stored, ${screen} is asked for once the app's first frame has painted`, async ({ page }) => {
    const seen = screenModules(page);
    await page.goto('/');
    await appReady(page);
    await createProject(page, 'Falls audit');
    await whenOwnMainShown(page);
    await page.goto(path);
    await appReady(page);
    expect(await page.evaluate((d) => !!document.querySelector(`main#main-content ${d}`), drawn)).toBe(true);
    expect((await preloadedModules(page)).filter((href) => href.includes(`/split_${screen}-`))).toEqual([]);
    const shown = await page.evaluate(() => window.__ownMainAt);
    const asked = await requestedAt(page, screen);
    expect(shown).toBeGreaterThan(0);
    expect(asked).toBeGreaterThan(shown);
    if (screen !== 'project_list') return;
    // With nothing stored, the list's page does not ask for the rows' code.
    await page.evaluate(() => localStorage.clear());
    seen.clear();
    await page.reload();
    await appReady(page);
    await expect(page.getByRole('heading', { name: 'No projects on this device yet' })).toBeVisible();
    expect(seen.has('project_list')).toBe(false);
  });
}

test('the list of projects, a download of its own, says so if it cannot be fetched', async ({ browser }) => {
  const { context, page, crashes } = await pageWithoutModule(browser, /\/split_project_list-[0-9a-f]+\.wasm$/);
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Falls audit');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The list of projects could not be opened' })).toBeVisible();
  await expectNoAxeViolations(page);
  // The project is still stored, and the rest of the app still works.
  expect(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('qi-involve:project:')))).toBe(true);
  await guideStillOpens(page, crashes);
  await context.close();
});

test('opening the new project form fetches the General tab, its tail and the list rows while the title is typed', async ({ page }) => {
  const seen = screenModules(page);
  await page.goto('/');
  await appReady(page);
  const wanted = ['project_screen', 'general_tail', 'project_list']
    .map((name) => page.waitForRequest(new RegExp(`/split_${name}-[0-9a-f]+\\.wasm$`)));
  await page.getByRole('button', { name: 'New project' }).click();
  await expect(page.getByLabel('Project title')).toBeVisible();
  await Promise.all(wanted);
  expect([...seen].sort()).toEqual(['general_tail', 'new_project', 'project_list', 'project_screen']);
});

/** Opens a new project's General tab. */
async function openNewGeneralTab(page, title) {
  await page.goto('/');
  await appReady(page);
  await createProject(page, title);
}

/** The modules the page preloads, as index.html's check chose them. */
async function preloadedModules(page) {
  return page.evaluate(() => [...document.querySelectorAll('link[rel="preload"]')].map((l) => l.href));
}

/** From the next page load on, records in `window.__topPainted` when the
 * app's own main first had an h1 on the screen: the time of the largest
 * paint the browser reports once it is there (the h1 is that paint). */
async function whenTopPainted(page) {
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      const own = 'main#main-content:not([data-prerendered]):not([data-last-screen]) h1';
      for (const e of list.getEntries()) if (e.element?.matches(own)) window.__topPainted = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

/** When the page asked for the split module `name`, in its own time. */
function requestedAt(page, name) {
  return page.evaluate((n) => performance.getEntriesByType('resource')
    .find((e) => new RegExp(`/split_${n}-[0-9a-f]+\\.wasm$`).test(e.name))?.startTime, name);
}

// A project's screen: its top is drawn from the main module, and what is
// below the tabs is a download asked for once that has painted; below
// that, a tail that is a download of its own, asked for after it.
for (const { screen, tail, open, body, last } of [
  { screen: 'project_screen', tail: 'general_tail', open: openNewGeneralTab, body: '#general-heading', last: { role: 'button', name: 'Delete project' } },
  { screen: 'involvement_screen', tail: 'involvement_tail', open: openNewRecord, body: '#experts-heading', last: { role: 'button', name: 'Start kiosk' } },
]) {
  test(`${screen} is asked for once the project's name has painted, and its tail, ${tail}, is a download of its own`, async ({ page }) => {
    const seen = screenModules(page);
    await open(page, 'Falls audit');
    await expect(page.getByRole(last.role, { name: last.name })).toBeVisible();
    expect(seen.has(tail)).toBe(true);
    // A reload preloads neither, and asks for the screen's code only
    // after the name has painted.
    await whenTopPainted(page);
    await page.reload();
    await appReady(page);
    // The start is over only once the body is drawn.
    expect(await page.evaluate((b) => !!document.querySelector(b), body)).toBe(true);
    await expect(page.getByRole(last.role, { name: last.name })).toBeVisible();
    const preloads = await preloadedModules(page);
    expect(preloads.filter((href) => href.includes(`/split_${screen}-`) || href.includes(`/split_${tail}-`))).toEqual([]);
    const painted = await page.evaluate(() => window.__topPainted);
    const asked = await requestedAt(page, screen);
    expect(painted).toBeGreaterThan(0);
    expect(asked).toBeGreaterThan(painted);
  });
}

for (const { screen, open, what } of [
  { screen: 'project_screen', open: openNewGeneralTab, what: 'The rest of this project\u2019s page could not be opened' },
  { screen: 'involvement_screen', open: openNewRecord, what: 'The rest of this project\u2019s page could not be opened' },
]) {
  test(`a project whose ${screen} cannot be fetched says so under its name, and the rest of the app works`, async ({ browser }) => {
    const { context, page, crashes } = await pageWithoutModule(browser, /never-blocked/);
    await open(page, 'Falls audit');
    await expect(page.getByRole('heading', { name: 'Falls audit', level: 1 })).toBeVisible();
    const blocked = new RegExp(`/split_${screen}-[0-9a-f]+\\.wasm$`);
    await context.route(blocked, (route) => route.abort('internetdisconnected'));
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Falls audit', level: 1 })).toBeVisible();
    const alert = page.getByRole('alert').filter({ hasText: what });
    await expect(alert).toBeVisible();
    await appReady(page);
    await expectNoAxeViolations(page);
    // With the connection back, Try again opens it whole.
    await context.unroute(blocked);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await appReady(page);
    await expect(alert).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Project' })).toBeVisible();
    await guideStillOpens(page, crashes);
    await context.close();
  });
}

test('a General tab whose tail cannot be fetched says so plainly, and its fields still work', async ({ browser }) => {
  const { context, page, crashes } = await pageWithoutModule(browser, /\/split_general_tail-[0-9a-f]+\.wasm$/);
  await openNewGeneralTab(page, 'Falls audit');
  await expect(page.getByRole('alert').filter({ hasText: 'The team and the rest of this page could not be opened' })).toBeVisible();
  await page.getByLabel('Aim').fill('Fewer falls on the ward');
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await expect.poll(() => page.evaluate(() => Object.entries(localStorage)
    .some(([k, v]) => k.startsWith('qi-involve:project:') && v.length > 0))).toBe(true);
  await page.reload();
  await expect(page.getByLabel('Aim')).toHaveValue('Fewer falls on the ward');
  await expectNoAxeViolations(page);
  await guideStillOpens(page, crashes);
  await context.close();
});

test('an involvement record whose tail cannot be fetched says so plainly, and the record above it still works', async ({ browser }) => {
  const { context, page, crashes } = await pageWithoutModule(browser, /\/split_involvement_tail-[0-9a-f]+\.wasm$/);
  await openNewRecord(page, 'Falls audit');
  await expect(page.getByRole('alert').filter({ hasText: 'The activity log and the clinic kiosk\u2019s part of this page could not be opened' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Falls audit', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Add a service user or carer' })).toBeVisible();
  await expectNoAxeViolations(page);
  await guideStillOpens(page, crashes);
  await context.close();
});
