// The involvement record (Experts by Experience, activity log, suggested
// level), the Little i / Big I guide with its self-assessment, and the
// Patient Involvement Team contact on Settings.
import { readRecord } from '../support/records.mjs';
import { test, expect, appReady, expectNoAxeViolations, screenshotsAtTabletSizes } from '../support/fixtures.mjs';
import { createProject, fillAndWait } from '../support/projects.mjs';

function isoDaysAgo(n) {
  const d = new Date(Date.now() - n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function logActivity(page, { kind, daysAgo = 3, people = '3', hours = '1.5', said = '', changed = '' }) {
  await page.getByLabel('Date', { exact: true }).fill(isoDaysAgo(daysAgo));
  await page.getByLabel('Kind of activity').selectOption({ label: kind });
  await page.getByLabel('Service users or carers taking part').fill(people);
  await page.getByLabel('Hours of their time').fill(hours);
  await page.getByLabel('What people said (optional)').fill(said);
  await page.getByLabel('What changed because of it (optional)').fill(changed);
  await page.getByRole('button', { name: 'Add to the log' }).click();
}

test('people and activities suggest a level, the General tab flags the mismatch, and applying it is kept', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Outpatient letters');
  await page.getByLabel('Service user involvement').selectOption({ label: 'Little i' });
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Involvement record' }).click();
  await expect(page.getByRole('heading', { name: 'Experts by Experience' })).toBeVisible();

  // A person, with a validation error first.
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Enter their name or initials');
  await page.getByLabel('Name or initials').fill('R. K.');
  await page.getByLabel('Role').selectOption({ label: 'Carer' });
  await page.getByLabel('Induction given').check();
  await page.getByLabel('Date induction was given').fill(isoDaysAgo(10));
  await page.getByLabel('Given the guidance document for service users and carers').check();
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'R. K.' })).toContainText('Guidance document given');

  // A survey, and a carer on the team (which the guide calls Big I): both.
  await logActivity(page, { kind: 'Survey (Little i)', people: '40', hours: '0.5' });
  await expect(page.getByText('The involvement record suggests: Little i and Big I')).toBeVisible();
  await expect(page.getByText('R. K., a carer, is on the project team, which is Big I')).toBeVisible();
  // A future date is refused.
  await logActivity(page, { kind: 'Focus group (Little i)', daysAgo: -3 });
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Date must be today or in the past');
  // The carer on the team took part recently: still both, now with the log's word for it.
  await logActivity(page, {
    kind: 'Co-design workshop (Big I)',
    said: 'The letter is full of jargon.',
    changed: 'We rewrote it with the carer.',
  });
  await expect(page.getByText('The involvement record suggests: Little i and Big I')).toBeVisible();
  await expect(page.getByText('2 activities logged, newest first.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotsAtTabletSizes(page, 'involvement-record');

  await page.getByRole('link', { name: 'General', exact: true }).click();
  const aside = page.locator('.general-tab__side');
  await expect(aside).toContainText('Service user involvement is set to “Little i”, which does not match.');
  // Draft the notes, edit them, then use them.
  await aside.getByRole('button', { name: 'Draft notes from the involvement record' }).click();
  const draft = page.getByLabel('Draft involvement notes');
  await expect(draft).toHaveValue(/Big I: co-design workshop\./);
  await draft.fill((await draft.inputValue()) + '\nEdited by hand.');
  await aside.getByRole('button', { name: 'Use these notes' }).click();
  await expect(page.getByLabel('Involvement notes', { exact: true })).toHaveValue(/You said: The letter is full of jargon\. We did: We rewrote it with the carer\.\nEdited by hand\./);
  await aside.getByRole('button', { name: 'Change from Little i to Little i and Big I' }).click();
  await expect(page.getByLabel('Service user involvement')).toHaveValue('both');
  await expect(aside).not.toContainText('which does not match');
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Service user involvement')).toHaveValue('both');
  await expect(page.getByLabel('Involvement notes', { exact: true })).toHaveValue(/Edited by hand\./);
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Involvement record' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'R. K.' })).toBeVisible();
  await expect(page.getByText('2 activities logged, newest first.')).toBeVisible();
});

test('the guide explains both levels and its self-assessment applies a level to a project', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Ward rounds');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide' }).click();
  await expect(page.getByRole('heading', { name: 'Little i: asking for views' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Big I: working as partners' })).toBeVisible();
  await expect(page.getByText(/2\.8 times/)).toBeVisible();
  await expect(page.getByText('No contact details have been added on this device yet.')).toBeVisible();
  const answers = ['Yes', 'No', 'Yes', 'Yes', 'No'];
  const questions = page.locator('fieldset.question');
  for (let i = 0; i < answers.length; i++) {
    await questions.nth(i).getByLabel(answers[i], { exact: true }).check();
  }
  await expect(page.getByRole('heading', { name: 'Suggested level: Little i and Big I' })).toBeVisible();
  await page.getByLabel('Project to apply it to').selectOption({ label: 'Ward rounds' });
  await page.getByRole('button', { name: 'Apply to project' }).click();
  await expect(page.getByText(/^Service user involvement changed from .+ to Little i and Big I\.$/)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotsAtTabletSizes(page, 'guide');
  await page.getByRole('link', { name: 'Projects', exact: true }).first().click();
  await expect(page.locator('.project-card')).toContainText('Little i and Big I');
});

test('the Patient Involvement Team contact set on Settings shows in the guide', async ({ page }) => {
  await page.goto('/settings');
  await appReady(page);
  await page.getByLabel('Team name').fill('Patient Involvement Team');
  await page.getByLabel('Email').fill('not an email');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Enter an email address in the right form');
  await page.getByLabel('Email').fill('involvement@example.nhs.uk');
  await page.getByLabel('Phone').fill('01234 567890');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved on this device.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotsAtTabletSizes(page, 'settings');
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Email')).toHaveValue('involvement@example.nhs.uk');
  await page.goto('/guide');
  await appReady(page);
  await expect(page.getByRole('link', { name: 'involvement@example.nhs.uk' })).toHaveAttribute('href', 'mailto:involvement@example.nhs.uk');
  await expect(page.getByRole('link', { name: '01234 567890' })).toHaveAttribute('href', 'tel:01234567890');
});

/** A new project whose log holds `count` activities, a day apart from today back; opens its involvement record. */
async function projectWithLog(page, count) {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Long log');
  const id = new URL(page.url()).searchParams.get('id');
  const key = `qi-involve:project:${id}`;
  const record = readRecord(await page.evaluate((key) => localStorage.getItem(key), key));
  await page.evaluate(([key, record, count]) => {
    const kinds = ['survey', 'focus_group', 'co_design_workshop', 'team_meeting', 'pdsa_test', 'kiosk_feedback'];
    record.project.activities = Array.from({ length: count }, (_, i) => ({
      id: `a${i}`,
      date: new Date(Date.now() - i * 86_400_000).toISOString().slice(0, 10),
      kind: kinds[i % kinds.length],
      people: (i % 7) + 1,
      hours_tenths: 15,
      said: i % 3 ? '' : 'Waiting room chairs are uncomfortable.',
      changed: i % 3 ? '' : 'New chairs were ordered.',
    }));
    // Written back as format 5, which the app still reads.
    localStorage.setItem(key, JSON.stringify({ version: 5, project: record.project }));
  }, [key, record, count]);
  await page.goto(`/involvement?id=${id}`);
  await appReady(page);
}

test('a project with a long log (200 entries) stays accessible', async ({ page }) => {
  await projectWithLog(page, 200);
  // The newest 25 are drawn first; each "Show more" adds 25 and moves
  // focus to the first row it added.
  await expect(page.getByText('200 activities logged; the newest 25 are shown first.')).toBeVisible();
  const rows = page.locator('.record-list li.record');
  await expect(rows).toHaveCount(25);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Show more activities' }).click();
  await expect(page.getByText('200 activities logged; the newest 50 are shown first.')).toBeVisible();
  await expect(rows).toHaveCount(50);
  await expect(page.locator('#activity-edit-a25')).toBeFocused();
  for (let shown = 75; shown <= 200; shown += 25) {
    await page.getByRole('button', { name: 'Show more activities' }).click();
    await expect(rows).toHaveCount(shown);
  }
  await expect(rows).toHaveCount(200);
  await expect(page.getByText('200 activities logged, newest first.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show more activities' })).toHaveCount(0);
});

test('an activity logged with an older date than the rows drawn is drawn where it lands', async ({ page }) => {
  await projectWithLog(page, 30);
  const rows = page.locator('.record-list li.record');
  await expect(rows).toHaveCount(25);
  await logActivity(page, { kind: 'Survey (Little i)', daysAgo: 300, said: 'Found in an old folder.' });
  await expect(rows).toHaveCount(31);
  await expect(rows.last()).toContainText('Found in an old folder.');
});
