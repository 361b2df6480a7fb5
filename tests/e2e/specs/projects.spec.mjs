// The project register and the General tab: create, edit, reload, search,
// filter, archive, delete and undo, hostile text, copy for Life QI.
import { test, expect, appReady, expectNoAxeViolations, screenshotsAtTabletSizes } from '../support/fixtures.mjs';
import { createProject, fillAndWait } from '../support/projects.mjs';

test('the empty register explains what to do', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('heading', { name: 'No projects on this device yet' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a new project needs a title, and the error says so', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('button', { name: 'Create project' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('Enter a project title');
  await summary.getByRole('link', { name: 'Enter a project title' }).click();
  await expect(page.getByLabel('Project title')).toBeFocused();
  await expectNoAxeViolations(page);
});

test('create, fill in the General tab, reload and see every value', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Reducing falls on Ward 7');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reducing falls on Ward 7');
  await expect(page).toHaveURL(/\/project\?id=/);

  await fillAndWait(page, 'Aim', 'Halve inpatient falls by March 2027');
  await fillAndWait(page, 'What is the project about?', 'Falls at night on an older adults ward.');
  await fillAndWait(page, 'Project lead', 'Priya Shah');
  await page.getByLabel('Service user involvement').selectOption({ label: 'Little i and Big I' });
  await fillAndWait(page, 'Involvement notes', 'Two carers sit on the project team; we survey patients monthly.');
  await page.getByLabel('Progress score').selectOption('2.5');
  await page.getByLabel('Status').selectOption({ label: 'On hold' });
  await expect(page.getByText(/Last changed on \d+ \w+ \d{4}/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();

  await page.getByLabel('Name or initials').last().fill('J. M.');
  await page.getByLabel('Role').last().fill('Carer');
  await page.getByRole('checkbox', { name: 'Service user or carer (Expert by Experience)' }).last().check();
  await page.getByRole('button', { name: 'Add team member' }).click();
  await expect(page.getByText('1 person on the team, 1 of them service users or carers')).toBeVisible();

  await expectNoAxeViolations(page);
  await screenshotsAtTabletSizes(page, 'general-tab');

  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Project title')).toHaveValue('Reducing falls on Ward 7');
  await expect(page.getByLabel('Aim')).toHaveValue('Halve inpatient falls by March 2027');
  await expect(page.getByLabel('Project lead')).toHaveValue('Priya Shah');
  await expect(page.getByLabel('Service user involvement')).toHaveValue('both');
  await expect(page.getByLabel('Involvement notes')).toHaveValue('Two carers sit on the project team; we survey patients monthly.');
  await expect(page.getByLabel('Progress score')).toHaveValue('2.5');
  await expect(page.getByLabel('Status')).toHaveValue('on_hold');
  await expect(page.getByText('1 person on the team, 1 of them service users or carers')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Reducing falls on Ward 7' });
  await expect(card).toContainText('Priya Shah');
  await expect(card).toContainText('On hold');
  await expect(card).toContainText('Little i and Big I');
  await expect(card).toContainText('2.5');
  await screenshotsAtTabletSizes(page, 'register');
  await expectNoAxeViolations(page);
});

test('invalid input shows inline errors and a summary, and is not saved', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Discharge letters');
  await page.getByLabel('Start date').fill('2026-06-01');
  await page.getByLabel('End date (optional)').fill('2026-05-01');
  await page.getByLabel('Project title').fill('');
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('Enter a project title');
  await expect(summary).toContainText('End date must be the same as or after the start date');
  await expectNoAxeViolations(page);
  await screenshotsAtTabletSizes(page, 'general-tab-errors');
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Project title')).toHaveValue('Discharge letters');
  await expect(page.getByLabel('Start date')).toHaveValue('2026-06-01');
  await expect(page.getByLabel('End date (optional)')).toHaveValue('');
});

test('search as you type, filter by level and status, and sort', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  for (const [title, level, lead] of [
    ['Falls prevention', 'big_i', 'Priya Shah'],
    ['Discharge letters', 'little_i', 'Tom Jones'],
    ['Clinic waiting times', 'not_recorded', 'Ann Lee'],
  ]) {
    await createProject(page, title);
    await fillAndWait(page, 'Project lead', lead);
    await page.getByLabel('Service user involvement').selectOption(level);
    await page.getByRole('link', { name: 'Projects', exact: true }).first().click();
  }
  const cards = page.locator('.project-card');
  await expect(cards).toHaveCount(3);
  await page.getByLabel('Search projects').pressSequentially('shah');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('Falls prevention');
  await page.getByLabel('Search projects').fill('');
  await page.getByLabel('Involvement level').selectOption({ label: 'Little i only' });
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('Discharge letters');
  await page.getByLabel('Involvement level').selectOption({ label: 'All levels' });
  await page.getByLabel('Sort by').selectOption({ label: 'Title (A to Z)' });
  await expect(cards.first()).toContainText('Clinic waiting times');
  await page.getByLabel('Search projects').fill('zzzz no match');
  await expect(page.getByRole('heading', { name: 'No projects match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(cards).toHaveCount(3);
});

test('a search typed just before opening a project is still there on the way back', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  for (const title of ['Falls prevention', 'Discharge letters']) {
    await createProject(page, title);
    await page.getByRole('link', { name: 'Projects', exact: true }).first().click();
  }
  const cards = page.locator('.project-card');
  await page.getByLabel('Search projects').pressSequentially('falls');
  await expect(cards).toHaveCount(1);
  // At once, before the address would catch up by itself.
  await cards.first().getByRole('link').click();
  await expect(page.getByLabel('Project title')).toHaveValue('Falls prevention');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=falls$/);
  await expect(page.getByLabel('Search projects')).toHaveValue('falls');
  await expect(cards).toHaveCount(1);
  // Typing alone writes the address after a pause.
  await page.getByLabel('Search projects').press('End');
  await page.getByLabel('Search projects').pressSequentially(' prevention');
  await expect(page).toHaveURL(/\?q=falls%20prevention$/);
});

test('archive hides a project until archived ones are shown', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Old audit');
  await page.getByRole('button', { name: 'Archive project' }).click();
  await expect(page.getByRole('button', { name: 'Restore project' })).toBeVisible();
  await page.getByRole('link', { name: 'Projects', exact: true }).first().click();
  await expect(page.locator('.project-card')).toHaveCount(0);
  await page.getByLabel('Show archived projects').check();
  await expect(page.locator('.project-card')).toContainText('(archived)');
});

test('delete, then undo, and the project is back after a reload', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Medication reviews');
  await page.getByRole('button', { name: 'Delete project' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
  await expect(page.getByText('“Medication reviews” has been deleted.')).toBeVisible();
  await page.waitForTimeout(5000); // undo stays available for well over several seconds
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.project-card')).toContainText('Medication reviews');
  await page.reload();
  await appReady(page);
  await expect(page.locator('.project-card')).toContainText('Medication reviews');
  // And deleting for good survives a reload too.
  await page.locator('.project-card a').click();
  await page.getByRole('button', { name: 'Delete project' }).click();
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('heading', { name: 'No projects on this device yet' })).toBeVisible();
});

test('a title made of HTML and script shows as text and runs nothing', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await page.goto('/');
  await appReady(page);
  await createProject(page, hostile);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile);
  await page.getByRole('link', { name: 'Projects', exact: true }).first().click();
  await expect(page.locator('.project-card a')).toHaveText(hostile);
  await page.reload();
  await appReady(page);
  await expect(page.locator('.project-card a')).toHaveText(hostile);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator('.project-card img, main script').count()).toBe(0);
});

test('Copy for Life QI puts the level and notes on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Carer feedback');
  await page.getByLabel('Service user involvement').selectOption({ label: 'Big I' });
  await fillAndWait(page, 'Involvement notes', 'A carer co-leads the project.');
  await page.getByRole('button', { name: 'Copy for Life QI' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe('Service user involvement: Big I\n\nA carer co-leads the project.');
});

test('an unknown project id says so', async ({ page }) => {
  await page.goto('/project?id=nope');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Project not found');
  await expectNoAxeViolations(page);
});
