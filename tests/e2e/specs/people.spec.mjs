// One list of people (issue 12, point 1): a service user or carer on the
// General tab's team is an Expert by Experience on the involvement record,
// and the other way round; the suggestion counts them as Big I and says
// why; records stored before (format 4, two lists) are joined by name.
import { test, expect, appReady, expectNoAxeViolations } from '../support/fixtures.mjs';
import { createProject } from '../support/projects.mjs';
import { onlyStoredProject, PROJECT_PREFIX } from '../support/storage.mjs';

const TICK = 'Service user or carer (Expert by Experience)';

async function openTab(page, name) {
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name, exact: true }).click();
  // Each tab's code may still be downloading (the split build): the old tab
  // stays until the new one is drawn, and both have a "Name or initials".
  await expect(page).toHaveTitle(name === 'Involvement record'
    ? /^Involvement record: .* – QI Involve$/
    : /^(?!Involvement record: ).* – QI Involve$/);
}

/** The rows under Experts by Experience on the involvement record. */
const people = (page) => page.locator('#experts-heading ~ .record-list > .record');
const person = (page, name) => people(page).filter({ has: page.getByRole('heading', { name }) });

test('a carer added to the team on the General tab is on the involvement record, and the suggestion says Big I and why', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Carers on the ward');
  const add = page.locator('form.add-member');
  await add.getByLabel('Name or initials').fill('R. K.');
  await add.getByLabel('Role').fill('Carer');
  await add.getByRole('checkbox', { name: TICK }).check();
  await add.getByRole('button', { name: 'Add team member' }).click();
  await expect(page.getByText('1 person on the team, 1 of them service users or carers')).toBeVisible();

  await openTab(page, 'Involvement record');
  await expect(people(page)).toHaveCount(1);
  const row = person(page, 'R. K.');
  await expect(row.locator('.tag')).toHaveText('Carer');
  await expect(row).toContainText('Induction not given yet. Guidance document not given yet.');
  // The guide calls a carer on the team Big I: so does the record, in words.
  await expect(page.getByRole('heading', { name: 'The involvement record suggests: Big I' })).toBeVisible();
  await expect(page.locator('.suggestion')).toContainText(
    'R. K., a carer, is on the project team, which is Big I: service users and carers working as partners in the project.',
  );
  // Not recorded yet: the one-click change says from and to, and raises it.
  await expect(page.getByRole('button', { name: 'Change from Not yet recorded to Big I' })).toBeVisible();
  await expect(page.getByRole('button', { name: /to No involvement yet/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The induction recorded here is on the same person: one entry, stored once.
  await row.getByRole('button', { name: 'Record induction given today for R. K.' }).click();
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  await expect(person(page, 'R. K.')).toContainText(`Induction given ${today}`);
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
  const { envelope } = await onlyStoredProject(page);
  expect(envelope.version).toBe(6);
  expect(envelope.project.experts).toBeUndefined();
  expect(envelope.project.team).toHaveLength(1);
  expect(envelope.project.team[0]).toMatchObject({ name: 'R. K.', role: 'Carer', expert: { kind: 'carer' } });
  expect(envelope.project.team[0].expert.induction_given).toMatch(/^\d{4}-\d\d-\d\d$/);

  await page.reload();
  await appReady(page);
  await expect(people(page)).toHaveCount(1);
  await expect(person(page, 'R. K.')).toContainText(`Induction given ${today}`);
  await openTab(page, 'General');
  await expect(page.getByText('1 person on the team, 1 of them service users or carers')).toBeVisible();
});

test('a person added on the involvement record is on the team on the General tab, and unticking can be taken back', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Clinic letters');
  await openTab(page, 'Involvement record');
  await page.getByLabel('Name or initials').fill('S. T.');
  await page.getByLabel('Role').selectOption({ label: 'Service user' });
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.locator('#experts-notice')).toHaveText('Added S. T. to the Experts by Experience.');
  await person(page, 'S. T.').getByRole('button', { name: 'Record guidance document given to S. T.' }).click();
  await expect(person(page, 'S. T.')).toContainText('Guidance document given.');

  await openTab(page, 'General');
  await expect(page.getByText('1 person on the team, 1 of them service users or carers')).toBeVisible();
  const member = page.locator('.team-list > li');
  await expect(member).toHaveCount(1);
  await expect(member.getByLabel('Name or initials')).toHaveValue('S. T.');
  await expect(member.getByLabel('Role')).toHaveValue('Service user');
  const tick = member.getByRole('checkbox', { name: TICK });
  await expect(tick).toBeChecked();

  // Unticking says what it takes away; ticking again puts it back.
  await tick.uncheck();
  await expect(page.locator('#team-notice')).toContainText(
    'S. T. is no longer recorded as a service user or carer, and their details on the involvement record have gone with it.',
  );
  await expect(page.getByText('1 person on the team, 0 of them service users or carers')).toBeVisible();
  await tick.check();
  await expect(page.getByText('1 person on the team, 1 of them service users or carers')).toBeVisible();
  await openTab(page, 'Involvement record');
  await expect(person(page, 'S. T.')).toContainText('Guidance document given.');
});

/** A record as format 4 stored it: a team with the old tick, and a separate roster. */
function format4(id) {
  return {
    version: 4,
    project: {
      id,
      revision: 3,
      stamp: 'old-1',
      title: 'Stored before one list',
      aim: '',
      about: '',
      lead: 'Priya Shah',
      team: [
        { id: 't1', name: 'J. M.', role: 'Carer', expert_by_experience: true },
        { id: 't2', name: 'Priya Shah', role: 'Ward manager', expert_by_experience: false },
      ],
      service: 'Ward 7',
      start_date: null,
      end_date: null,
      status: 'active',
      progress: null,
      progress_changed: null,
      involvement: 'not_recorded',
      involvement_notes: '',
      level_history: [],
      experts: [
        { id: 'e1', name: ' j. m.', role: 'carer', joined: '2026-01-12', induction_given: '2026-01-19', guidance_given: true, notes: 'Prefers mornings' },
        { id: 'e2', name: 'L. P.', role: 'other', joined: null, induction_given: null, guidance_given: false, notes: 'Family member' },
      ],
      activities: [],
      archived: false,
      created_ms: 1767225600000,
      updated_ms: 1767225600000,
    },
  };
}

test('a format 4 record with a matching and a non-matching roster entry becomes one list, kept after a reload', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const id = 'stored4';
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [PROJECT_PREFIX + id, JSON.stringify(format4(id))]);
  await page.goto(`/involvement?id=${id}`);
  await appReady(page);

  for (let load = 0; load < 2; load += 1) {
    await expect(people(page)).toHaveCount(2);
    // J. M. was on both lists: one person, with the roster's details.
    const jm = person(page, 'J. M.');
    await expect(jm.locator('.tag')).toHaveText('Carer');
    await expect(jm).toContainText('Joined 12 January 2026. Induction given 19 January 2026. Guidance document given.');
    await expect(jm).toContainText('Prefers mornings');
    // L. P. was only on the roster: kept, and now on the team.
    const lp = person(page, 'L. P.');
    await expect(lp.locator('.tag')).toHaveText('Other');
    await expect(lp).toContainText('Family member');
    await expect(page.locator('.suggestion')).toContainText(
      'J. M., a carer, and L. P., an Expert by Experience, are on the project team, which is Big I',
    );

    await openTab(page, 'General');
    await expect(page.getByText('3 people on the team, 2 of them service users or carers')).toBeVisible();
    const names = page.locator('.team-list input[id^="member-name-"]');
    await expect(names).toHaveCount(3);
    await expect(names.nth(0)).toHaveValue('J. M.');
    await expect(names.nth(1)).toHaveValue('Priya Shah');
    await expect(names.nth(2)).toHaveValue('L. P.');
    await expect(page.locator('.team-list > li').nth(1).getByRole('checkbox', { name: TICK })).not.toBeChecked();
    await expectNoAxeViolations(page);

    await page.reload();
    await appReady(page);
    await openTab(page, 'Involvement record');
  }
});
