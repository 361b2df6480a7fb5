// The Patient Involvement Team's email and phone on Settings: only a plain
// address and phone characters are saved, so the links built from them in
// the guides can carry nothing but the address or the number.
import { test, expect, appReady } from '../support/fixtures.mjs';

const SETTINGS_KEY = 'qi-involve:settings';
const storedSettings = (page) => page.evaluate((key) => localStorage.getItem(key), SETTINGS_KEY);
const problem = (page) => page.getByRole('alert').filter({ hasText: 'There is a problem' });

test('an email with extra headers or a phone with letters is refused and not saved', async ({ page }) => {
  await page.goto('/settings');
  await appReady(page);
  const save = page.getByRole('button', { name: 'Save settings' });

  await page.getByLabel('Email').fill('pit@nhs.net?bcc=someone@example.com');
  await page.getByLabel('Phone').fill('01234 567890');
  await save.click();
  await expect(problem(page)).toContainText('Enter an email address in the right form, like name@nhs.net');
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  expect(await storedSettings(page), 'nothing was saved').toBeNull();

  await page.getByLabel('Email').fill('pit@nhs.net');
  await page.getByLabel('Phone').fill('01234 567890 ext 2');
  await save.click();
  await expect(problem(page)).toContainText('Enter a phone number using only numbers, spaces, brackets, hyphens and a + at the start');
  await expect(page.getByLabel('Phone')).toHaveAttribute('aria-invalid', 'true');
  expect(await storedSettings(page), 'still nothing was saved').toBeNull();

  await page.getByLabel('Phone').fill('+44 (0)1234 567-890');
  await save.click();
  await expect(page.getByText('Settings saved on this device.')).toBeVisible();
  await expect(problem(page)).toHaveCount(0);
  await page.goto('/guide');
  await appReady(page);
  await expect(page.getByRole('link', { name: 'pit@nhs.net' })).toHaveAttribute('href', 'mailto:pit@nhs.net');
  await expect(page.getByRole('link', { name: '+44 (0)1234 567-890' })).toHaveAttribute('href', 'tel:+4401234567890');
});

test('details saved before these checks are shown as text, not as links', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const value = { team_name: 'PIT', email: 'pit@nhs.net?cc=x@y.z', phone: '0800 CALL NOW', notes: '', welcome_note: '' };
  await page.evaluate(([key, v]) => localStorage.setItem(key, JSON.stringify({ version: 1, value: v })), [SETTINGS_KEY, value]);
  await page.goto('/guide');
  await appReady(page);
  const contact = page.locator('.contact');
  await expect(contact).toContainText('Email: pit@nhs.net?cc=x@y.z');
  await expect(contact).toContainText('Phone: 0800 CALL NOW');
  await expect(contact.getByRole('link')).toHaveCount(0);
});
