// Stored data under stress: records that cannot be read, a full store, two
// tabs editing one project, and a browser that gives no storage at all.
import { readRecord } from '../support/records.mjs';
import fs from 'node:fs/promises';
import { expect, appReady, expectNoAxeViolations } from '../support/fixtures.mjs';
import { createProject, fillAndWait } from '../support/projects.mjs';
import {
  test,
  PROJECT_PREFIX,
  DAMAGED_PREFIX,
  readStorage,
  onlyStoredProject,
  fillStorageToTheBrim,
  removeFiller,
  enableSaveHold,
  holdSaves,
  releaseSave,
  heldSaves,
} from '../support/storage.mjs';

const saveStatus = (page) => page.locator('.save-status');
const saved = (page) => expect(saveStatus(page)).toHaveText('Saved on this device');
const changedElsewhere = (page) => page.getByRole('status').filter({ hasText: 'Changed in another tab' });

// Invalid JSON (cut off mid-record), with quotes, non-ASCII text and a
// newline, so "byte-identical" means something.
const BROKEN_ID = 'broken1';
const BROKEN_RAW = '{"version":1,"project":{"id":"broken1","title":"Falls – “night shift”\n audit","aim":"Halve';
// Well-formed, but from a newer version of the app.
const FUTURE_ID = 'future1';
const FUTURE_RAW = '{"version":99,"project":{"id":"future1"}}';

test('records that cannot be read are reported, kept byte for byte, downloadable and removable', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Good project');
  await fillAndWait(page, 'Aim', 'Fewer falls');
  const good = await onlyStoredProject(page);

  await page.evaluate(
    ([entries]) => entries.forEach(([k, v]) => localStorage.setItem(k, v)),
    [[[PROJECT_PREFIX + BROKEN_ID, BROKEN_RAW], [PROJECT_PREFIX + FUTURE_ID, FUTURE_RAW]]],
  );
  await page.goto('/');
  await appReady(page);

  const banner = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(banner.getByRole('heading')).toHaveText('2 saved projects could not be read');
  await expect(page.locator('.project-card')).toHaveCount(1);
  await expect(page.locator('.project-card')).toContainText('Good project');

  let stored = await readStorage(page);
  expect(stored[PROJECT_PREFIX + BROKEN_ID]).toBe(BROKEN_RAW);
  expect(stored[DAMAGED_PREFIX + BROKEN_ID]).toBe(BROKEN_RAW);
  expect(stored[PROJECT_PREFIX + FUTURE_ID]).toBe(FUTURE_RAW);
  expect(stored[DAMAGED_PREFIX + FUTURE_ID]).toBe(FUTURE_RAW);
  expect(stored[good.key], 'loading wrote nothing over the good project').toBe(good.raw);
  await expectNoAxeViolations(page);

  // Editing the good project saves it and leaves the damaged data alone,
  // across a reload too (which must not copy anything a second time).
  await page.locator('.project-card a').click();
  await fillAndWait(page, 'Aim', 'Halve falls by March');
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Aim')).toHaveValue('Halve falls by March');
  await expect(banner.getByRole('heading')).toHaveText('2 saved projects could not be read');
  stored = await readStorage(page);
  expect(stored[PROJECT_PREFIX + BROKEN_ID]).toBe(BROKEN_RAW);
  expect(stored[DAMAGED_PREFIX + BROKEN_ID]).toBe(BROKEN_RAW);
  expect(stored[PROJECT_PREFIX + FUTURE_ID]).toBe(FUTURE_RAW);
  expect(stored[DAMAGED_PREFIX + FUTURE_ID]).toBe(FUTURE_RAW);
  expect(readRecord(stored[good.key]).project.aim).toBe('Halve falls by March');
  expect(Object.keys(stored).sort()).toEqual(
    [good.key, PROJECT_PREFIX + BROKEN_ID, DAMAGED_PREFIX + BROKEN_ID, PROJECT_PREFIX + FUTURE_ID, DAMAGED_PREFIX + FUTURE_ID].sort(),
  );

  // The download holds each record's exact text and why it was refused.
  await expect(banner.getByRole('button', { name: 'Remove it from this device' })).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Download the unreadable data' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('qi-involve-unreadable-data.json');
  expect(await download.failure()).toBeNull();
  const text = await fs.readFile(await download.path(), 'utf8');
  const items = JSON.parse(text);
  // Field names are the app's business; what matters is that each record
  // is there under its key, with its exact text and the reason.
  const byKey = Object.fromEntries(items.map((item) => [item.key, Object.values(item)]));
  expect(Object.keys(byKey).sort()).toEqual([PROJECT_PREFIX + BROKEN_ID, PROJECT_PREFIX + FUTURE_ID]);
  expect(byKey[PROJECT_PREFIX + BROKEN_ID]).toContain(BROKEN_RAW);
  expect(byKey[PROJECT_PREFIX + BROKEN_ID].join('\n')).toContain('not valid JSON');
  expect(byKey[PROJECT_PREFIX + FUTURE_ID]).toContain(FUTURE_RAW);
  expect(byKey[PROJECT_PREFIX + FUTURE_ID].join('\n')).toContain('newer version');
  expect(text).toContain(JSON.stringify(BROKEN_RAW).slice(1, -1));

  // Once downloaded, the damaged record can be removed with its copy. The
  // one from a newer version is not offered for removal and stays as it was.
  await expect(banner).toContainText('saved by a newer version of QI Involve');
  await banner.getByRole('button', { name: 'Remove the damaged data from this device' }).click();
  await expect(banner.getByRole('heading')).toHaveText('1 saved project could not be read');
  stored = await readStorage(page);
  expect(Object.keys(stored).sort()).toEqual(
    [good.key, PROJECT_PREFIX + FUTURE_ID, DAMAGED_PREFIX + FUTURE_ID].sort(),
  );
  await page.reload();
  await appReady(page);
  await expect(banner.getByRole('heading')).toHaveText('1 saved project could not be read');
  await banner.getByRole('button', { name: 'Download the unreadable data' }).click();
  await expect(banner.getByRole('button', { name: /Remove/ })).toHaveCount(0);
  await expect(page.getByLabel('Aim')).toHaveValue('Halve falls by March');
});

test('a full store keeps the edit on screen, says it is not saved, and saves once there is room', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Quota project');
  await fillAndWait(page, 'Aim', 'Short aim');
  const before = await onlyStoredProject(page);

  const filler = await fillStorageToTheBrim(page);
  expect(filler.chars, 'the store really filled up').toBeGreaterThan(1_000_000);

  const longAim = 'Cut waiting times for memory clinic appointments from 18 to 6 weeks by June 2027';
  await page.getByLabel('Aim').fill(longAim);
  const alert = page.getByRole('alert').filter({ hasText: 'Your latest changes have not been saved' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('run out of space');
  await expect(alert.getByRole('button', { name: 'Download a copy of your projects' })).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Not saved');
  await expect(page.getByLabel('Aim')).toHaveValue(longAim);
  expect((await readStorage(page))[before.key], 'the stored record is untouched').toBe(before.raw);
  await expectNoAxeViolations(page);

  // The copy offered for download has the unsaved edit.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download a copy of your projects' }).click(),
  ]);
  const copy = JSON.parse(await fs.readFile(await download.path(), 'utf8'));
  expect(copy.map((p) => p.aim)).toEqual([longAim]);

  // Trying again while still full fails again and changes nothing.
  await alert.getByRole('button', { name: 'Try saving again' }).click();
  await expect(alert).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Not saved');
  expect((await readStorage(page))[before.key]).toBe(before.raw);

  // Room is made: trying again saves, the banner goes.
  await removeFiller(page, filler.keys);
  await alert.getByRole('button', { name: 'Try saving again' }).click();
  await expect(alert).toHaveCount(0);
  await saved(page);
  const after = await onlyStoredProject(page);
  expect(after.envelope.project.aim).toBe(longAim);
  expect(after.envelope.project.revision).toBe(before.envelope.project.revision + 1);
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Aim')).toHaveValue(longAim);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a full store: the next edit after room is made saves too, with nothing lost', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Quota project two');
  const filler = await fillStorageToTheBrim(page);
  await page.getByLabel('Aim').fill('An aim typed while the store was full');
  await expect(saveStatus(page)).toHaveText('Not saved');
  // Still typing while full: the status stays honest.
  await page.getByLabel('Project lead').fill('Sam Patel');
  await page.waitForTimeout(600);
  await expect(saveStatus(page)).toHaveText('Not saved');
  await removeFiller(page, filler.keys);
  await page.getByLabel('Service or location').fill('Memory clinic');
  await saved(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Aim')).toHaveValue('An aim typed while the store was full');
  await expect(page.getByLabel('Project lead')).toHaveValue('Sam Patel');
  await expect(page.getByLabel('Service or location')).toHaveValue('Memory clinic');
});

/** Opens two tabs on one new project's General tab. */
async function twoTabsOnOneProject(openTab, title) {
  const a = await openTab();
  await a.goto('/');
  await appReady(a);
  await createProject(a, title);
  const b = await openTab();
  await b.goto(a.url());
  await appReady(b);
  await expect(b.getByLabel('Project title')).toHaveValue(title);
  return [a, b];
}

test('two tabs: a save in one shows in the other without a reload', async ({ openTab }) => {
  const [a, b] = await twoTabsOnOneProject(openTab, 'Shared project');
  await fillAndWait(a, 'Aim', 'Aim typed in tab A');
  await expect(b.getByLabel('Aim')).toHaveValue('Aim typed in tab A');
  await saved(b);
  await fillAndWait(b, 'Project lead', 'Lead typed in tab B');
  await expect(a.getByLabel('Project lead')).toHaveValue('Lead typed in tab B');
  await expect(a.getByLabel('Aim')).toHaveValue('Aim typed in tab A');
  await expect(changedElsewhere(a)).toHaveCount(0);
  await expect(changedElsewhere(b)).toHaveCount(0);
});

test('two tabs: different fields changed at once are both kept', async ({ openTab }) => {
  const [a, b] = await twoTabsOnOneProject(openTab, 'Merged project');
  await holdSaves(a);
  await holdSaves(b);
  await a.getByLabel('Aim').fill('Aim from tab A');
  await b.getByLabel('Project lead').fill('Lead from tab B');
  await expect(saveStatus(a)).toHaveText('Saving…');
  await expect(saveStatus(b)).toHaveText('Saving…');
  expect([await heldSaves(a), await heldSaves(b)]).toEqual([1, 1]);

  // A saves first. B, still with its own change waiting, takes A's aim in.
  await releaseSave(a);
  await saved(a);
  await expect(b.getByLabel('Aim')).toHaveValue('Aim from tab A');
  await expect(b.getByLabel('Project lead')).toHaveValue('Lead from tab B');
  await expect(saveStatus(b)).toHaveText('Saving…');

  // Then B saves, past A's revision, and A takes B's lead in.
  await releaseSave(b);
  await saved(b);
  await expect(a.getByLabel('Project lead')).toHaveValue('Lead from tab B');
  const { envelope } = await onlyStoredProject(a);
  expect(envelope.project.aim).toBe('Aim from tab A');
  expect(envelope.project.lead).toBe('Lead from tab B');
  expect(envelope.project.revision).toBe(3);
  await expect(changedElsewhere(a)).toHaveCount(0);
  await expect(changedElsewhere(b)).toHaveCount(0);

  for (const tab of [a, b]) {
    await tab.reload();
    await appReady(tab);
    await expect(tab.getByLabel('Aim')).toHaveValue('Aim from tab A');
    await expect(tab.getByLabel('Project lead')).toHaveValue('Lead from tab B');
  }
});

test('two tabs: the same field changed in both keeps this tab’s text and shows the other’s', async ({ openTab }) => {
  const [a, b] = await twoTabsOnOneProject(openTab, 'Contested project');
  await holdSaves(a);
  await holdSaves(b);
  await b.getByLabel('Aim').fill('Aim written in tab B');
  await a.getByLabel('Aim').fill('Aim written in tab A');

  // A saves while B's change is still waiting.
  await releaseSave(a);
  await saved(a);
  const notice = changedElsewhere(b);
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('“Contested project” was also changed in another tab');
  await expect(notice.getByRole('listitem')).toHaveText(['Aim (the other tab had: “Aim written in tab A”)']);
  await expect(b.getByLabel('Aim')).toHaveValue('Aim written in tab B');
  await expectNoAxeViolations(b);

  // B, the later writer, saves its own text; A (nothing unsaved) follows.
  await releaseSave(b);
  await saved(b);
  await expect(a.getByLabel('Aim')).toHaveValue('Aim written in tab B');
  await expect(changedElsewhere(a)).toHaveCount(0);
  const { envelope } = await onlyStoredProject(b);
  expect(envelope.project.aim).toBe('Aim written in tab B');
  expect(envelope.project.revision).toBe(3);
  await expect(notice, 'the notice stays until dismissed').toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);

  await b.reload();
  await appReady(b);
  await expect(b.getByLabel('Aim')).toHaveValue('Aim written in tab B');
});

test('a waiting change is written at once when the tab is hidden or closed', async ({ page }) => {
  await enableSaveHold(page);
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Hidden tab');
  await holdSaves(page); // the 400 ms timer never fires from here on
  await page.getByLabel('Aim').fill('Written when the tab was hidden');
  expect(await heldSaves(page)).toBe(1);
  expect((await onlyStoredProject(page)).envelope.project.aim).toBe('');

  // A tablet hides the tab: the change is written without the timer.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  expect((await onlyStoredProject(page)).envelope.project.aim).toBe('Written when the tab was hidden');
  expect(await heldSaves(page), 'the timer was cancelled').toBe(0);
  await saved(page);

  // The tab is closed or reloaded straight after typing: pagehide writes it.
  await page.getByLabel('Aim').fill('Written as the page went away');
  expect(await heldSaves(page)).toBe(1);
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Aim')).toHaveValue('Written as the page went away');
});

test('no storage at all: the app says so and still works for this visit', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await appReady(page);
  const warning = page.getByRole('alert').filter({ hasText: 'Your work is not being saved on this device' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('will be lost when this tab closes');
  await expectNoAxeViolations(page);

  await createProject(page, 'In memory only');
  await page.getByLabel('Aim').fill('Kept while the tab is open');
  await expect(page.getByLabel('Aim')).toHaveValue('Kept while the tab is open');
  await expect(warning).toBeVisible();
  await page.getByRole('link', { name: 'Projects', exact: true }).first().click();
  await expect(page.locator('.project-card')).toContainText('In memory only');
  await page.locator('.project-card a').click();
  await expect(page.getByLabel('Aim')).toHaveValue('Kept while the tab is open');
  await expect(page.getByRole('alert').filter({ hasText: 'Your latest changes have not been saved' })).toHaveCount(0);
});

test('with no storage the save status does not say “Saved on this device”', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'In memory only');
  await page.getByLabel('Aim').fill('Not stored anywhere');
  await expect(saveStatus(page)).not.toHaveText('Saving…');
  expect(await saveStatus(page).textContent()).not.toBe('Saved on this device');
});

test('dismissing one of two notices about the same project keeps the other one', async ({ openTab }) => {
  const [a, b] = await twoTabsOnOneProject(openTab, 'Twice contested');
  for (const round of [1, 2]) {
    await holdSaves(a);
    await holdSaves(b);
    await b.getByLabel('Aim').fill(`B's aim, round ${round}`);
    await a.getByLabel('Aim').fill(`A's aim, round ${round}`);
    await releaseSave(a);
    await expect(changedElsewhere(b)).toHaveCount(round);
    await releaseSave(b);
    await saved(b);
    await expect(a.getByLabel('Aim')).toHaveValue(`B's aim, round ${round}`);
  }
  const notices = changedElsewhere(b);
  await expect(notices.getByRole('listitem')).toHaveText([
    "Aim (the other tab had: “A's aim, round 1”)",
    "Aim (the other tab had: “A's aim, round 2”)",
  ]);
  await notices.first().getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toHaveCount(1);
  expect(await notices.getByRole('listitem').allTextContents()).toEqual(["Aim (the other tab had: “A's aim, round 2”)"]);
});
