// Two tabs adding to one project's involvement record at the same time:
// the lists merge item by item, so neither tab's new activity is lost.
import { expect, appReady } from '../support/fixtures.mjs';
import { createProject } from '../support/projects.mjs';
import { test, onlyStoredProject, holdSaves, releaseSave } from '../support/storage.mjs';

const saved = (page) => expect(page.locator('.save-status')).toHaveText('Saved on this device');
const changedElsewhere = (page) => page.getByRole('status').filter({ hasText: 'Changed in another tab' });

function isoDaysAgo(n) {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

async function addActivity(page, { kind, daysAgo, said }) {
  await page.getByLabel('Date', { exact: true }).fill(isoDaysAgo(daysAgo));
  await page.getByLabel('Kind of activity').selectOption({ label: kind });
  await page.getByLabel('What people said (optional)').fill(said);
  await page.getByRole('button', { name: 'Add to the log' }).click();
  await expect(page.getByText(said)).toBeVisible();
}

test('two tabs: an activity added in each, unsaved at the same time, are both kept', async ({ openTab }) => {
  const a = await openTab();
  await a.goto('/');
  await appReady(a);
  await createProject(a, 'Two-tab log');
  const id = new URL(a.url()).searchParams.get('id');
  await a.goto(`/involvement?id=${id}`);
  await appReady(a);
  const b = await openTab();
  await b.goto(`/involvement?id=${id}`);
  await appReady(b);
  await expect(b.getByRole('heading', { name: 'Experts by Experience' })).toBeVisible();

  // Both tabs add an activity before either has saved: each tab's list
  // then differs from the stored one in its own way.
  await holdSaves(a);
  await holdSaves(b);
  await addActivity(a, { kind: 'Survey (Little i)', daysAgo: 4, said: 'Said in tab A' });
  await addActivity(b, { kind: 'Co-design workshop (Big I)', daysAgo: 2, said: 'Said in tab B' });

  // A saves first; B, with its own activity waiting, takes A's in.
  await releaseSave(a);
  await saved(a);
  await expect(b.getByText('Said in tab A')).toBeVisible();
  await expect(b.getByText('Said in tab B')).toBeVisible();
  // Then B saves past A's revision, and A takes B's activity in.
  await releaseSave(b);
  await saved(b);
  await expect(a.getByText('Said in tab B')).toBeVisible();
  await expect(a.getByText('Said in tab A')).toBeVisible();
  await expect(changedElsewhere(a)).toHaveCount(0);
  await expect(changedElsewhere(b)).toHaveCount(0);

  const { envelope } = await onlyStoredProject(a);
  expect(envelope.project.activities.map((x) => x.said).sort()).toEqual(['Said in tab A', 'Said in tab B']);
  for (const tab of [a, b]) {
    await tab.reload();
    await appReady(tab);
    await expect(tab.getByText('2 activities logged, newest first.')).toBeVisible();
    await expect(tab.getByText('Said in tab A')).toBeVisible();
    await expect(tab.getByText('Said in tab B')).toBeVisible();
  }
});
