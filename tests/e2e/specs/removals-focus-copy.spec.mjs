// Safe removals (Undo puts the item back in its place), focus that follows
// the work (after an add, an Edit, a form with errors, a Remove, a level
// applied), the Copy buttons for Life QI, and hours left blank.
import { test, expect, appReady, expectNoAxeViolations } from '../support/fixtures.mjs';
import { createProject, fillAndWait } from '../support/projects.mjs';

function isoDaysAgo(n) {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

async function openInvolvementRecord(page) {
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Involvement record' }).click();
  await expect(page.getByRole('heading', { name: 'Experts by Experience' })).toBeVisible();
}

async function addPerson(page, name) {
  await page.locator('#expert-form').getByLabel('Name or initials').fill(name);
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.locator('#experts-notice')).toHaveText(`Added ${name} to the Experts by Experience.`);
}

async function logActivity(page, { kind, daysAgo, hours = '' }) {
  await page.getByLabel('Date', { exact: true }).fill(isoDaysAgo(daysAgo));
  await page.getByLabel('Kind of activity').selectOption({ label: kind });
  await page.getByLabel('Service users or carers taking part').fill('2');
  await page.getByLabel('Hours of their time').fill(hours);
  await page.getByRole('button', { name: 'Add to the log' }).click();
}

const personNames = (page) => page.locator('#experts-heading ~ .record-list .record__title');
const activityTitles = (page) => page.locator('#log-heading ~ .record-list .record__title');
const memberNames = (page) => page.locator('.team-list input[id^="member-name-"]');

test('a team member removed and put back with Undo returns to their place, and focus stays in the team', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Team undo');
  const addForm = page.locator('form.add-member');

  // Adding with no name: focus stays in the name box, which says why.
  await addForm.getByRole('button', { name: 'Add team member' }).click();
  await expect(addForm.locator('.error-message')).toBeVisible();
  await expect(page.locator('#add-team-member')).toBeFocused();
  await expect(addForm.getByLabel('Name or initials')).toHaveAttribute('aria-describedby', 'add-team-member-error');

  for (const name of ['Sam Patel', 'J. M.', 'Alex Wu']) {
    await addForm.getByLabel('Name or initials').fill(name);
    await addForm.getByRole('button', { name: 'Add team member' }).click();
    await expect(page.locator('#team-notice')).toHaveText(`Added ${name} to the team.`);
    // Back in the empty name box, ready for the next person.
    await expect(page.locator('#add-team-member')).toBeFocused();
    await expect(addForm.getByLabel('Name or initials')).toHaveValue('');
  }
  await expect(memberNames(page)).toHaveCount(3);

  await page.getByRole('button', { name: 'Remove J. M. from the team' }).click();
  const notice = page.locator('#team-notice');
  await expect(notice).toHaveText(/J\. M\. removed from the team\./);
  // The "added" message has gone with the list it described.
  await expect(notice).not.toContainText('Added');
  await expect(page.locator('#team-undo')).toBeFocused();
  await expect(memberNames(page)).toHaveCount(2);
  await expectNoAxeViolations(page);

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toHaveText('J. M. is back on the team.');
  await expect(memberNames(page)).toHaveCount(3);
  await expect(page.locator(':focus')).toHaveAttribute('id', /^member-name-/);
  await expect(page.locator(':focus')).toHaveValue('J. M.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();

  await page.reload();
  await appReady(page);
  const names = await memberNames(page).evaluateAll((inputs) => inputs.map((i) => i.value));
  expect(names).toEqual(['Sam Patel', 'J. M.', 'Alex Wu']);
});

test('a person and a log entry removed and put back with Undo return to their places; focus follows each add, error, Edit and Remove', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Record undo');
  await openInvolvementRecord(page);

  // A form sent with mistakes: its error summary takes focus.
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.locator('#expert-form .error-summary')).toBeFocused();
  await expect(page.locator('#expert-form .error-summary')).toContainText('Enter their name or initials');

  for (const name of ['R. K.', 'J. M.', 'P. L.']) {
    await addPerson(page, name);
    // Focus is back in the first field of the now empty form.
    await expect(page.locator('#expert-name')).toBeFocused();
    await expect(page.locator('#expert-name')).toHaveValue('');
  }
  await expect(personNames(page)).toHaveText([/R\. K\./, /J\. M\./, /P\. L\./]);

  await page.getByRole('button', { name: 'Remove J. M.' }).click();
  const people = page.locator('#experts-notice');
  await expect(people).toHaveText(/J\. M\. removed\./);
  await expect(people).not.toContainText('Added P. L.');
  await expect(page.locator('#experts-undo')).toBeFocused();
  await expect(personNames(page)).toHaveCount(2);

  // The log: an entry sent with mistakes focuses its summary.
  await page.getByRole('button', { name: 'Add to the log' }).click();
  await expect(page.locator('#activity-form .error-summary')).toBeFocused();
  await logActivity(page, { kind: 'Survey (Little i)', daysAgo: 3 });
  await expect(page.locator('#activities-notice')).toHaveText(`Survey on ${longDate(3)} added to the log.`);
  await expect(page.locator('#activity-date')).toBeFocused();
  await expect(page.locator('#activity-date')).toHaveValue(isoDaysAgo(0));
  await expect(page.getByLabel('Kind of activity')).toHaveValue('');
  await logActivity(page, { kind: 'Focus group (Little i)', daysAgo: 2, hours: '1' });
  await logActivity(page, { kind: 'Co-design workshop (Big I)', daysAgo: 1, hours: '2.5' });
  await expect(activityTitles(page)).toHaveCount(3);
  // Hours left blank are "not recorded", never "0 hours".
  const survey = page.locator('li.record').filter({ hasText: 'Survey' });
  await expect(survey).toContainText('2 people taking part, hours not recorded.');
  await expect(page.locator('li.record').filter({ hasText: 'Focus group' })).toContainText('1 hour.');

  await page.getByRole('button', { name: `Remove Focus group on ${longDate(2)}` }).click();
  const log = page.locator('#activities-notice');
  await expect(log).toHaveText(new RegExp(`Focus group on ${longDate(2)} removed from the log\\.`));
  await expect(page.locator('#activities-undo')).toBeFocused();
  await expect(activityTitles(page)).toHaveCount(2);
  // Both removals can still be undone, and the page passes axe with them showing.
  await expectNoAxeViolations(page);

  await log.getByRole('button', { name: 'Undo' }).click();
  await expect(log).toHaveText(`Focus group on ${longDate(2)} is back in the log.`);
  await expect(activityTitles(page)).toHaveText([/Co-design workshop/, /Focus group/, /Survey/]);
  await expect(page.locator(':focus')).toHaveText('Edit');
  await expect(page.locator(':focus')).toHaveAttribute('aria-describedby', /^activity-title-/);

  await people.getByRole('button', { name: 'Undo' }).click();
  await expect(people).toHaveText('J. M. is back on the list.');
  await expect(personNames(page)).toHaveText([/R\. K\./, /J\. M\./, /P\. L\./]);
  await expect(page.locator(':focus')).toHaveAccessibleName('Edit J. M.');

  // Edit moves focus into the form and brings the form into view.
  await page.setViewportSize({ width: 768, height: 600 });
  await survey.getByRole('button', { name: 'Edit' }).click();
  await expect(page.locator('#activity-date')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Edit this activity' })).toBeInViewport();
  await expect(page.getByLabel('Hours of their time')).toHaveValue('');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Edit P. L.' }).click();
  await expect(page.locator('#expert-name')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Edit this person' })).toBeInViewport();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();

  await page.reload();
  await appReady(page);
  await expect(personNames(page)).toHaveText([/R\. K\./, /J\. M\./, /P\. L\./]);
  await expect(activityTitles(page)).toHaveText([/Co-design workshop/, /Focus group/, /Survey/]);
});

test('the hours hint says whose time it means for the kind chosen', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Hours hint');
  await openInvolvementRecord(page);
  const hours = page.getByLabel('Hours of their time');
  await expect(hours).toHaveAccessibleDescription(/The time service users and carers gave, if you know it/);
  await page.getByLabel('Kind of activity').selectOption({ label: 'Survey (Little i)' });
  await expect(hours).toHaveAccessibleDescription(
    'For a survey, the time service users and carers spent taking part, if you know it. For example 1.5. Leave it blank if you do not know.',
  );
});

test('applying the suggested level says what it changes from and to, before and after', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Level change');
  await page.getByLabel('Service user involvement').selectOption({ label: 'Big I' });
  await openInvolvementRecord(page);
  // Nothing logged: the suggestion would lower the level, and says so.
  const apply = page.getByRole('button', { name: 'Change from Big I to No involvement yet' });
  await apply.click();
  const message = page.locator('#level-changed');
  await expect(message).toHaveText('Service user involvement changed from Big I to No involvement yet.');
  await expect(message).toHaveAttribute('role', 'status');
  // The button has gone with the mismatch; focus is on the message, not the top of the page.
  await expect(message).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'General', exact: true }).click();
  await expect(page.getByLabel('Service user involvement')).toHaveValue('none_yet');
});

test('each Copy button on the General tab puts its field on the clipboard, and the level copy sits after the mismatch warning', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Copy fields');
  await fillAndWait(page, 'Aim', 'Halve falls by March 2027');
  await fillAndWait(page, 'What is the project about?', 'Night-time falls');
  await fillAndWait(page, 'Project lead', 'Priya Shah');
  await page.getByLabel('Start date').fill('2026-01-05');
  await page.getByLabel('Progress score').selectOption('2.5');
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();

  const expected = [
    ['Project title', 'Copy fields'],
    ['Aim', 'Halve falls by March 2027'],
    ['What the project is about', 'Night-time falls'],
    ['Project lead', 'Priya Shah'],
    ['Start date', '05/01/2026'],
    ['Progress score', '2.5 – Changes tested, but no improvement'],
  ];
  for (const [name, text] of expected) {
    const button = page.getByRole('button', { name: `Copy ${name}`, exact: true });
    // Seen as "Copy"; named for its field.
    expect(await button.evaluate((b) => {
      const seen = b.cloneNode(true);
      seen.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
      return seen.textContent.trim();
    })).toBe('Copy');
    await button.click();
    await expect(page.getByText(`${name} copied.`)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  }
  // An empty field says so and leaves the clipboard alone.
  await page.getByRole('button', { name: 'Copy End date', exact: true }).click();
  await expect(page.getByText('End date is empty, so there is nothing to copy.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected.at(-1)[1]);

  // The level copy comes after the suggestion's "does not match" notice.
  const aside = page.locator('.general-tab__side');
  await expect(aside).toContainText('which does not match');
  const afterNotice = await page.evaluate(() => {
    const notice = document.querySelector('.suggestion__notice');
    const copy = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Copy for Life QI');
    return Boolean(notice.compareDocumentPosition(copy) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(afterNotice).toBe(true);
  await aside.getByRole('button', { name: 'Copy for Life QI' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Service user involvement: Not yet recorded');
  await expectNoAxeViolations(page);
});

/** "3 February 2026" for n days ago, as the app writes dates. */
function longDate(n) {
  const [y, m, d] = isoDaysAgo(n).split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[m - 1]} ${y}`;
}
