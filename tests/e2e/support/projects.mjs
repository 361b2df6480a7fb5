// Steps shared by the project tests.
import { expect } from '@playwright/test';

/** Creates a project from the register and waits for its General tab. */
export async function createProject(page, title) {
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project title').fill(title);
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByLabel('Project title')).toHaveValue(title);
}

/** Fills a field and waits until the app says it is saved. */
export async function fillAndWait(page, label, value) {
  await page.getByLabel(label, { exact: true }).fill(value);
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
}
