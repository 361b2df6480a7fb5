// Room for a whole portfolio (issue 11): records are stored packed and
// come back intact, and a device nearly out of storage says so on every
// screen, with the figure on Settings.
import { readRecord, unpack } from '../support/records.mjs';
import { test, expect, appReady, expectNoAxeViolations } from '../support/fixtures.mjs';
import { createProject, fillAndWait } from '../support/projects.mjs';
import { PROJECT_PREFIX, readStorage } from '../support/storage.mjs';

const warning = (page) => page.getByRole('region', { name: 'This device is nearly full' });

/** A project as format 5 stored it (still read), with a little text in it. */
function formatFive(id, title) {
  const project = {
    id, revision: 3, stamp: 's.1', title, aim: 'Halve falls by March 2027', about: '', lead: 'Priya Shah',
    team: [], service: 'Ward 7', start_date: null, end_date: null, status: 'active', progress: null,
    progress_changed: null, involvement: 'not_recorded', involvement_notes: '', level_history: [],
    activities: [], archived: false, created_ms: 1795660000000, updated_ms: 1795667643000,
  };
  return [PROJECT_PREFIX + id, JSON.stringify({ version: 5, project })];
}

/** Fills storage to about `chars` characters: a few projects and one other site key. */
async function seedUse(page, chars) {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(([entries, chars]) => {
    entries.forEach(([k, v]) => localStorage.setItem(k, v));
    localStorage.setItem('another-app-on-this-site', 'z'.repeat(chars));
  }, [[formatFive('f1', 'Falls on Ward 7'), formatFive('f2', 'Missed appointments')], chars]);
  await page.goto('/');
  await appReady(page);
}

test('from 80% used, every screen warns and Settings shows the figure', async ({ page }) => {
  await seedUse(page, 4_200_000);
  await expect(page.locator('.project-card')).toHaveCount(2);
  await expect(warning(page)).toBeVisible();
  await expect(warning(page)).toContainText('84% full');
  await expect(warning(page)).toContainText('Make a backup now');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Falls on Ward 7' }).click();
  await expect(warning(page)).toBeVisible();
  await warning(page).getByRole('link', { name: 'Go to Settings to make a backup' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  const section = page.getByRole('region', { name: 'Storage on this device' });
  await expect(section).toContainText('Storage used on this device: 84% (about 4.2 million of the 5 million characters');
  await expect(section).toContainText('QI Involve\'s own data is');
  await expect(page.getByRole('region', { name: 'Backups' })).toBeVisible();
});

test('below 80% used there is no warning, and Settings still shows the figure', async ({ page }) => {
  await seedUse(page, 3_900_000);
  await expect(page.locator('.project-card')).toHaveCount(2);
  await expect(warning(page)).toHaveCount(0);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('region', { name: 'Storage on this device' })).toContainText('Storage used on this device: 78%');
  await expect(warning(page)).toHaveCount(0);
});

test('the warning goes once space is freed and a save measures again', async ({ page }) => {
  await seedUse(page, 4_200_000);
  await expect(warning(page)).toBeVisible();
  await page.evaluate(() => localStorage.removeItem('another-app-on-this-site'));
  await page.getByRole('link', { name: 'Falls on Ward 7' }).click();
  await fillAndWait(page, 'Aim', 'Halve falls by June 2027');
  await expect(warning(page)).toHaveCount(0);
});

test('a project saved by the app is stored packed and reloads intact', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const title = 'Falls – “night shift” \\ audit 😀';
  await createProject(page, title);
  const aim = 'Halve falls: "quotes", back\\slashes, emoji 👩🏽‍⚕️ and Ünïcödé';
  await fillAndWait(page, 'Aim', aim);
  const id = new URL(page.url()).searchParams.get('id');
  const raw = (await readStorage(page))[PROJECT_PREFIX + id];
  const envelope = JSON.parse(raw);
  expect(envelope.version).toBe(6);
  expect(Object.keys(envelope)).toEqual(['version', 'packed']);
  // Every packed character is printable and never half of a surrogate pair.
  expect([...envelope.packed].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) < 0xd800)).toBe(true);
  const project = JSON.parse(unpack(envelope.packed));
  expect(project).toMatchObject({ id, title, aim });
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Project title')).toHaveValue(title);
  await expect(page.getByLabel('Aim')).toHaveValue(aim);
});

test('a format 5 record still loads, and is packed with nothing lost when next saved', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const [key, raw] = formatFive('old5', 'Written by an older build');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, raw]);
  await page.goto('/project?id=old5');
  await appReady(page);
  await expect(page.getByLabel('Aim')).toHaveValue('Halve falls by March 2027');
  await fillAndWait(page, 'Project lead', 'Sam Patel');
  const after = readRecord((await readStorage(page))[key]);
  expect(after.version).toBe(6);
  const before = JSON.parse(raw).project;
  expect(after.project).toMatchObject({ ...before, lead: 'Sam Patel', revision: before.revision + 1, stamp: after.project.stamp, updated_ms: after.project.updated_ms });
});

test('a fresh device says nothing is stored yet, and saving the settings counts them', async ({ page }) => {
  await page.goto('/settings');
  await appReady(page);
  const line = page.getByText(/^(Nothing is stored|Storage used on this device)/);
  await expect(line).toHaveText('Nothing is stored on this device yet.');
  await page.getByLabel('Team name').fill('Patient Involvement Team');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved on this device.')).toBeVisible();
  await expect(line).toContainText('Storage used on this device: less than 1%');
});
