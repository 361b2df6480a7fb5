// The kiosk-only app (src/kiosk_app.rs, issue 11): a page opened while the
// clinic kiosk runs starts it in place of the whole app. Whatever it cannot
// show, it hands back to the whole app, once, and never in a loop.
import { expect, appReady, appStarted, expectNoAxeViolations } from '../support/fixtures.mjs';
import { test, DAMAGED_PREFIX, readStorage } from '../support/storage.mjs';
import { exitWith, kioskOnNewProject, kioskQuestion as question, mainNav } from '../support/lock.mjs';

const LOCK_KEY = 'qi-involve:kiosk-session';

/** Counts the page's loads of a document from now on. */
function countLoads(page) {
  const loads = { n: 0 };
  page.on('load', () => { loads.n += 1; });
  return loads;
}

test('a kiosk lock the kiosk-only app cannot use hands the tablet to the whole app, which keeps it aside and opens', async ({ openTab }) => {
  const tab = await openTab();
  await tab.goto('/');
  await appReady(tab);
  // Says "kiosk", so index.html starts the kiosk-only app, but has no PIN
  // hash: a lock nobody could ever end.
  const weak = '{"version":1,"value":{"mode":"kiosk","project_id":"p1","salt":"","hash":"","iterations":1,"wrong_tries":0}}';
  await tab.evaluate(([key, text]) => localStorage.setItem(key, text), [LOCK_KEY, weak]);
  const loads = countLoads(tab);
  await tab.goto('/involvement?id=p1');
  await appReady(tab);
  await expect(tab.locator('html.qi-kiosk')).toHaveCount(0);
  await expect(mainNav(tab)).toBeVisible();
  // One load of the kiosk-only app, one of the whole app: no more.
  await tab.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  expect(loads.n).toBe(2);
  const stored = await readStorage(tab);
  expect(stored[`${DAMAGED_PREFIX}kiosk-session`]).toBe(weak);
  // The mark that sent the page to the whole app is used up.
  expect(await tab.evaluate(() => sessionStorage.getItem('qi-involve:whole-app'))).toBeNull();
  await expectNoAxeViolations(tab);
});

test('a kiosk ended in another tab hands the kiosk-only app\'s tab to the whole app, at the same address', async ({ openTab }) => {
  const a = await openTab();
  const record = await kioskOnNewProject(a, 'Fracture clinic', '1357');

  const b = await openTab();
  await b.goto(record);
  await appStarted(b);
  await expect(b.locator('html.qi-kiosk')).toHaveCount(1);
  await expect(question(b)).toBeVisible();
  await expect(mainNav(b)).toHaveCount(0);

  await exitWith(a, '1357');
  await appReady(a);
  await appReady(b);
  expect(b.url()).toBe(record);
  await expect(b.getByRole('region', { name: 'Kiosk feedback' })).toBeVisible();
  await expect(b.locator('html.qi-kiosk')).toHaveCount(0);
});

test('the kiosk-only app takes answers and, with the PIN, opens the project\'s involvement record in the whole app', async ({ openTab }) => {
  const tab = await openTab();
  const record = await kioskOnNewProject(tab, 'Memory clinic', '8080');

  // The tablet restarts, on another address.
  await tab.goto('/settings');
  await appStarted(tab);
  await expect(tab.locator('html.qi-kiosk')).toHaveCount(1);
  await expect(question(tab)).toBeVisible();
  await expect(tab.getByRole('link')).toHaveCount(0);
  await expectNoAxeViolations(tab);
  await tab.getByRole('button', { name: 'Very good', exact: true }).click();
  await tab.getByLabel('What would make it better?').fill('Kind staff');
  await tab.getByRole('button', { name: 'Submit' }).click();
  await expect(tab.getByRole('heading', { name: /Thank you/ })).toBeVisible();
  await tab.getByRole('button', { name: 'Finish' }).click();
  await expect(question(tab)).toBeVisible();

  await exitWith(tab, '8080');
  await appReady(tab);
  expect(tab.url()).toBe(record);
  const feedback = tab.getByRole('region', { name: 'Kiosk feedback' });
  await expect(feedback).toContainText('Kind staff');
  await expect(feedback.getByRole('row', { name: 'Very good 1' })).toBeVisible();
  expect(await tab.evaluate((key) => localStorage.getItem(key), LOCK_KEY)).toBeNull();
});
