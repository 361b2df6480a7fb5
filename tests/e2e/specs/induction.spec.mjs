// The induction guide for service users and carers: every section in turn,
// deep links and reloads, text size and contrast remembered, easy read,
// printing, and accessibility in every mode.
import { test, expect, appReady, expectNoAxeViolations, screenshotsAtTabletSizes } from '../support/fixtures.mjs';
import path from 'node:path';

const sectionHeading = (page) => page.locator('#reader-section-title');

test('walk every section with Next; a reload mid-way lands on the same section', async ({ page }) => {
  await page.goto('/induction');
  await appReady(page);
  const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
  const titles = await contents.allTextContents();
  expect(titles.length).toBe(10);
  await expect(sectionHeading(page)).toHaveText(titles[0]);
  for (let i = 1; i < titles.length; i++) {
    await page.getByRole('link', { name: `Next: ${titles[i]}` }).click();
    await expect(sectionHeading(page)).toHaveText(titles[i]);
    await expect(sectionHeading(page)).toBeFocused();
    if (i === 4) {
      await page.reload();
      await appReady(page);
      await expect(sectionHeading(page)).toHaveText(titles[4]);
    }
  }
  await expect(page.getByRole('link', { name: /^Next:/ })).toHaveCount(0);
  await expect(page.getByText(`You have read ${titles.length} of ${titles.length} sections`)).toBeVisible();
  await page.reload();
  await appReady(page);
  await expect(page.getByText(`You have read ${titles.length} of ${titles.length} sections`)).toBeVisible();
  await page.getByRole('link', { name: /^Previous:/ }).click();
  await expect(sectionHeading(page)).toHaveText(titles[titles.length - 2]);
});

test('text size and high contrast are remembered, in both versions, with no axe violations', async ({ page }) => {
  await page.goto('/induction?section=little-i-big-i');
  await appReady(page);
  const body = page.locator('.reader__section p').first();
  const before = parseFloat(await body.evaluate((el) => getComputedStyle(el).fontSize));
  await page.getByLabel('Largest').check();
  await page.getByRole('button', { name: 'High contrast' }).click();
  await expect(page.getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Largest')).toBeChecked();
  await expect(page.getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'true');
  const after = parseFloat(await body.evaluate((el) => getComputedStyle(el).fontSize));
  expect(after).toBeGreaterThan(before * 1.5);
  const background = await page.locator('.reader__section').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgb(0, 0, 0)');
  await expectNoAxeViolations(page);
  await screenshotsAtTabletSizes(page, 'induction-contrast-largest');

  await page.getByRole('link', { name: 'Easy read version' }).click();
  await expect(page).toHaveURL(/version=easy/);
  await expect(sectionHeading(page)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'High contrast' }).click();
  await page.getByLabel('Standard', { exact: true }).check();
  await expectNoAxeViolations(page);
  await screenshotsAtTabletSizes(page, 'induction-easy-read');
  await page.getByRole('link', { name: 'Standard version' }).click();
  await expectNoAxeViolations(page);
  await screenshotsAtTabletSizes(page, 'induction');
});

test('printing shows the whole guide and no navigation', async ({ page }) => {
  await page.goto('/induction?section=payment');
  await appReady(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden();
  const printed = page.locator('.print-all .induction-section');
  await expect(printed).toHaveCount(10);
  await expect(printed.first()).toBeVisible();
  await page.screenshot({ path: path.join('screenshots', 'induction-print.png'), fullPage: true });
});

test('an Expert by Experience row records the induction and opens the guide', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project title').fill('Induction record');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Involvement record' }).click();
  await expect(page.getByRole('heading', { name: 'Experts by Experience' })).toBeVisible();
  await page.getByLabel('Name or initials').fill('S. T.');
  await page.getByRole('button', { name: 'Add person' }).click();
  const row = page.getByRole('listitem').filter({ hasText: 'S. T.' });
  await expect(row).toContainText('Induction not given yet');
  await row.getByRole('button', { name: 'Record induction given today for S. T.' }).click();
  await row.getByRole('button', { name: 'Record guidance document given to S. T.' }).click();
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  await expect(row).toContainText(`Induction given ${today}`);
  await expect(row).toContainText('Guidance document given.');
  await page.reload();
  await appReady(page);
  await expect(row).toContainText(`Induction given ${today}`);
  await row.getByRole('link', { name: 'Open the induction guide' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Getting started in quality improvement');
});

test('the trust welcome note and contact details appear in the guide', async ({ page }) => {
  await page.goto('/settings');
  await appReady(page);
  await page.getByLabel('Email').fill('involve@example.nhs.uk');
  await page.getByLabel('Welcome note').fill('Welcome to the team from all of us on Ward 7.');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved on this device.')).toBeVisible();
  await page.goto('/induction?section=support');
  await appReady(page);
  await expect(page.getByText('Welcome to the team from all of us on Ward 7.')).toBeVisible();
  await expect(page.locator('.reader__section').getByRole('link', { name: 'involve@example.nhs.uk' })).toBeVisible();
});
