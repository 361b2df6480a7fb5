// The trust's settings are read when a screen first needs them, not at
// start-up (src/state/settings.rs): the project list does not show them.
// Unreadable settings are still reported, kept aside and never written
// over, and settings a tab has not read yet still survive a clear.
import { expect, appReady, expectNoAxeViolations } from '../support/fixtures.mjs';
import { test, DAMAGED_PREFIX, readStorage } from '../support/storage.mjs';

const SETTINGS_KEY = 'qi-involve:settings';

// No service worker: the other page of the site below is made with
// tab.route(), which a worker's requests would bypass.
test.use({ serviceWorkers: 'block' });

test('unreadable settings are reported on Settings, kept aside first, and new ones can then be saved', async ({ openTab }) => {
  const tab = await openTab();
  await tab.goto('/');
  const damaged = '{"version":1,"value":{"team_name": oops}';
  await tab.evaluate(([key, text]) => localStorage.setItem(key, text), [SETTINGS_KEY, damaged]);
  await tab.reload();
  await appReady(tab);
  await tab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const alert = tab.getByRole('alert').filter({ hasText: 'The saved settings could not be read' });
  await expect(alert).toContainText('A copy has been kept on this device.');
  const kept = Object.entries(await readStorage(tab)).filter(([k]) => k.startsWith(DAMAGED_PREFIX));
  expect(kept.map(([, v]) => v)).toEqual([damaged]);
  await expectNoAxeViolations(tab);

  await tab.getByLabel('Team name').fill('Patient Involvement Team');
  await tab.getByRole('button', { name: 'Save settings' }).click();
  await expect(tab.getByText('Settings saved on this device.')).toBeVisible();
  await expect(alert).toHaveCount(0);
  expect((await readStorage(tab))[SETTINGS_KEY]).toContain('Patient Involvement Team');
});

test('settings this tab has not read yet are written back as they were after another page clears storage', async ({ openTab }) => {
  const a = await openTab();
  await a.goto('/');
  await a.evaluate((key) => localStorage.setItem(key, '{"version":2,"value":{"team_name":"Involvement Team","email":"","phone":"","notes":"","welcome_note":""}}'), SETTINGS_KEY);
  await a.reload();
  await appReady(a);
  const stored = (await readStorage(a))[SETTINGS_KEY];

  const other = await openTab();
  await other.route('**/other-page.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Other</title><link rel="icon" href="data:,">' }),
  );
  await other.goto('/other-page.html');
  await other.evaluate(() => localStorage.clear());

  await expect.poll(async () => (await readStorage(a))[SETTINGS_KEY]).toBe(stored);
  // And they are the settings the app then shows.
  await a.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(a.getByLabel('Team name')).toHaveValue('Involvement Team');
});
