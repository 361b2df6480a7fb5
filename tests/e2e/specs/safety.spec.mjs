// Ways work could disappear without anyone knowing (issue: never lose data):
// storage cleared by another page, deletion undone after a reload, copies
// of unreadable data on Settings, the save lock shared by tabs, and a
// download link that stays valid while the browser reads it.
import { readRecord } from '../support/records.mjs';
import fs from 'node:fs/promises';
import { expect, appReady, expectNoAxeViolations } from '../support/fixtures.mjs';
import { createProject, fillAndWait } from '../support/projects.mjs';
import { test, PROJECT_PREFIX, DAMAGED_PREFIX, readStorage, onlyStoredProject } from '../support/storage.mjs';

const DELETED_PREFIX = 'qi-involve:deleted:';

// The "other page of the site" below is made with tab.route(), and requests
// a service worker makes never reach a page's routes: with the app's worker
// (public/sw.js) in charge, that tab would get the real server's 404. These
// tests are about storage, so they run without it; offline.spec.mjs tests it.
test.use({ serviceWorkers: 'block' });

/** Opens a plain page of the same site that is not the app (no favicon request). */
async function otherPageOfTheSite(openTab) {
  const tab = await openTab();
  await tab.route('**/other-page.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Other</title><link rel="icon" href="data:,">' }),
  );
  await tab.goto('/other-page.html');
  return tab;
}

test('storage cleared by another page is said, and everything held here is written back', async ({ openTab }) => {
  const a = await openTab();
  await a.goto('/');
  await appReady(a);
  await createProject(a, 'Cleared project');
  await fillAndWait(a, 'Aim', 'An aim that must survive');
  await a.getByRole('link', { name: 'Settings' }).click();
  await a.getByLabel('Team name').fill('Patient Involvement Team');
  await a.getByRole('button', { name: 'Save settings' }).click();
  await expect(a.getByText('Settings saved on this device.')).toBeVisible();

  // Another page on the same site (a sign-out script, say) clears storage.
  const other = await otherPageOfTheSite(openTab);
  await other.evaluate(() => localStorage.clear());

  const banner = a.getByRole('alert').filter({ hasText: 'cleared by another page' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('saved the 1 project it had open again');
  await expect.poll(async () => (await readStorage(a))['qi-involve:settings'] ?? '').toContain('Patient Involvement Team');
  const { envelope } = await onlyStoredProject(a);
  expect(envelope.project.title).toBe('Cleared project');
  expect(envelope.project.aim).toBe('An aim that must survive');
  await expectNoAxeViolations(a);
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
});

test('a deleted project can be restored after a reload, once, from Recently deleted', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Falls on Ward 7');
  await fillAndWait(page, 'Aim', 'Halve falls');
  const { key } = await onlyStoredProject(page);
  const id = key.slice(PROJECT_PREFIX.length);
  await page.getByRole('button', { name: 'Delete project' }).click();
  await expect(page.getByText('“Falls on Ward 7” has been deleted.')).toBeVisible();
  let stored = await readStorage(page);
  expect(stored[key]).toBeUndefined();
  expect(readRecord(JSON.parse(stored[DELETED_PREFIX + id]).record).project.aim).toBe('Halve falls');

  await page.reload();
  await appReady(page);
  await expect(page.getByRole('heading', { name: 'No projects on this device yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Recently deleted' });
  await expect(section.getByRole('listitem')).toHaveCount(1);
  await expect(section).toContainText('Falls on Ward 7');
  await expectNoAxeViolations(page);
  await section.getByRole('button', { name: 'Restore' }).click();
  await expect(section.getByRole('status')).toContainText('“Falls on Ward 7” has been restored.');
  await expect(section.getByText('There are no deleted projects.')).toBeVisible();
  stored = await readStorage(page);
  expect(stored[DELETED_PREFIX + id]).toBeUndefined();
  expect(readRecord(stored[key]).project.aim).toBe('Halve falls');

  await page.reload();
  await appReady(page);
  await page.getByRole('link', { name: 'Projects', exact: true }).first().click();
  await expect(page.locator('.project-card')).toHaveCount(1);
  await expect(page.locator('.project-card')).toContainText('Falls on Ward 7');
});

test('Undo, then Restore of the same deletion, gives one project, not two', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Only once');
  await page.getByRole('button', { name: 'Delete project' }).click();
  // Restore from Settings first, then press the banner's Undo too.
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Recently deleted' });
  await section.getByRole('button', { name: 'Restore' }).click();
  await expect(section.getByRole('status')).toContainText('has been restored');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Projects', exact: true }).first().click();
  await expect(page.locator('.project-card')).toHaveCount(1);
  const keys = Object.keys(await readStorage(page)).filter((k) => k.startsWith(PROJECT_PREFIX));
  expect(keys).toHaveLength(1);
});

test('copies of unreadable data are listed on Settings with their size, and removed only after download', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const raw = '{"version":2,"project":{"id":"bad1","title":"Half a rec';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [PROJECT_PREFIX + 'bad1', raw]);
  await page.reload();
  await appReady(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Copies of unreadable data' });
  await expect(section.getByRole('listitem')).toHaveCount(1);
  await expect(section.getByRole('listitem')).toContainText(`bad1, ${raw.length} characters`);
  await expect(section.getByRole('button', { name: 'Remove' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(await fs.readFile(await download.path(), 'utf8')).toBe(raw);
  await section.getByRole('button', { name: 'Remove' }).click();
  await expect(section.getByText('There are no copies of unreadable data on this device.')).toBeVisible();
  const stored = await readStorage(page);
  expect(stored[DAMAGED_PREFIX + 'bad1']).toBeUndefined();
  expect(stored[PROJECT_PREFIX + 'bad1'], 'the original record is left for its own banner').toBe(raw);
});

test('a save waits for the save lock that every tab shares', async ({ openTab }) => {
  const a = await openTab();
  await a.goto('/');
  await appReady(a);
  await createProject(a, 'Locked project');
  await fillAndWait(a, 'Aim', 'First aim');
  // Another tab holds the lock, as if it were in the middle of its own save.
  const b = await otherPageOfTheSite(openTab);
  await b.evaluate(() => {
    window.__held = new Promise((held) => {
      navigator.locks.request('qi-involve:save', () => new Promise((release) => {
        window.__release = release;
        held();
      }));
    });
    return window.__held;
  });
  await a.getByLabel('Aim').fill('Second aim');
  await a.waitForTimeout(1200);
  expect((await onlyStoredProject(a)).envelope.project.aim, 'not written while another tab saves').toBe('First aim');
  await b.evaluate(() => window.__release());
  await expect.poll(async () => (await onlyStoredProject(a)).envelope.project.aim).toBe('Second aim');
  await expect(a.locator('.save-status')).toHaveText('Saved on this device');
});

test('a download link is not revoked while the browser may still be reading it', async ({ page }) => {
  await page.addInitScript(() => {
    window.__revoked = [];
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (url) => {
      window.__revoked.push(performance.now());
      revoke(url);
    };
  });
  await page.goto('/');
  await appReady(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [PROJECT_PREFIX + 'bad2', '{']);
  await page.reload();
  await appReady(page);
  const clickedAt = await page.evaluate(() => performance.now());
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the unreadable data' }).click(),
  ]);
  await page.waitForTimeout(1500);
  const revoked = await page.evaluate(() => window.__revoked);
  expect(revoked.filter((t) => t - clickedAt < 1500), 'nothing revoked in the first moments').toEqual([]);
});
