// Steps shared by the kiosk and reader-lock tests.
import { expect } from '@playwright/test';
import { appReady } from './fixtures.mjs';
import { createProject } from './projects.mjs';

/** The kiosk's first question, with its default wording. */
export const kioskQuestion = (page) =>
  page.getByRole('heading', { name: 'Overall, how was your experience of our service?' });

/** Starts the kiosk with `pin` from the involvement record on show. */
export async function startKioskWith(page, pin) {
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByLabel('Enter the PIN again').fill(pin);
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(kioskQuestion(page)).toBeVisible();
}

/** Creates a project called `title`, opens its involvement record and
 * starts the kiosk there with `pin`. Returns the record's address. */
export async function kioskOnNewProject(page, title, pin) {
  await page.goto('/');
  await appReady(page);
  await createProject(page, title);
  const record = page.url().replace('/project?', '/involvement?');
  await page.goto(record);
  await appReady(page);
  await startKioskWith(page, pin);
  return record;
}

/** The staff navigation, which a running lock hides. */
export const mainNav = (page) => page.getByRole('navigation', { name: 'Main' });

/** Enters `pin` into the lock's exit form (opening it first if it is not
 * open) and presses Unlock. */
export async function exitWith(page, pin) {
  if (!(await page.getByLabel('PIN', { exact: true }).isVisible())) {
    await page.getByRole('button', { name: /^Exit/ }).click();
  }
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** Starts the reader lock from the induction guide with `pin`. */
export async function lockTheGuide(page, pin) {
  await page.getByRole('button', { name: 'Hand to reader' }).click();
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByLabel('Enter the PIN again').fill(pin);
  await page.getByRole('button', { name: 'Lock the guide' }).click();
}
