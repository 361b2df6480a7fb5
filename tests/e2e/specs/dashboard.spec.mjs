// The portfolio dashboard (issue 8, point 2): figures from seeded
// projects, every number a link to the same projects on the list, the
// scope in the address, accessibility, tablet and print layouts.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, appReady, expectNoAxeViolations, screenshotsAtTabletSizes } from '../support/fixtures.mjs';
import { PROJECT_PREFIX } from '../support/storage.mjs';
import { subPathPort } from '../playwright.config.mjs';

const DAY = 86_400_000;
const shotDir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'screenshots');
fs.mkdirSync(shotDir, { recursive: true });
/** The local day `n` days ago as YYYY-MM-DD (the app counts in local days). */
function daysAgo(n) {
  const d = new Date(Date.now() - n * DAY);
  const pad = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A stored project in format 4, field for field as the app's encoder writes it. */
function record(p) {
  const project = {
    id: p.id, revision: 1, stamp: '', title: p.title, aim: '', about: '', lead: p.lead, team: [],
    service: p.service, start_date: null, end_date: null, status: p.status,
    progress: p.progress ?? null, progress_changed: p.progress_changed ?? null,
    involvement: p.involvement, involvement_notes: p.notes ?? '', level_history: p.history ?? [],
    experts: p.experts ?? [], activities: p.activities ?? [], archived: p.archived ?? false,
    created_ms: Date.now() - p.createdDaysAgo * DAY, updated_ms: Date.now() - DAY,
  };
  return JSON.stringify({ version: 4, project });
}

const expert = (id, name, induction) => ({
  id, name, role: 'carer', joined: daysAgo(60), induction_given: induction, guidance_given: false, notes: '',
});
const activity = (id, ago, kind, hours_tenths) => ({
  id, date: daysAgo(ago), kind, people: 2, hours_tenths, said: '', changed: '',
});

// A: both levels, notes, stale score, one person not inducted; agrees with its log.
// B: Big I with no notes and no log (disagrees), an undated score (stale).
// C: no level recorded. E: on hold, Little i. D: archived, never counted.
const SEED = [
  { id: 'pa', title: 'Falls prevention', service: 'Ward 7', lead: 'Priya Shah', status: 'active', involvement: 'both',
    notes: 'Two carers on the team.', createdDaysAgo: 400, progress: '2.5', progress_changed: daysAgo(120),
    history: [{ date: daysAgo(200), level: 'little_i' }, { date: daysAgo(20), level: 'both' }],
    experts: [expert('e1', 'J. M.', daysAgo(30)), expert('e2', 'R. K.', null)],
    activities: [activity('a1', 10, 'co_design_workshop', 30), activity('a2', 40, 'survey', 15)] },
  { id: 'pb', title: 'Discharge letters', service: 'Outpatients', lead: 'Tom Jones', status: 'active', involvement: 'big_i',
    createdDaysAgo: 300, progress: '2.0', history: [{ date: daysAgo(100), level: 'big_i' }] },
  { id: 'pc', title: 'Clinic waiting times', service: 'Ward 7', lead: 'Ann Lee', status: 'active', involvement: 'not_recorded',
    createdDaysAgo: 50, progress: '1.0', progress_changed: daysAgo(10) },
  { id: 'pe', title: 'Pharmacy kiosk', service: 'Pharmacy', lead: 'Priya Shah', status: 'on_hold', involvement: 'little_i',
    notes: 'Kiosk in the waiting room.', createdDaysAgo: 90, history: [{ date: daysAgo(60), level: 'little_i' }],
    activities: [activity('a3', 5, 'kiosk_feedback', 5)] },
  { id: 'pd', title: 'Old audit', service: 'Archive ward', lead: 'Zed Old', status: 'active', involvement: 'big_i',
    createdDaysAgo: 500, archived: true },
];

async function seed(page, root = '/') {
  await page.goto(root);
  await appReady(page);
  const entries = SEED.map((p) => [PROJECT_PREFIX + p.id, record(p)]);
  await page.evaluate((entries) => entries.forEach(([k, v]) => localStorage.setItem(k, v)), entries);
}

async function openDashboard(page, query = '') {
  await page.goto(`/dashboard${query}`);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
}

/** Expects a table row's cells (header cell first) to read `texts`. */
async function expectCells(row, texts) {
  await expect(row.locator('th, td')).toHaveText(texts);
}

const link = (page, name) => page.getByRole('link', { name, exact: true });
const count = (page) => page.locator('.results-count');

/** Clicks a dashboard number and expects the list to show that many projects. */
async function opensList(page, name, expected) {
  await link(page, name).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
  const noun = expected === 1 ? 'project' : 'projects';
  await expect(count(page)).toHaveText(`${expected} ${noun} found`);
  await expect(page.locator('.project-card')).toHaveCount(expected);
}

test('the dashboard counts the seeded projects, leaving out the archived one', async ({ page }) => {
  await seed(page);
  await openDashboard(page);
  const headline = page.locator('.headline');
  await expect(headline).toContainText('67%');
  await expect(headline).toContainText('have Big I (Big I, or both): 2 of 3 active projects');
  await expect(headline).toContainText('have no level recorded: 1 of 3 active projects');

  const level = page.locator('#by-level').locator('xpath=..');
  for (const [name, n, share] of [['Not yet recorded', 1, 25], ['No involvement yet', 0, 0], ['Little i', 1, 25], ['Big I', 1, 25], ['Little i and Big I', 1, 25]]) {
    await expect(level.locator('.bar-chart__row', { hasText: new RegExp(`^${name}\\s*\\d`) })).toContainText(`${n} (${share}%)`);
  }
  const status = page.locator('#by-status').locator('xpath=..');
  await expect(status.locator('.bar-chart__row', { hasText: 'Active' })).toContainText('3 (75%)');
  await expect(status.locator('.bar-chart__row', { hasText: 'On hold' })).toContainText('1 (25%)');

  // The table alternative holds the same numbers.
  await level.getByText('Show as a table').click();
  await expect(level.getByRole('table')).toContainText('Little i and Big I');
  await expectCells(level.locator('tbody tr').nth(3), ['Big I', '1', '25%']);

  // The trend: nothing with Big I a year ago, two of three active today.
  const trend = page.locator('#trend').locator('xpath=..');
  await expect(trend.getByRole('img')).toHaveAttribute('aria-label', /from .* 0% to .* 67%/);
  await trend.getByText('Show as a table').click();
  const rows = trend.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(12);
  await expectCells(rows.last(), [/ 20\d\d$/, '2', '3', '67%']);
  await expectCells(rows.first(), [/ 20\d\d$/, '0', '1', '0%']);

  const totals = page.locator('#totals').locator('xpath=..');
  await expect(totals).toContainText('Experts by Experience on project teams: 2');
  const tables = totals.getByRole('table');
  await expectCells(tables.first().locator('tbody tr').first(), ['Little i', '2', '2.0']);
  await expectCells(tables.first().locator('tbody tr').last(), ['Big I', '1', '3.0']);
  // Only the kinds logged, in the app's order of kinds.
  await expect(tables.last().locator('tbody th')).toHaveText(['Survey', 'Clinic kiosk feedback', 'Co-design workshop']);

  const attention = page.locator('#attention').locator('xpath=..');
  const list = (title) => attention.locator('.attention', { hasText: title });
  await expect(list('No level recorded')).toContainText('Clinic waiting times');
  await expect(list('A level but no involvement notes').getByRole('listitem')).toHaveText(['Discharge letters']);
  await expect(list('differs from the involvement record').getByRole('listitem')).toHaveText(['Discharge letters']);
  await expect(list('Progress score not changed').getByRole('listitem')).toHaveText(['Falls prevention', 'Discharge letters']);
  await expect(list('no induction recorded').getByRole('listitem')).toHaveText(['Falls prevention: R. K.']);
  await expect(page.getByText('Old audit')).toHaveCount(0);

  // A project in a list opens that project.
  await list('No level recorded').getByRole('link', { name: 'Clinic waiting times' }).click();
  await expect(page.getByLabel('Project title')).toHaveValue('Clinic waiting times');
});

test('every number opens the list filtered to the same projects, and a reload keeps it', async ({ page }) => {
  await seed(page);
  await openDashboard(page);
  await opensList(page, '67% of active projects have Big I', 2);
  await expect(page).toHaveURL(/\/\?level=any-big-i&status=active$/);
  await expect(page.getByLabel('Involvement level')).toHaveValue('any-big-i');
  await expect(page.getByLabel('Status')).toHaveValue('active');
  await expect(page.getByText('Showing:')).toHaveCount(0);
  await page.reload();
  await appReady(page);
  await expect(count(page)).toHaveText('2 projects found');

  await openDashboard(page);
  await opensList(page, '1 project: Big I', 1);
  await expect(page.locator('.project-card')).toContainText('Discharge letters');
  await expect(page.getByLabel('Involvement level')).toHaveValue('big_i');

  await openDashboard(page);
  await opensList(page, '2 projects: Progress score not changed for over 90 days', 2);
  const showing = page.locator('.list-extra');
  await expect(showing).toContainText('Showing: a progress score not changed for more than 90 days');
  await page.reload();
  await appReady(page);
  await expect(count(page)).toHaveText('2 projects found');
  await expect(showing).toBeVisible();
  await page.screenshot({ path: path.join(shotDir, 'register-from-dashboard.png') });
  // The drop-downs keep the extra filter when they change.
  await page.getByLabel('Status').selectOption({ label: 'Active' });
  await expect(page).toHaveURL(/status=active&needs=stale-progress/);
  await expect(count(page)).toHaveText('2 projects found');
  await expectNoAxeViolations(page);
  await showing.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(count(page)).toHaveText('4 projects');

  await openDashboard(page);
  await opensList(page, '1 project: Experts by Experience with no induction recorded', 1);
  await openDashboard(page);
  await opensList(page, '2 Experts by Experience on project teams', 1);
  await expect(page.locator('.list-extra')).toContainText('at least one Expert by Experience');
});

test('a long attention list names its first 10 projects and links to all of them', async ({ page }) => {
  await seed(page);
  // Twelve more with no level recorded: thirteen in that list with "Clinic waiting times".
  const more = Array.from({ length: 12 }, (_, i) => record({
    id: `pn${i}`, title: `Unrecorded ${i + 1}`, service: 'Ward 9', lead: 'Li Chen', status: 'active',
    involvement: 'not_recorded', createdDaysAgo: 20,
  }));
  await page.evaluate((more) => more.forEach((v, i) => localStorage.setItem(`qi-involve:project:pn${i}`, v)), more);
  await openDashboard(page);
  const list = page.locator('.attention', { hasText: 'No level recorded' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  await expectNoAxeViolations(page);
  await list.getByRole('link', { name: '3 more: see all 13 on the project list' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
  await expect(count(page)).toHaveText('13 projects found');
  // A short list names every project and offers no link to more.
  await openDashboard(page);
  await expect(page.locator('.attention', { hasText: 'A level but no involvement notes' }).locator('.attention__more')).toHaveCount(0);
});

test('the scope selects narrow every figure and live in the address', async ({ page }) => {
  await seed(page);
  await openDashboard(page);
  const service = page.getByLabel('Service or location');
  // Each service once, archived projects' left out.
  await expect(service.locator('option')).toHaveText(['All services and locations', 'Outpatients', 'Pharmacy', 'Ward 7']);
  await service.focus();
  await service.selectOption({ label: 'Ward 7' });
  await expect(page).toHaveURL(/\/dashboard\/?\?service=Ward%207$/);
  // The select is kept, not redrawn, so a keyboard user stays on it.
  await expect(service).toBeFocused();
  const headline = page.locator('.headline');
  await expect(headline).toContainText('have Big I (Big I, or both): 1 of 2 active projects');
  await expect(page.locator('.dashboard-for')).toContainText('Figures for \u201cWard 7\u201d and all leads');
  await page.reload();
  await appReady(page);
  await expect(service).toHaveValue('Ward 7');
  await expect(headline).toContainText('1 of 2 active projects');

  await opensList(page, '1 active project with Big I', 1);
  await expect(page.locator('.list-extra')).toContainText('service or location \u201cWard 7\u201d');
  await expect(page.locator('.project-card')).toContainText('Falls prevention');

  await openDashboard(page, '?lead=priya%20shah');
  await expect(page.getByLabel('Lead')).toHaveValue('Priya Shah');
  await expect(headline).toContainText('have Big I (Big I, or both): 1 of 1 active projects');
  await expect(page.locator('#by-status').locator('xpath=..').locator('.bar-chart__row', { hasText: 'On hold' })).toContainText('1 (50%)');
  await page.getByLabel('Lead').selectOption({ label: 'All leads' });
  await expect(page).toHaveURL(/\/dashboard\/?$/);
  await expect(headline).toContainText('2 of 3 active projects');
});

test('the dashboard is accessible, fits a tablet and a phone, and prints on two A4 pages at most', async ({ page }) => {
  await seed(page);
  await openDashboard(page);
  await expectNoAxeViolations(page);
  for (const summary of await page.getByText('Show as a table').all()) await summary.click();
  await expectNoAxeViolations(page);
  await screenshotsAtTabletSizes(page, 'dashboard');

  await page.setViewportSize({ width: 375, height: 667 });
  await page.screenshot({ path: path.join(shotDir, 'dashboard-phone.png'), fullPage: true });
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(sideways, 'no sideways scroll at 375px').toBeLessThanOrEqual(0);

  await page.setViewportSize({ width: 768, height: 1024 });
  await page.reload();
  await appReady(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByLabel('Service or location')).toBeHidden();
  await expect(page.locator('.line-chart')).toBeVisible();
  await page.screenshot({ path: path.join(shotDir, 'dashboard-print.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  fs.writeFileSync(path.join(shotDir, 'dashboard-print.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
  expect(pages, 'one or two A4 pages').toBeGreaterThanOrEqual(1);
  expect(pages, 'one or two A4 pages').toBeLessThanOrEqual(2);
});

test('with no projects the dashboard says so and links to Projects', async ({ page }) => {
  await openDashboard(page);
  await expect(page.getByRole('heading', { name: 'No projects on this device yet' })).toBeVisible();
  await expectNoAxeViolations(page);
  await link(page, 'Projects page').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
});

test('under a sub-path the numbers and the scope stay under it', async ({ page }) => {
  const root = `http://127.0.0.1:${subPathPort}/qi-involve/`;
  await seed(page, root);
  await page.goto(`${root}dashboard`);
  await appReady(page);
  await page.getByLabel('Lead').selectOption({ label: 'Tom Jones' });
  await expect(page).toHaveURL(new RegExp(`^${root}dashboard/?\\?lead=Tom%20Jones$`));
  await link(page, '100% of active projects have Big I').click();
  await expect(page).toHaveURL(`${root}?level=any-big-i&status=active&lead=Tom%20Jones`);
  await expect(count(page)).toHaveText('1 project found');
  await page.reload();
  await appReady(page);
  await expect(page.locator('.project-card')).toContainText('Discharge letters');
  await page.locator('.list-extra').getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(root);
  await expect(count(page)).toHaveText('4 projects');
});
