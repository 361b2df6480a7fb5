// The clinic kiosk (issue 9): starting it with a PIN, three people
// answering, every way out refused but the PIN, the feedback on the
// project, the idle reset, right-to-left wording, and the reader lock on
// the induction guide.
import { readKiosk } from '../support/records.mjs';
import { test, expect, appReady, expectNoAxeViolations, screenshotsAtTabletSizes } from '../support/fixtures.mjs';
import { createProject } from '../support/projects.mjs';
import { exitWith, lockTheGuide, mainNav } from '../support/lock.mjs';

const QUESTION = 'Overall, how was your experience of our service?';
const question = (page) => page.getByRole('heading', { name: QUESTION });

async function openInvolvementRecord(page, title) {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() => localStorage.setItem('qi-involve:settings', JSON.stringify({
    version: 1,
    value: { team_name: 'Patient Involvement Team', email: 'pit@example.nhs.uk', phone: '0100 000 0000', notes: '', welcome_note: '' },
  })));
  await page.reload();
  await appReady(page);
  await createProject(page, title);
  const id = new URL(page.url()).searchParams.get('id');
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Involvement record' }).click();
  await expect(page.getByRole('heading', { name: 'Kiosk feedback' })).toBeVisible();
  return id;
}

async function startKiosk(page, pin = '2468') {
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByLabel('Enter the PIN again').fill(pin);
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(question(page)).toBeVisible();
  await expect(mainNav(page)).toHaveCount(0);
}

async function stillLocked(page) {
  await expect(question(page)).toBeVisible();
  await expect(mainNav(page)).toHaveCount(0);
  await expect(page.getByRole('link')).toHaveCount(0);
}

test('three people answer, no way out but the PIN, and the project shows their feedback', async ({ page }) => {
  const id = await openInvolvementRecord(page, 'Outpatient waiting times');
  // A PIN that does not match its repeat is refused.
  await page.getByLabel('PIN', { exact: true }).fill('2468');
  await page.getByLabel('Enter the PIN again').fill('2469');
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByRole('alert')).toContainText('The two PINs are not the same');
  await startKiosk(page);
  const stored = await page.evaluate(() => localStorage.getItem('qi-involve:kiosk-session'));
  expect(stored).not.toContain('2468');
  await expectNoAxeViolations(page);
  for (const answer of ['Very good', 'Good', 'Neither good nor poor', 'Poor', 'Very poor', "Don't know"]) {
    const button = page.getByRole('button', { name: answer, exact: true });
    await expect(button).toBeVisible();
    // For the public: targets of at least 64px and text of at least 24px.
    const { height, width, font } = await button.evaluate((b) => ({
      ...b.getBoundingClientRect().toJSON(),
      font: parseFloat(getComputedStyle(b).fontSize),
    }));
    expect(Math.min(height, width), `${answer} is a 64px target`).toBeGreaterThanOrEqual(64);
    expect(font, `${answer} has 24px text`).toBeGreaterThanOrEqual(24);
  }
  await screenshotsAtTabletSizes(page, 'kiosk-question');
  await page.setViewportSize({ width: 768, height: 1024 });

  // Person 1: Very good, with a comment.
  await page.getByRole('button', { name: 'Very good', exact: true }).click();
  await page.getByLabel('What would make it better?').fill('Shorter waits in the morning');
  await expect(page.getByText('Please do not write your name')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotsAtTabletSizes(page, 'kiosk-follow-ups');
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('heading', { name: /Thank you/ })).toBeVisible();
  await expect(page.getByText('pit@example.nhs.uk')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotsAtTabletSizes(page, 'kiosk-thanks');
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.getByRole('button', { name: 'Finish' }).click();

  // Person 2: Good, no comment; the thank-you returns by itself.
  await page.getByRole('button', { name: 'Good', exact: true }).click();
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('heading', { name: /Thank you/ })).toBeVisible();
  await expect(question(page)).toBeVisible({ timeout: 12_000 });

  // Person 3: Poor, answering only the second follow-up.
  await page.getByRole('button', { name: 'Poor', exact: true }).click();
  await page.getByLabel('Have you noticed any changes recently?').fill('New signs at reception');
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('button', { name: 'Finish' }).click();

  // Every way out lands back in the kiosk.
  await page.goto('/settings');
  await stillLocked(page);
  await page.goBack();
  await stillLocked(page);
  await page.reload();
  await stillLocked(page);
  await page.goto(`/project?id=${id}`);
  await stillLocked(page);
  await page.goto('/dashboard');
  await stillLocked(page);
  await page.keyboard.press('Alt+ArrowLeft');
  await stillLocked(page);

  // A wrong PIN is refused and said; the right one leaves.
  await page.getByRole('button', { name: 'Exit kiosk' }).click();
  await expectNoAxeViolations(page);
  await exitWith(page, '1111');
  await expect(page.getByRole('alert').filter({ hasText: 'That PIN is not right' })).toContainText('4 more tries');
  await stillLocked(page);
  await exitWith(page, '2468');
  await appReady(page);
  expect(new URL(page.url()).pathname).toBe('/involvement');

  // The three responses in the project.
  const feedback = page.getByRole('region', { name: 'Kiosk feedback' });
  await expect(feedback).toContainText('FFT percentage positive: 67% (2 of 3 people');
  await expect(feedback.getByRole('row', { name: 'Very good 1' })).toBeVisible();
  await expect(feedback.getByRole('row', { name: 'Poor 1' })).toBeVisible();
  await expect(feedback.getByRole('img', { name: 'Weekly FFT percentage positive' })).toBeVisible();
  await expect(feedback.getByRole('table', { name: 'The run chart as a table' })).toContainText('67%');
  await expect(feedback.getByRole('listitem').first()).toContainText(/Shorter waits|New signs/);
  await expect(feedback).toContainText('New signs at reception');
  await expect(feedback).toContainText('Shorter waits in the morning');
  // The derived Little i activity in the log, and the suggestion sees it.
  const kioskLog = page.getByRole('region', { name: 'From the clinic kiosk' });
  await expect(kioskLog).toContainText('Clinic kiosk feedback');
  await expect(kioskLog).toContainText('3 responses.');
  await expect(page.getByText('The involvement record suggests: Little i')).toBeVisible();
  await expect(page.getByText('Nothing logged yet.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotsAtTabletSizes(page, 'kiosk-feedback');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export kiosk responses (CSV)' }).click(),
  ]);
  const csv = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString('utf8');
  expect(text).toContain('Date,Answer,What would make it better?,Have you noticed any changes recently?');
  expect(text).toContain('Shorter waits in the morning');
  expect(text.split('\r\n').filter(Boolean)).toHaveLength(4);
});

test('after five wrong PINs the kiosk waits 30 seconds', async ({ page }) => {
  await page.clock.install();
  await openInvolvementRecord(page, 'Lockout');
  await startKiosk(page, '13579');
  await page.getByRole('button', { name: 'Exit kiosk' }).click();
  for (let i = 0; i < 5; i++) {
    await exitWith(page, '0000');
    await expect(page.getByRole('alert').filter({ hasText: 'That PIN is not right' })).toBeVisible();
  }
  await expect(page.getByRole('alert')).toContainText('Wait 30 seconds');
  await exitWith(page, '13579');
  await expect(page.getByRole('alert')).toContainText('Too many wrong PINs');
  await stillLocked(page);
  // The wait survives a reload.
  await page.reload();
  await stillLocked(page);
  await exitWith(page, '13579');
  await expect(page.getByRole('alert')).toContainText('Too many wrong PINs');
  await page.clock.fastForward(31_000);
  await exitWith(page, '13579');
  await appReady(page);
});

test('a person who walks away is asked, then the half-finished answer is discarded', async ({ page }) => {
  await page.clock.install();
  const id = await openInvolvementRecord(page, 'Idle');
  await startKiosk(page);
  // Answered "Are you still there?": what was typed stays.
  await page.getByRole('button', { name: 'Good', exact: true }).click();
  await page.getByLabel('What would make it better?').fill('Half a thought');
  await page.clock.fastForward(61_000);
  await expect(page.getByText('Are you still there?')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Yes, carry on' }).click();
  await expect(page.getByLabel('What would make it better?')).toHaveValue('Half a thought');
  // Not answered: back to the start, nothing saved.
  await page.clock.fastForward(61_000);
  await expect(page.getByText('Are you still there?')).toBeVisible();
  await page.clock.fastForward(21_000);
  await expect(question(page)).toBeVisible();
  await expect(page.getByText('Are you still there?')).toHaveCount(0);
  await page.getByRole('button', { name: 'Poor', exact: true }).click();
  await expect(page.getByLabel('What would make it better?')).toHaveValue('');
  const stored = await page.evaluate((key) => localStorage.getItem(key), `qi-involve:kiosk:${id}`);
  expect(stored === null || readKiosk(stored).responses.length === 0).toBe(true);
});

test('wording in Urdu runs right to left', async ({ page }) => {
  await openInvolvementRecord(page, 'Urdu clinic');
  const urdu = 'مجموعی طور پر، ہماری سروس کا آپ کا تجربہ کیسا رہا؟';
  await page.getByText('Kiosk wording', { exact: true }).click();
  await page.getByLabel('The question').fill(urdu);
  await page.getByLabel('Welcome line (optional)').fill('خوش آمدید');
  await page.getByRole('button', { name: 'Save kiosk wording' }).click();
  await expect(page.getByText('Kiosk wording saved.')).toBeVisible();
  await page.getByLabel('PIN', { exact: true }).fill('2468');
  await page.getByLabel('Enter the PIN again').fill('2468');
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  const heading = page.getByRole('heading', { name: urdu });
  await expect(heading).toBeVisible();
  expect(await heading.evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);
  expect(await page.getByRole('button', { name: 'Very good', exact: true }).evaluate((el) => el.matches(':dir(ltr)'))).toBe(true);
  await expectNoAxeViolations(page);
  await screenshotsAtTabletSizes(page, 'kiosk-urdu');
});

test('the reader lock holds the tablet to the induction guide', async ({ page }) => {
  await page.goto('/induction');
  await appReady(page);
  await lockTheGuide(page, '8642');
  const guide = page.getByRole('heading', { name: 'Getting started in quality improvement' });
  await expect(guide).toBeVisible();
  await expect(mainNav(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Hand to reader' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshotsAtTabletSizes(page, 'reader-lock');
  // Moving within the guide works; leaving it does not.
  const second = page.getByRole('navigation', { name: 'Contents' }).getByRole('link').nth(1);
  const title = await second.textContent();
  await second.click();
  await expect(page.locator('#reader-section-title')).toHaveText(title);
  for (const path of ['/', '/settings', '/project?id=anything', '/dashboard']) {
    await page.goto(path);
    await expect(guide).toBeVisible();
    await expect(mainNav(page)).toHaveCount(0);
  }
  await page.goBack();
  await expect(guide).toBeVisible();
  await page.reload();
  await expect(guide).toBeVisible();
  await expect(mainNav(page)).toHaveCount(0);
  await exitWith(page, '1234');
  await expect(page.getByRole('alert').filter({ hasText: 'That PIN is not right' })).toBeVisible();
  await expect(mainNav(page)).toHaveCount(0);
  await exitWith(page, '8642');
  await appReady(page);
  await expect(page.getByRole('button', { name: 'Hand to reader' })).toBeVisible();
});
