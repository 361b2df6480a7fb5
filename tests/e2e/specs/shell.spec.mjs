// The app shell: navigation, deep links on a plain static server, the
// not-found page, keyboard access, accessibility and screenshots.
import { test, expect, appReady, expectNoAxeViolations, screenshotsAtTabletSizes } from '../support/fixtures.mjs';

const screens = [
  { link: 'Projects', path: '/', heading: 'Projects' },
  { link: 'Guide', path: '/guide', heading: 'Little i and Big I guide' },
  { link: 'Induction', path: '/induction', heading: 'Getting started in quality improvement' },
  { link: 'Dashboard', path: '/dashboard', heading: 'Dashboard' },
  { link: 'Settings', path: '/settings', heading: 'Settings' },
];

test('every navigation link reaches its screen and is marked current', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const screen of screens) {
    await nav.getByRole('link', { name: screen.link, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${screen.path === '/' ? '/$' : screen.path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.heading);
    await expect(nav.getByRole('link', { name: screen.link, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle(/QI Involve/);
  }
});

for (const screen of screens) {
  test(`${screen.link}: deep link and reload work on a plain static server, no axe violations`, async ({ page }) => {
    await page.goto(screen.path);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.heading);
    await page.reload();
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.heading);
    await expectNoAxeViolations(page);
    await screenshotsAtTabletSizes(page, `shell-${screen.link.toLowerCase()}`);
  });
}

test('an unknown address shows the not-found page with a way back', async ({ page }) => {
  // Hosts that serve 404.html for unknown paths show the app's own page.
  await page.goto('/404.html');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle('Page not found – QI Involve');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Go to your projects' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
});

test('the skip link is the first thing a keyboard reaches and moves to the main content', async ({ page }) => {
  await page.goto('/guide');
  await appReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
});

test('following a link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.getByRole('link', { name: 'Guide', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Little i and Big I guide');
  await expect(page.locator('#main-content')).toBeFocused();
});

test('the header works on a phone: every link is reachable and at least 44px tall', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/');
  await appReady(page);
  for (const screen of screens) {
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen.link, exact: true });
    await expect(link).toBeVisible();
    const box = await link.boundingBox();
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
});
