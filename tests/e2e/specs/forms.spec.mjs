// Forms never lose or overwrite data: half-filled forms survive a reload,
// activities are edited in place, a person's form saves only what it
// changed (onto the person as they are now, even after a change from the
// row or another tab), a person removed elsewhere is not brought back, and
// the guide's self-assessment applies its level to the project it shows.
import { readRecord } from '../support/records.mjs';
import { expect, appReady, expectNoAxeViolations } from '../support/fixtures.mjs';
import { createProject } from '../support/projects.mjs';
import { test, readStorage } from '../support/storage.mjs';

const DRAFT_PREFIX = 'qi-involve:draft:';
const restoredNote = (page) => page.getByText('Your unsaved changes were restored.');
const problem = (page) => page.getByRole('alert').filter({ hasText: 'There is a problem' });
const person = (page, name) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });

function isoDaysAgo(n) {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

/** A new project, open on its involvement record; returns its id. */
async function projectOnInvolvementRecord(page, title) {
  await page.goto('/');
  await appReady(page);
  await createProject(page, title);
  const id = new URL(page.url()).searchParams.get('id');
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Involvement record' }).click();
  await expect(page.getByRole('heading', { name: 'Experts by Experience' })).toBeVisible();
  return id;
}

async function addPerson(page, name) {
  await page.getByLabel('Name or initials').fill(name);
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(person(page, name)).toBeVisible();
}

async function draftKeys(page) {
  return Object.keys(await readStorage(page)).filter((k) => k.startsWith(DRAFT_PREFIX)).sort();
}

test('half-filled person and activity forms come back after a reload, and go once saved', async ({ page }) => {
  const id = await projectOnInvolvementRecord(page, 'Clinic letters');
  expect(await draftKeys(page), 'an untouched form keeps no draft').toEqual([]);

  await page.getByLabel('Name or initials').fill('J. S.');
  await page.getByLabel('Role').selectOption({ label: 'Carer' });
  await page.getByLabel('Given the guidance document for service users and carers').check();
  await page.getByLabel('Date', { exact: true }).fill(isoDaysAgo(2));
  await page.getByLabel('Kind of activity').selectOption({ label: 'Focus group (Little i)' });
  await page.getByLabel('Service users or carers taking part').fill('5');
  await page.getByLabel('What people said (optional)').fill('The chairs are hard.');
  // Reload at once: the page being hidden writes the drafts, not the timer.
  await page.reload();
  await appReady(page);

  await expect(restoredNote(page)).toHaveCount(2);
  await expect(page.getByLabel('Name or initials')).toHaveValue('J. S.');
  await expect(page.getByLabel('Role')).toHaveValue('carer');
  await expect(page.getByLabel('Given the guidance document for service users and carers')).toBeChecked();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue(isoDaysAgo(2));
  await expect(page.getByLabel('Kind of activity')).toHaveValue('focus_group');
  await expect(page.getByLabel('Service users or carers taking part')).toHaveValue('5');
  await expect(page.getByLabel('What people said (optional)')).toHaveValue('The chairs are hard.');
  expect(await draftKeys(page)).toEqual([`${DRAFT_PREFIX}activity:${id}`, `${DRAFT_PREFIX}person:${id}`]);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(person(page, 'J. S.')).toContainText('Guidance document given');
  await page.getByRole('button', { name: 'Add to the log' }).click();
  await expect(page.getByText('1 activity logged.')).toBeVisible();
  await expect(restoredNote(page)).toHaveCount(0);
  await expect.poll(() => draftKeys(page)).toEqual([]);

  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Name or initials')).toHaveValue('');
  await expect(page.getByLabel('What people said (optional)')).toHaveValue('');
  await expect(restoredNote(page)).toHaveCount(0);
});

test('the Settings contact form and drafted notes come back after a reload', async ({ page }) => {
  await page.goto('/settings');
  await appReady(page);
  await page.getByLabel('Team name').fill('Involvement Hub');
  await page.getByLabel('Phone').fill('01234 000000');
  await expect.poll(() => draftKeys(page)).toEqual([`${DRAFT_PREFIX}settings`]);
  await page.reload();
  await appReady(page);
  await expect(restoredNote(page)).toBeVisible();
  await expect(page.getByLabel('Team name')).toHaveValue('Involvement Hub');
  await expect(page.getByLabel('Phone')).toHaveValue('01234 000000');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved on this device.')).toBeVisible();
  await expect.poll(() => draftKeys(page)).toEqual([]);

  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Notes project');
  const id = new URL(page.url()).searchParams.get('id');
  const aside = page.locator('.general-tab__side');
  await aside.getByRole('button', { name: 'Draft notes from the involvement record' }).click();
  await page.getByLabel('Draft involvement notes').fill('Half-written notes about Big I.');
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Draft involvement notes')).toHaveValue('Half-written notes about Big I.');
  await expect(restoredNote(page)).toBeVisible();
  expect(await draftKeys(page)).toEqual([`${DRAFT_PREFIX}notes:${id}`]);
  await aside.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => draftKeys(page)).toEqual([]);
  await page.reload();
  await appReady(page);
  await expect(aside.getByRole('button', { name: 'Draft notes from the involvement record' })).toBeVisible();
});

test('an activity is edited in place, focus follows, and the change is kept', async ({ page }) => {
  await projectOnInvolvementRecord(page, 'Waiting times');
  await page.getByLabel('Date', { exact: true }).fill(isoDaysAgo(4));
  await page.getByLabel('Kind of activity').selectOption({ label: 'Survey (Little i)' });
  await page.getByLabel('Service users or carers taking part').fill('30');
  await page.getByRole('button', { name: 'Add to the log' }).click();
  const row = page.getByRole('listitem').filter({ hasText: '30 people taking part' });
  await expect(row).toBeVisible();

  // Cancel puts focus back on the row's Edit button and changes nothing.
  const edit = row.getByRole('button', { name: 'Edit', exact: true });
  await expect(edit).toHaveAccessibleDescription(/Survey/);
  await edit.click();
  await expect(page.getByRole('heading', { name: 'Edit this activity' })).toBeVisible();
  await expect(page.getByLabel('Date', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Service users or carers taking part')).toHaveValue('30');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Add an activity' })).toBeVisible();
  await expect(edit).toBeFocused();

  await edit.click();
  // Edit moves focus into the form on the next frame: wait for it, or the
  // typing below could land in the field focus moves to.
  await expect(page.getByLabel('Date', { exact: true })).toBeFocused();
  await page.getByLabel('Service users or carers taking part').fill('32');
  await page.getByLabel('What people said (optional)').fill('Too many forms.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const changed = page.getByRole('listitem').filter({ hasText: '32 people taking part' });
  await expect(changed).toContainText('You said: Too many forms.');
  await expect(changed.getByRole('button', { name: 'Edit', exact: true })).toBeFocused();
  await expect(page.getByText('1 activity logged.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Half-typing a new activity, then asking to edit a logged one, does not
  // throw the typing away.
  await page.getByLabel('What people said (optional)').fill('Half a thought');
  await changed.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByText('Save or cancel the changes in the form first.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Add an activity' })).toBeVisible();
  await expect(page.getByLabel('What people said (optional)')).toHaveValue('Half a thought');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('What people said (optional)')).toHaveValue('');

  await page.reload();
  await appReady(page);
  await expect(page.getByRole('listitem').filter({ hasText: '32 people taking part' })).toContainText('Too many forms.');
  await expect(page.getByText('1 activity logged.')).toBeVisible();
});

test('saving a person keeps what was recorded on their row, or in another tab, meanwhile', async ({ page, openTab }) => {
  const id = await projectOnInvolvementRecord(page, 'Discharge');
  await addPerson(page, 'R. K.');
  await page.getByRole('button', { name: 'Edit R. K.' }).click();
  await expect(page.getByLabel('Name or initials')).toBeFocused();
  // The row's button, pressed while the form is open.
  await page.getByRole('button', { name: 'Record guidance document given to R. K.' }).click();
  await expect(person(page, 'R. K.')).toContainText('Guidance document given');
  // Another tab records the induction meanwhile.
  const other = await openTab();
  await other.goto(`/involvement?id=${id}`);
  await appReady(other);
  await other.getByRole('button', { name: 'Record induction given today for R. K.' }).click();
  await expect(person(page, 'R. K.')).toContainText('Induction given');

  await page.getByLabel('Name or initials').fill('Rita K.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const saved = person(page, 'Rita K.');
  await expect(saved).toContainText('Guidance document given');
  await expect(saved).toContainText('Induction given');
  await expect(page.getByRole('button', { name: 'Edit Rita K.' })).toBeFocused();
  await expect(person(other, 'Rita K.')).toContainText('Guidance document given');

  await page.reload();
  await appReady(page);
  await expect(person(page, 'Rita K.')).toContainText('Guidance document given');
  await expect(person(page, 'Rita K.')).toContainText('Induction given');
  await expect(page.locator('.record-list').first().getByRole('listitem')).toHaveCount(1);
});

test('saving a person removed in another tab says so and does not bring them back', async ({ page, openTab }) => {
  const id = await projectOnInvolvementRecord(page, 'Outpatients');
  await addPerson(page, 'A. B.');
  await page.getByRole('button', { name: 'Edit A. B.' }).click();
  await page.getByLabel('Name or initials').fill('Alex B.');

  const other = await openTab();
  await other.goto(`/involvement?id=${id}`);
  await appReady(other);
  await other.getByRole('button', { name: 'Remove A. B.' }).click();
  await expect(person(page, 'A. B.')).toHaveCount(0);

  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(problem(page)).toContainText(
    'This person has been removed from the project, so your changes were not saved',
  );
  await expect(person(page, 'Alex B.')).toHaveCount(0);
  await expect(page.getByText('No service users or carers recorded on this project yet.')).toBeVisible();
  await page.reload();
  await appReady(page);
  await expect(page.getByText('No service users or carers recorded on this project yet.')).toBeVisible();
  await expect(person(other, 'Alex B.')).toHaveCount(0);
});

/** Answers the guide's five questions. */
async function answer(page, answers) {
  const questions = page.locator('fieldset.question');
  for (let i = 0; i < answers.length; i++) {
    await questions.nth(i).getByLabel(answers[i], { exact: true }).check();
  }
}

test('the self-assessment keeps showing the chosen project when the answers or the list change, and applies to it only', async ({ page, openTab }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Alpha clinic');
  await page.getByRole('link', { name: 'Projects', exact: true }).first().click();
  await createProject(page, 'Ward rounds');
  const id = new URL(page.url()).searchParams.get('id');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide' }).click();
  await answer(page, ['Yes', 'No', 'No', 'No', 'No']);
  await expect(page.getByRole('heading', { name: 'Suggested level: Little i' })).toBeVisible();
  const select = page.getByLabel('Project to apply it to');
  await select.selectOption({ label: 'Ward rounds' });
  const shown = select.locator('option:checked');

  // A new answer changes the suggestion and redraws the panel.
  await page.locator('fieldset.question').nth(2).getByLabel('Yes', { exact: true }).check();
  await expect(page.getByRole('heading', { name: 'Suggested level: Little i and Big I' })).toBeVisible();
  await expect(select).toHaveValue(id);
  await expect(shown).toHaveText('Ward rounds');

  // Another tab adds a project that sorts first: the list changes under
  // the select, and it must still show (and apply to) Ward rounds.
  const other = await openTab();
  await other.goto('/');
  await appReady(other);
  await createProject(other, 'Abbey ward');
  await expect(select.locator('option')).toHaveCount(4);
  await expect(shown).toHaveText('Ward rounds');
  await expect(select).toHaveValue(id);

  await page.getByRole('button', { name: 'Apply to project' }).click();
  await expect(page.getByText(/^Service user involvement changed from .+ to Little i and Big I\.$/)).toBeVisible();
  await page.getByRole('link', { name: 'Projects', exact: true }).first().click();
  const card = (title) => page.locator('.project-card').filter({ hasText: title });
  await expect(card('Ward rounds')).toContainText('Little i and Big I');
  await expect(card('Alpha clinic')).toContainText('Not yet recorded');
  await expect(card('Abbey ward')).toContainText('Not yet recorded');
});

test('a chosen project archived in another tab is no longer chosen, and Apply does not change it', async ({ page, openTab }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Falls audit');
  const id = new URL(page.url()).searchParams.get('id');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide' }).click();
  await answer(page, ['Yes', 'Yes', 'No', 'No', 'No']);
  const select = page.getByLabel('Project to apply it to');
  await select.selectOption({ label: 'Falls audit' });

  const other = await openTab();
  await other.goto(`/project?id=${id}`);
  await appReady(other);
  await other.getByRole('button', { name: 'Archive project' }).click();
  await expect(select.locator('option')).toHaveCount(1);
  await expect(select).toHaveValue('');

  await page.getByRole('button', { name: 'Apply to project' }).click();
  await expect(page.getByText('Choose a project first.')).toBeVisible();
  const stored = readRecord((await readStorage(page))[`qi-involve:project:${id}`]);
  expect(stored.project.involvement ?? 'not_recorded').not.toBe('little_i');
});
