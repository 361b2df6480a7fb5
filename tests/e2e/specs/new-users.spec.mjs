// What new users stumbled on (issue 12): the skip link and other in-page
// links, the project list keeping its place, the reader's view of the
// induction guide, text size and contrast on the whole guide screen,
// small screens, and the wording of the two "nothing" levels.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, appReady, expectNoAxeViolations } from '../support/fixtures.mjs';
import { createProject, fillAndWait } from '../support/projects.mjs';

const shotDir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'screenshots');
const sizes = [
  { name: 'landscape', width: 1024, height: 768 },
  { name: 'portrait', width: 768, height: 1024 },
];

/** Creates a project, optionally with a lead, and returns its id. */
async function projectWithId(page, title, { lead, service, level } = {}) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects', exact: true }).click();
  await createProject(page, title);
  if (lead) await fillAndWait(page, 'Project lead', lead);
  if (service) await fillAndWait(page, 'Service or location', service);
  if (level) await page.getByLabel('Service user involvement').selectOption({ label: level });
  return new URL(page.url()).searchParams.get('id');
}

/** Adds an Expert by Experience on the involvement record of the project on screen. */
async function addExpert(page, name) {
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Involvement record' }).click();
  await expect(page.getByRole('heading', { name: 'Experts by Experience' })).toBeVisible();
  await page.getByLabel('Name or initials').fill(name);
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: name })).toBeVisible();
}

async function scrollWidth(page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

// ---- Point 2: in-page links ----

test('the skip link focuses the main content of every screen and leaves the address alone', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const id = await projectWithId(page, 'Skip link project');
  const paths = ['/', `/project?id=${id}`, `/involvement?id=${id}`, '/guide', '/induction', '/dashboard', '/settings'];
  for (const p of paths) {
    await page.goto(p);
    await appReady(page);
    await expect(page.locator('main h1')).toBeVisible();
    const before = page.url();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content'), `main is focused on ${p}`).toBeFocused();
    expect(page.url(), `the address is unchanged on ${p}`).toBe(before);
    expect(await page.evaluate(() => document.activeElement.tagName)).toBe('MAIN');
  }
});

test('the guide contents and an error summary link move focus without leaving the screen', async ({ page }) => {
  await page.goto('/guide');
  await appReady(page);
  const guideUrl = page.url();
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Using both' }).click();
  await expect(page.locator('#both')).toBeFocused();
  expect(page.url()).toBe(guideUrl);
  await expect(page.locator('#both')).toBeFocused();
  await expect(page.locator('#both')).toBeInViewport();

  await page.goto('/');
  await appReady(page);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('button', { name: 'Create project' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.getByRole('link').first().click();
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.getByLabel('Project title')).toBeFocused();
});

// ---- Point 5: the project list keeps its place ----

test('search, filters and sort live in the address: Back, the breadcrumb, a reload and a bookmark keep the list', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await projectWithId(page, 'Falls prevention', { lead: 'Priya Shah', service: 'Elm Ward', level: 'Big I' });
  await projectWithId(page, 'Falls at night', { lead: 'Tom Jones', level: 'Little i and Big I' });
  await addExpert(page, 'Maureen B.');
  await projectWithId(page, 'Falls leaflet', { lead: 'Ann Lee', level: 'Little i' });
  await page.getByRole('link', { name: 'Projects', exact: true }).first().click();
  const cards = page.locator('.project-card');
  await expect(cards).toHaveCount(3);

  // Search reaches the service, the lead and the people on the team.
  const search = page.getByLabel('Search projects');
  for (const [words, title] of [['elm ward', 'Falls prevention'], ['jones', 'Falls at night'], ['maureen', 'Falls at night']]) {
    await search.fill(words);
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText(title);
  }

  // "Any Big I" includes the project at both levels; "Big I only" does not.
  await search.fill('');
  await page.getByLabel('Involvement level').selectOption({ label: 'Big I only' });
  await expect(cards).toHaveCount(1);
  await page.getByLabel('Involvement level').selectOption({ label: 'Any Little i (Little i, or both)' });
  await expect(cards).toHaveCount(2);
  await page.getByLabel('Involvement level').selectOption({ label: 'Any Big I (Big I, or both)' });
  await expect(cards).toHaveCount(2);

  const historyBefore = await page.evaluate(() => history.length);
  await search.pressSequentially('falls ');
  await page.getByLabel('Status').selectOption({ label: 'Active' });
  await page.getByLabel('Sort by').selectOption({ label: 'Title (A to Z)' });
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText('Falls at night');
  await expect(page).toHaveURL(/\?q=falls%20&level=any-big-i&status=active&sort=title$/);
  const listUrl = page.url();
  // Typing and choosing replaced the history entry rather than adding one each.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);

  const expectSameList = async () => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
    expect(page.url()).toBe(listUrl);
    await expect(search).toHaveValue('falls ');
    await expect(page.getByLabel('Involvement level')).toHaveValue('any-big-i');
    await expect(page.getByLabel('Status')).toHaveValue('active');
    await expect(page.getByLabel('Sort by')).toHaveValue('title');
    await expect(cards).toHaveCount(2);
    await expect(cards.first()).toContainText('Falls at night');
  };

  await cards.first().getByRole('link').first().click();
  await expect(page.getByLabel('Project title')).toHaveValue('Falls at night');
  await page.goBack();
  await expectSameList();

  await cards.nth(1).getByRole('link').first().click();
  await expect(page.getByLabel('Project title')).toHaveValue('Falls prevention');
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Involvement record' }).click();
  await page.locator('.breadcrumb').getByRole('link', { name: 'Projects' }).click();
  await expectSameList();

  await page.reload();
  await appReady(page);
  await expectSameList();

  // A bookmarked address opens filtered.
  await page.goto('/?level=any-little-i&sort=title&q=FALLS');
  await appReady(page);
  await expect(page.getByLabel('Involvement level')).toHaveValue('any-little-i');
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText('Falls at night');
  await expect(cards.nth(1)).toContainText('Falls leaflet');
});

test('unknown or malformed list addresses fall back to the whole list', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await projectWithId(page, 'Any project');
  await page.goto('/?level=huge-i&status=%E0%A4&sort=%3Cscript%3E&archived=maybe&page=9');
  await appReady(page);
  await expect(page.getByLabel('Involvement level')).toHaveValue('');
  await expect(page.getByLabel('Status')).toHaveValue('');
  await expect(page.getByLabel('Sort by')).toHaveValue('updated');
  await expect(page.getByLabel('Show archived projects')).not.toBeChecked();
  await expect(page.locator('.project-card')).toHaveCount(1);
});

// ---- Point 7: the reader's view of the induction guide ----

test("a person's row opens the guide with the project's lead and whom to ask", async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const id = await projectWithId(page, 'Reader project', { lead: 'Priya Shah' });
  await addExpert(page, 'S. T.');
  const row = page.getByRole('listitem').filter({ hasText: 'S. T.' });
  await row.getByRole('link', { name: 'Open the induction guide' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Getting started in quality improvement');
  expect(new URL(page.url()).searchParams.get('project')).toBe(id);
  const who = page.locator('.reader__who');
  await expect(who).toContainText('Your contact on this project is Priya Shah.');
  await expect(who).toContainText('Ask the member of staff who gave you this tablet');
  await expect(page.getByText('Anyone can add them')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: 'Settings' })).toHaveCount(0);

  // The contact stays as the reader moves through the guide, and the
  // support section tells the reader, not staff, what to do.
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link').last().click();
  await expect(who).toContainText('Priya Shah');
  await page.goto(`/induction?section=support&project=${id}`);
  await appReady(page);
  await expect(page.locator('.reader__section')).toContainText('Ask the member of staff who gave you this tablet');
  await expect(page.locator('.reader__section').getByRole('link', { name: 'Settings' })).toHaveCount(0);

  // Staff still see how to add the details on their own guide.
  await page.goto('/guide');
  await appReady(page);
  await expect(page.getByText('Anyone can add them')).toBeVisible();

  // With details in Settings, the reader sees them.
  await page.goto('/settings');
  await appReady(page);
  await page.getByLabel('Email').fill('involve@example.nhs.uk');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved on this device.')).toBeVisible();
  await page.goto(`/induction?project=${id}`);
  await appReady(page);
  await expect(who.getByRole('link', { name: 'involve@example.nhs.uk' })).toBeVisible();
  fs.mkdirSync(shotDir, { recursive: true });
  await page.screenshot({ path: path.join(shotDir, 'new-users-guide-reader-contact.png') });
  await expect(who).not.toContainText('Ask the member of staff who gave you this tablet how to contact');
});

test('Start again clears progress, text size and contrast, says so, and read sections show a tick named "read"', async ({ page }) => {
  await page.goto('/induction');
  await appReady(page);
  await page.getByRole('link', { name: /^Next:/ }).click();
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents.getByRole('img', { name: 'read' })).toHaveCount(2);
  await expect(contents).not.toContainText('(read)');
  await page.getByLabel('Largest').check();
  await page.getByRole('button', { name: 'High contrast' }).click();
  await expect(page.getByText('You have read 2 of 10 sections')).toBeVisible();

  await page.getByRole('button', { name: 'Start again for a new reader' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Started again for a new reader' })).toContainText(
    'reading progress cleared, text size back to Standard and high contrast off',
  );
  await expect(page.getByText('You have read 0 of 10 sections')).toBeVisible();
  await expect(contents.getByRole('img', { name: 'read' })).toHaveCount(0);
  await expect(page.getByLabel('Standard', { exact: true })).toBeChecked();
  await expect(page.getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Standard', { exact: true })).toBeChecked();
  await expect(page.getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'false');
  // Opening the guide again counts the section on screen for the new reader.
  await expect(page.getByText('You have read 1 of 10 sections')).toBeVisible();
});

// ---- Point 8: text size and contrast on the whole guide screen ----

/** Every contents link fits inside the contents box, with no word cut off. */
async function contentsClipping(page) {
  return page.evaluate(() => {
    const nav = document.querySelector('.reader__contents');
    const box = nav.getBoundingClientRect();
    const problems = [];
    if (box.right > document.documentElement.clientWidth + 0.5) problems.push('contents box beyond the screen');
    for (const a of nav.querySelectorAll('a, svg')) {
      const r = a.getBoundingClientRect();
      if (r.right > box.right + 0.5 || r.left < box.left - 0.5) problems.push(`${a.textContent || 'tick'} sticks out`);
      if (a.scrollWidth > a.clientWidth + 1 && a.tagName === 'A') problems.push(`${a.textContent} is clipped`);
    }
    return problems;
  });
}

for (const size of sizes) {
  test(`every text size in high contrast at ${size.width}x${size.height}: whole screen scales, nothing clips, no axe violations`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/induction?section=jargon-buster');
    await appReady(page);
    await page.getByRole('button', { name: 'High contrast' }).click();
    const fontSize = (selector) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const standard = {};
    for (const [i, name] of ['Standard', 'Large', 'Larger', 'Largest'].entries()) {
      await page.getByLabel(name, { exact: true }).check();
      const now = {
        title: await fontSize('main h1'),
        control: await fontSize('.reader__controls .button'),
        progress: await fontSize('.reader__progress label'),
        contents: await fontSize('.reader__contents a'),
      };
      if (i === 0) Object.assign(standard, now);
      if (name === 'Largest') {
        for (const part of Object.keys(now)) expect(now[part], `${part} grows at Largest`).toBeGreaterThan(standard[part] * 1.5);
      }
      expect(await contentsClipping(page), `${name}: contents`).toEqual([]);
      expect(await scrollWidth(page), `${name}: no sideways scroll`).toBeLessThanOrEqual(size.width);
      await expectNoAxeViolations(page);
    }
    // High contrast covers the page, the header, the heading and the progress bar.
    const colours = await page.evaluate(() => {
      const css = (sel, prop) => getComputedStyle(document.querySelector(sel))[prop];
      return {
        page: css('html', 'backgroundColor'),
        body: css('body', 'backgroundColor'),
        header: css('.app-header', 'backgroundColor'),
        heading: css('main h1', 'color'),
        progress: css('.reader__progress progress', 'backgroundColor'),
        progressBorder: css('.reader__progress progress', 'borderTopColor'),
      };
    });
    expect(colours).toEqual({
      page: 'rgb(0, 0, 0)',
      body: 'rgb(0, 0, 0)',
      header: 'rgb(0, 0, 0)',
      heading: 'rgb(255, 255, 255)',
      progress: 'rgb(0, 0, 0)',
      progressBorder: 'rgb(255, 255, 255)',
    });
    fs.mkdirSync(shotDir, { recursive: true });
    await page.screenshot({ path: path.join(shotDir, `new-users-guide-largest-contrast-${size.name}.png`), fullPage: true });
    // Leaving the guide puts the ordinary colours back.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.app-header')).backgroundColor)).toBe('rgb(0, 94, 184)');
  });
}

// ---- Point 9: small screens ----

test('nothing scrolls sideways at 375x667 on any screen, and the header links stay 44px targets', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/');
  await appReady(page);
  const id = await projectWithId(page, 'A project with a fairly long title about discharge letters', { lead: 'Priya Shah' });
  const paths = ['/', `/project?id=${id}`, `/involvement?id=${id}`, '/guide', '/induction', '/dashboard', '/settings'];
  for (const p of paths) {
    await page.goto(p);
    await appReady(page);
    await expect(page.locator('main h1')).toBeVisible();
    expect(await scrollWidth(page), `no sideways scroll on ${p}`).toBeLessThanOrEqual(375);
    for (const link of await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all()) {
      const box = await link.boundingBox();
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    }
  }
  await page.goto(`/involvement?id=${id}`);
  await appReady(page);
  const kind = await page.getByLabel('Kind of activity').boundingBox();
  expect(kind.x + kind.width).toBeLessThanOrEqual(375);
  // The guide at its largest size too.
  await page.goto('/induction');
  await appReady(page);
  await page.getByLabel('Largest').check();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
  expect(await contentsClipping(page)).toEqual([]);
});

test('the involvement record at 375x667, 768x1024 and 1024x768 (screenshots)', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await projectWithId(page, 'Discharge letters for carers', { lead: 'Tom Jones' });
  await addExpert(page, 'R. K.');
  fs.mkdirSync(shotDir, { recursive: true });
  for (const size of [{ name: 'phone', width: 375, height: 667 }, ...sizes]) {
    await page.setViewportSize({ width: size.width, height: size.height });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: path.join(shotDir, `new-users-involvement-${size.name}.png`), fullPage: true });
  }
});

// ---- Point 10: the two "nothing" levels ----

test('the level drop-down says what "Not yet recorded" and "No involvement yet" each mean', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Wording');
  const level = page.getByLabel('Service user involvement');
  await expect(level).toHaveAccessibleDescription(/Not yet recorded: nobody has said yet\./);
  await expect(level).toHaveAccessibleDescription(
    /No involvement yet: the team has checked, and no service users or carers are involved so far\./,
  );
  for (const label of ['Not yet recorded', 'No involvement yet', 'Little i', 'Big I', 'Little i and Big I']) {
    await expect(level.locator('option', { hasText: new RegExp(`^${label}$`) })).toHaveCount(1);
  }
});
