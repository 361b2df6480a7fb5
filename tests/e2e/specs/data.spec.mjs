// Data in and out (issue 8): Export backup, Import backup with Merge,
// Replace everything and Undo import, files that must be refused, a full
// store during an import, Export CSV, Print summary, and "Last backup" with
// its reminder.
import { readRecord } from '../support/records.mjs';
import fs from 'node:fs/promises';
import { expect, appReady, expectNoAxeViolations, screenshotsAtTabletSizes } from '../support/fixtures.mjs';
import { createProject, fillAndWait } from '../support/projects.mjs';
import {
  test,
  PROJECT_PREFIX,
  readStorage,
  fillStorageToTheBrim,
  removeFiller,
  watchForErrors,
} from '../support/storage.mjs';

const SETTINGS_KEY = 'qi-involve:settings';
const BEFORE_IMPORT_KEY = 'qi-involve:before-import';
const LAST_BACKUP_KEY = 'qi-involve:last-backup';
const DAY_MS = 24 * 60 * 60 * 1000;

// A whole project exactly as this build stores it (the codec's pinned
// example), with every list filled in.
const SAMPLE_RAW = '{"version":5,"project":{"id":"mh9q2b7c","revision":12,"stamp":"k3x9-7","title":"Reducing falls on Ward 7","aim":"Halve inpatient falls by March 2027","about":"Night-time falls among older patients","lead":"Priya Shah","team":[{"id":"t1","name":"J. M.","role":"Carer","expert":{"kind":"carer","joined":"2026-01-12","induction_given":"2026-01-19","guidance_given":true,"notes":"Prefers meetings after 10am"}},{"id":"t2","name":"Priya Shah","role":"Ward manager","expert":null},{"id":"e2","name":"R. K.","role":"Service user","expert":{"kind":"service_user","joined":null,"induction_given":null,"guidance_given":false,"notes":""}}],"service":"Ward 7","start_date":"2026-01-05","end_date":"2027-03-31","status":"active","progress":"2.5","progress_changed":"2026-11-26","involvement":"both","involvement_notes":"Two carers sit on the team.","level_history":[{"date":"2026-02-03","level":"little_i"},{"date":"2026-11-26","level":"both"}],"activities":[{"id":"a1","date":"2026-02-03","kind":"focus_group","people":6,"hours_tenths":15,"said":"“Call bells” are out of reach at night,\\nso people get up alone.","changed":"Bells are clipped to the bed rail."},{"id":"a2","date":"2026-03-10","kind":"co_design_workshop","people":2,"hours_tenths":30,"said":"","changed":""}],"archived":false,"created_ms":1795660000000,"updated_ms":1795667643000}}';
const SAMPLE = JSON.parse(SAMPLE_RAW).project;
const SETTINGS = { team_name: 'Device team', email: 'pit@nhs.net', phone: '', notes: '', welcome_note: '' };

/** A project like the sample with these fields changed (the key order stays the codec's). */
function project(id, changes = {}) {
  return { ...structuredClone(SAMPLE), id, ...changes };
}

const stored = (p) => JSON.stringify({ version: 5, project: p });
const storedSettings = (s) => JSON.stringify({ version: 2, value: s });

/** A backup file's text, as Export backup writes it. */
function backupText(projects, settings = SETTINGS, exportedMs = Date.now()) {
  return JSON.stringify(
    { app: 'QI Involve', format: 5, exported_ms: exportedMs, exported: new Date(exportedMs).toISOString().slice(0, 10), settings, projects },
    null,
    2,
  );
}

/** Puts these projects and settings in storage, then opens `path`. */
async function seed(page, projects, settings = SETTINGS, path = '/settings') {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(([entries]) => entries.forEach(([k, v]) => localStorage.setItem(k, v)), [[
    ...projects.map((p) => [PROJECT_PREFIX + p.id, stored(p)]),
    ...(settings ? [[SETTINGS_KEY, storedSettings(settings)]] : []),
  ]]);
  await page.goto(path);
  await appReady(page);
}

/** The app's project records and settings, by key (nothing else). */
async function appData(page) {
  const all = await readStorage(page);
  return Object.fromEntries(
    Object.entries(all).filter(([k]) => k.startsWith(PROJECT_PREFIX) || k === SETTINGS_KEY),
  );
}

/** appData with each project record read: what it holds, packed or not. */
async function appContent(page) {
  return Object.fromEntries(Object.entries(await appData(page))
    .map(([k, v]) => [k, k.startsWith(PROJECT_PREFIX) ? readRecord(v).project : v]));
}

function chooseFile(page, file) {
  return page.getByLabel('Import backup').setInputFiles(file);
}

const jsonFile = (text, name = 'qi-involve-backup.json') => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const result = (page) => page.locator('#import-result');

test('a backup exported here and imported into a fresh browser gives exactly the same projects and settings', async ({ page, browser, baseURL }, testInfo) => {
  const archived = project('arch1', { title: 'Old audit', archived: true, revision: 3 });
  await seed(page, [project('mh9q2b7c'), archived], { ...SETTINGS, notes: 'Mon–Fri, “9am” to 5pm' }, '/');
  // One more made in the app, so its own saving is part of the round trip.
  await createProject(page, 'Made here, £ and “quotes”');
  await fillAndWait(page, 'Aim', 'Line one,\nline two');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.locator('.last-backup')).toHaveText('Last backup: never');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  const today = new Date().toISOString().slice(0, 10);
  expect(download.suggestedFilename()).toBe(`qi-involve-backup-${today}.json`);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await expect(page.locator('.last-backup')).toHaveText('Last backup: today');
  const backup = JSON.parse(await fs.readFile(file, 'utf8'));
  expect(backup.app).toBe('QI Involve');
  expect(backup.projects.map((p) => p.id).sort()).toHaveLength(3);
  expect(backup.projects.some((p) => p.archived), 'archived projects are in it').toBe(true);
  // What each record holds: the seeded ones are still in format 5 here,
  // and the import writes them packed.
  const original = await appContent(page);
  expect(Object.keys(original)).toHaveLength(4);

  // A brand-new browser profile: nothing stored.
  const fresh = await browser.newContext({ baseURL });
  const problems = [];
  const other = await fresh.newPage();
  watchForErrors(other, problems, 'fresh browser');
  await other.goto('/settings');
  await appReady(other);
  await chooseFile(other, file);
  await expect(other.getByRole('heading', { name: 'What importing this file would do' })).toBeFocused();
  await expect(other.getByText('New (not on this device yet): 3')).toBeVisible();
  await other.getByRole('button', { name: 'Merge' }).click();
  await expect(result(other)).toContainText('Import finished: 3 projects written, 0 projects removed, settings updated.');
  // Every record and the settings hold exactly the exported device's:
  // a merge into an empty device writes each project as the file has it,
  // revision and save stamp included.
  expect(await appContent(other)).toEqual(original);
  await expect(other.getByLabel('Team name')).toHaveValue('Device team');
  await expect(other.getByLabel('Other contact details')).toHaveValue('Mon–Fri, “9am” to 5pm');
  await other.reload();
  await appReady(other);
  expect(await appContent(other)).toEqual(original);
  await other.getByRole('link', { name: 'Projects' }).click();
  await expect(other.locator('.project-card')).toHaveCount(2); // the archived one is hidden
  await fresh.close();
  expect(problems).toEqual([]);
});

test('each kind of bad file is refused with a message naming the problem, and nothing changes', async ({ page }, testInfo) => {
  await seed(page, [project('mh9q2b7c')]);
  const before = await readStorage(page);
  const good = backupText([project('new1')]);
  const edited = (change) => {
    const b = JSON.parse(good);
    change(b);
    return JSON.stringify(b);
  };
  const huge = testInfo.outputPath('huge.json');
  await fs.writeFile(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
  const cases = [
    ['not JSON', jsonFile('{ not: json }'), 'it is not in the JSON form a backup uses (line 1, column 3)'],
    ['plain words', jsonFile('hello there'), 'it is not in the JSON form a backup uses'],
    ['truncated', jsonFile(good.slice(0, Math.floor(good.length / 2))), 'The file ends too early: it may have been cut short'],
    ['empty', jsonFile(''), 'The file is empty'],
    ['50 MB', huge, 'The file is 50.0 MB; a QI Involve backup can be up to 20 MB'],
    ['a CSV', { name: 'projects.csv', mimeType: 'text/csv', buffer: Buffer.from('\ufeffProject ID,Project title\r\nx1,Falls\r\n') }, 'it looks like a CSV file'],
    ['a web page', jsonFile('<!doctype html><script>window.__pwned = 1</script>'), 'it looks like a web page (HTML)'],
    ['another JSON file', jsonFile('{"name":"something else"}'), 'it does not say it was made by QI Involve'],
    ['wrong types', jsonFile(edited((b) => { b.projects[0].title = 42; })), 'Project 1 (no title): “title” is not in the expected form'],
    ['an absurd value', jsonFile(edited((b) => { b.projects[0].created_ms = -5; })), 'its creation time is not a real time'],
    ['an absurd count', jsonFile(edited((b) => { b.projects[0].activities[0].people = 5e6; })), 'Project 1 (‘Reducing falls on Ward 7’): Activity 1: Number of people'],
    ['a newer format', jsonFile(edited((b) => { b.format = 99; })), 'made by a newer version of QI Involve (format 99)'],
    ['duplicate ids', jsonFile(edited((b) => { b.projects.push(b.projects[0]); })), 'Projects 1 and 2 in the file share the id “new1”'],
  ];
  for (const [what, file, message] of cases) {
    await chooseFile(page, file);
    const alert = page.getByRole('alert').filter({ hasText: 'This file cannot be imported' });
    await expect(alert, what).toContainText(message);
    await expect(alert, what).toContainText('Nothing on this device has been changed.');
    await expect(page.getByRole('button', { name: 'Merge' }), what).toHaveCount(0);
    expect(await readStorage(page), `${what}: storage is unchanged`).toEqual(before);
  }
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test('HTML and script inside a valid file are kept as plain text and run nothing', async ({ page }) => {
  await seed(page, [], null);
  const title = '<img src=x onerror="window.__pwned=1">Falls';
  const notes = '<script>window.__pwned=2</script> & <b>bold</b>';
  await chooseFile(page, jsonFile(backupText([project('html1', { title, involvement_notes: notes })])));
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(result(page)).toContainText('1 project written');
  expect(readRecord((await readStorage(page))[PROJECT_PREFIX + 'html1']).project.title).toBe(title);
  await page.getByRole('link', { name: 'Projects' }).click();
  const card = page.locator('.project-card');
  await expect(card).toContainText(title);
  await expect(card.locator('img')).toHaveCount(0);
  await card.getByRole('link').first().click();
  await expect(page.getByLabel('Involvement notes')).toHaveValue(notes);
  await expect(page.locator('main script, main b, main img')).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

// The device: a (rev 3), b (rev 2), c (rev 4) and e; the file: a newer,
// b older, c changed on both sides, d new; e is only on the device.
function mergeCase() {
  const at = SAMPLE.updated_ms;
  const device = [
    project('a1', { title: 'Alpha', revision: 3, updated_ms: at }),
    project('b1', { title: 'Bravo', revision: 2, updated_ms: at, aim: 'Device aim' }),
    project('c1', { title: 'Charlie', revision: 4, updated_ms: at, aim: 'Changed here' }),
    project('e1', { title: 'Echo', revision: 1, updated_ms: at }),
  ];
  const file = [
    project('a1', { title: 'Alpha', revision: 5, updated_ms: at + 1000, aim: 'Newer in the file' }),
    project('b1', { title: 'Bravo', revision: 1, updated_ms: at - 1000, aim: 'Older aim' }),
    project('c1', { title: 'Charlie', revision: 4, updated_ms: at + 5, aim: 'Changed there' }),
    project('d1', { title: 'Delta', revision: 1, updated_ms: at }),
  ];
  return { device, file, fileSettings: { ...SETTINGS, team_name: 'File team' } };
}

test('Merge keeps the newer copies and both where both changed; Undo import puts every byte back', async ({ page }) => {
  const { device, file, fileSettings } = mergeCase();
  await seed(page, device);
  const before = await appData(page);
  await chooseFile(page, jsonFile(backupText(file, fileSettings)));
  for (const line of [
    'New (not on this device yet): 1',
    'Newer in the file: 1',
    'Newer on this device: 1',
    'Unchanged: 0',
    'Changed both on this device and in the file since they last matched: 1',
    'Only on this device, not in the file: 1',
    'The settings in the file differ from the ones on this device.',
  ]) {
    await expect(page.getByText(line, { exact: true })).toBeVisible();
  }
  await expect(page.getByText('both copies are kept')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotsAtTabletSizes(page, 'settings-import-plan');

  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(result(page)).toContainText('Import finished: 3 projects written, 0 projects removed.');
  await expect(result(page)).toContainText('both copies are kept: the file\'s is “Charlie (from backup)”');
  const after = await appData(page);
  const proj = (data, id) => readRecord(data[PROJECT_PREFIX + id]).project;
  expect(proj(after, 'a1').aim).toBe('Newer in the file');
  expect(after[PROJECT_PREFIX + 'b1']).toBe(before[PROJECT_PREFIX + 'b1']);
  expect(after[PROJECT_PREFIX + 'c1']).toBe(before[PROJECT_PREFIX + 'c1']);
  expect(proj(after, 'c1-b1')).toMatchObject({ title: 'Charlie (from backup)', aim: 'Changed there' });
  expect(proj(after, 'd1')).toEqual(file[3]);
  expect(after[PROJECT_PREFIX + 'e1']).toBe(before[PROJECT_PREFIX + 'e1']);
  expect(after[SETTINGS_KEY], 'settings saved here are kept by a merge').toBe(before[SETTINGS_KEY]);
  expect((await readStorage(page))[BEFORE_IMPORT_KEY]).toBeTruthy();
  // The screen shows what is stored.
  await page.getByRole('link', { name: 'Projects' }).click();
  await expect(page.locator('.project-card')).toHaveCount(6);
  await page.getByRole('link', { name: 'Settings' }).click();

  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(result(page)).toContainText('The import has been undone');
  expect(await appData(page)).toEqual(before);
  expect((await readStorage(page))[BEFORE_IMPORT_KEY]).toBeUndefined();
  await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Projects' }).click();
  await expect(page.locator('.project-card')).toHaveCount(4);
});

test('Replace everything asks first, then holds exactly the file; Undo import brings the device back', async ({ page }) => {
  const { device, file, fileSettings } = mergeCase();
  await seed(page, device);
  const before = await appData(page);
  await chooseFile(page, jsonFile(backupText(file, fileSettings)));
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByRole('heading', { name: 'Replace everything on this device?' })).toBeFocused();
  await expect(page.getByText('The 4 projects on this device will be replaced by the 4 projects in the file.')).toBeVisible();
  await expect(page.getByText('1 project not in the file will be removed from this device.')).toBeVisible();
  await expect(page.getByText('Changes made on this device since the backup, in 2 projects, will be lost.')).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await appData(page), 'nothing is written before the answer').toEqual(before);
  await page.getByRole('button', { name: 'No, go back' }).click();
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await page.getByRole('button', { name: 'Yes, replace everything' }).click();
  await expect(result(page)).toContainText('Import finished: 4 projects written, 1 project removed, settings updated.');
  const expected = Object.fromEntries([
    ...file.map((p) => [PROJECT_PREFIX + p.id, p]),
    [SETTINGS_KEY, storedSettings(fileSettings)],
  ]);
  // Projects are stored packed: compare what they hold.
  expect(await appContent(page)).toEqual(expected);
  // The contact form shows the imported settings, so saving it keeps them.
  await expect(page.getByLabel('Team name')).toHaveValue('File team');

  await page.reload();
  await appReady(page);
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(result(page)).toContainText('The import has been undone');
  expect(await appData(page)).toEqual(before);
  await expect(page.getByLabel('Team name')).toHaveValue('Device team');
});

test('a store that fills up part-way through an import is put back exactly as it was', async ({ page }) => {
  await seed(page, [project('mh9q2b7c')]);
  const before = await appData(page);
  // Six new projects of about 8,000 characters each: far more than the
  // room left below, which holds the copy of the current data and a little.
  // Text with no repeats in it, so packing cannot shrink it (see
  // src/storage/packed.rs): each project really takes its length.
  const unpackable = (seed) => Array.from({ length: 3900 },
    (_, i) => String.fromCharCode(0x4e00 + (((i + 1) * 7919 * (seed + 3)) % 20000))).join('');
  const big = Array.from({ length: 6 }, (_, n) =>
    project(`big${n}`, { title: `Big ${n}`, aim: unpackable(2 * n), about: unpackable(2 * n + 1) }));
  await chooseFile(page, jsonFile(backupText(big)));
  await expect(page.getByText('New (not on this device yet): 6')).toBeVisible();

  const { keys } = await fillStorageToTheBrim(page);
  try {
    // Free about 20,000 characters: the smallest fillers first.
    const freed = await page.evaluate((keys) => {
      const sized = keys.map((k) => [k, localStorage.getItem(k).length]).sort((x, y) => x[1] - y[1]);
      let total = 0;
      for (const [k, n] of sized) {
        if (total >= 20_000) break;
        localStorage.removeItem(k);
        total += n;
      }
      return total;
    }, keys);
    expect(freed).toBeLessThan(45_000);
    await page.getByRole('button', { name: 'Merge' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The import stopped part-way' });
    await expect(alert).toContainText('this device\'s storage for QI Involve is full');
    await expect(alert).toContainText('Everything has been put back exactly as it was before the import.');
    expect(await appData(page)).toEqual(before);
    expect((await readStorage(page))[BEFORE_IMPORT_KEY]).toBeUndefined();
    await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
  } finally {
    await removeFiller(page, keys);
  }
  await page.getByRole('link', { name: 'Projects' }).click();
  await expect(page.locator('.project-card')).toHaveCount(1);
});

test('Export CSV saves two UTF-8 files with a BOM, the right columns and formulas neutralised', async ({ page }) => {
  await seed(page, [project('mh9q2b7c', { aim: '=SUM(A1)', title: 'Falls, “night”, £5' })]);
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  const today = new Date();
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const byName = Object.fromEntries(await Promise.all(downloads.map(async (d) => [d.suggestedFilename(), await fs.readFile(await d.path())])));
  expect(Object.keys(byName).sort()).toEqual([`qi-involve-activities-${day}.csv`, `qi-involve-projects-${day}.csv`]);
  const projects = byName[`qi-involve-projects-${day}.csv`];
  const activities = byName[`qi-involve-activities-${day}.csv`];
  for (const file of [projects, activities]) {
    expect([...file.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  }
  const rows = (buf) => buf.toString('utf8').slice(1).split('\r\n');
  expect(rows(projects)[0]).toBe(
    'Project ID,Project title,Aim,What the project is about,Project lead,Team,Service or location,Start date,End date,Status,Progress score,Progress score last changed,Service user involvement,Involvement notes,Experts by Experience,Little i activities,Little i hours,Big I activities,Big I hours,Archived,Created,Last updated,Level history',
  );
  expect(rows(projects)[1]).toContain('mh9q2b7c,"Falls, “night”, £5",\'=SUM(A1)');
  expect(rows(activities)[0]).toBe('Project ID,Project title,Date,Kind of activity,Level,People,Hours,What people said,What changed');
  expect(rows(activities)[1]).toContain('2026-02-03,Focus group,Little i,6,1.5,');
  await expect(page.getByText(`Saved qi-involve-projects-${day}.csv and qi-involve-activities-${day}.csv.`)).toBeVisible();
});

test('Print summary prints the project alone: fields, involvement, Experts by Experience and the log', async ({ page }) => {
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => { window.__printed += 1; };
  });
  await seed(page, [project('mh9q2b7c')], SETTINGS, '/project?id=mh9q2b7c');
  await expect(page.locator('.print-summary')).toHaveCount(0);
  await page.getByRole('button', { name: 'Print summary' }).click();
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(1);
  const summary = page.locator('.print-summary');
  await expect(summary).toBeHidden(); // on screen
  await page.emulateMedia({ media: 'print' });
  await expect(summary).toBeVisible();
  for (const text of [
    'Reducing falls on Ward 7',
    'Halve inpatient falls by March 2027',
    'Priya Shah',
    '2.5 – Changes tested, but no improvement',
    'Little i and Big I',
    'Two carers sit on the team.',
    'J. M. (Carer)',
    'R. K. (Service user)',
    'Focus group',
    'Bells are clipped to the bed rail.',
  ]) {
    await expect(summary, text).toContainText(text);
  }
  await expect(summary, 'an Expert by Experience appears by name or initials only').not.toContainText('Prefers meetings');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print summary' })).toBeHidden();
  await expect(page.getByLabel('Aim')).toBeHidden();
  await page.screenshot({ path: 'screenshots/print-summary.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expect(summary).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('"Last backup" shows on Settings and the Dashboard and updates after an export; the reminder can be put off', async ({ page }) => {
  const month = Date.now() - 30 * DAY_MS;
  await seed(page, [project('old1', { created_ms: month, updated_ms: month })], SETTINGS, '/dashboard');
  await expect(page.locator('.last-backup')).toHaveText('Last backup: never');
  const reminder = page.getByRole('region', { name: 'Back up your projects' });
  await expect(reminder).toBeVisible();
  await expectNoAxeViolations(page);
  await reminder.getByRole('button', { name: 'Remind me next time' }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await appReady(page);
  await expect(page.locator('.last-backup')).toHaveText('Last backup: never');
  await expect(reminder, 'put off for the rest of the session').toHaveCount(0);

  await page.evaluate(() => sessionStorage.clear());
  await page.goto('/settings');
  await appReady(page);
  await expect(reminder).toBeVisible();
  await expect(page.locator('.last-backup')).toHaveText('Last backup: never');
  await expect(page.locator('.persistence')).toContainText('QI Involve\'s data');
  await expect(page.getByText(/this site uses [\d.,]+ MB of its storage, with about [\d.,]+ MB left\./)).toBeVisible();
  await expectNoAxeViolations(page);
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
  await expect(page.locator('.last-backup')).toHaveText('Last backup: today');
  await expect(reminder, 'a backup today ends the reminder').toHaveCount(0);
  const record = JSON.parse((await readStorage(page))[LAST_BACKUP_KEY]);
  expect(record.version).toBe(1);
  expect(Math.abs(record.value - Date.now())).toBeLessThan(60_000);
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.locator('.last-backup')).toHaveText('Last backup: today');

  // Fifteen days later the reminder is back.
  await page.evaluate(([key, ms]) => localStorage.setItem(key, JSON.stringify({ version: 1, value: ms })), [LAST_BACKUP_KEY, Date.now() - 15 * DAY_MS]);
  await page.reload();
  await appReady(page);
  await expect(page.locator('.last-backup')).toHaveText('Last backup: 15 days ago');
  await expect(reminder).toBeVisible();
});
