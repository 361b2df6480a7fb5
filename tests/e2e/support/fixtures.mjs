// Shared test fixtures: every page fails its test on a console error or an
// uncaught exception, and helpers for axe-core and screenshots.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await use(page);
    expect(problems, 'the page logged no errors').toEqual([]);
  },
});
export { expect };

/** Waits until the app has mounted (the header is rendered by the wasm,
 * and the copy of it that the build wrote into the page has gone) and has
 * drawn its first screen whole: while it starts, the lower parts of a
 * screen follow a frame at a time (src/components/later.rs), and the app
 * marks the page's root `qi-started` when the last is drawn. */
export async function appReady(page) {
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await appStarted(page);
}

/** The same wait without the staff navigation, for screens that show none
 * (the running kiosk): the build's copy gone, the first screen whole. */
export async function appStarted(page) {
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.locator('html.qi-started')).toHaveCount(1);
}

/** Runs axe-core (WCAG 2.0-2.2 A and AA, plus best practice) and expects no violations. */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

export const tabletSizes = [
  { name: 'portrait', width: 768, height: 1024 },
  { name: 'landscape', width: 1024, height: 768 },
];

const shotDir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'screenshots');

/** Saves a full-page screenshot at both tablet sizes under tests/e2e/screenshots/. */
export async function screenshotsAtTabletSizes(page, name) {
  fs.mkdirSync(shotDir, { recursive: true });
  for (const size of tabletSizes) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.screenshot({ path: path.join(shotDir, `${name}-${size.name}.png`), fullPage: true });
  }
}
