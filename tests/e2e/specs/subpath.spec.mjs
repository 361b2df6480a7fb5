// A build deployed under a sub-path (trunk --public-url /qi-involve/) on a
// plain static server: links, deep links and reloads stay under the path.
import { test, expect, appReady, expectNoAxeViolations } from '../support/fixtures.mjs';
import { subPathPort } from '../playwright.config.mjs';
import { createProject } from '../support/projects.mjs';

const root = `http://127.0.0.1:${subPathPort}/qi-involve/`;

test('navigation, a new project and a reload all stay under the sub-path', async ({ page }) => {
  await page.goto(root);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
  await page.getByRole('link', { name: 'Guide', exact: true }).click();
  await expect(page).toHaveURL(`${root}guide`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Little i and Big I guide');
  await page.getByRole('link', { name: 'Projects', exact: true }).first().click();
  await expect(page).toHaveURL(root);
  await createProject(page, 'Sub-path project');
  await expect(page).toHaveURL(new RegExp(`^${root}project\\?id=`));
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Project title')).toHaveValue('Sub-path project');
  await page.getByRole('link', { name: 'Projects', exact: true }).first().click();
  await expect(page.locator('.project-card a')).toHaveAttribute('href', /^\/qi-involve\/project\?id=/);
  await expectNoAxeViolations(page);
});
