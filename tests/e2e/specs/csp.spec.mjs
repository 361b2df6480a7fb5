// The Content-Security-Policy: every copy of the page carries it with the
// right hash for trunk's loader, every screen runs under it without one
// violation, and the listener that says so really does catch violations.
import crypto from 'node:crypto';
import { test as plainTest } from '@playwright/test';
import { test, expect, appReady } from '../support/fixtures.mjs';
import { subPathPort } from '../playwright.config.mjs';
import { createProject } from '../support/projects.mjs';
import { PROJECT_PREFIX } from '../support/storage.mjs';

const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;
const LOADER = /<script type="module">([\s\S]*?)<\/script>/;

/** The policy in a served page, checked against the page's own loader. */
function policyOf(html) {
  const policy = html.match(POLICY_META)?.[1];
  expect(policy, 'the page has a CSP meta').toBeTruthy();
  const loader = html.match(LOADER)?.[1];
  expect(loader, 'the page has trunk’s inline loader').toBeTruthy();
  const hash = crypto.createHash('sha256').update(loader, 'utf8').digest('base64');
  expect(policy).toContain(`'sha256-${hash}'`);
  expect(html.indexOf('Content-Security-Policy'), 'the policy comes before anything that loads').toBeLessThan(
    html.search(/<link|<script|<base/),
  );
  return policy;
}

/** Init script: keeps every CSP violation the page reports on window. */
function recordViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`);
  });
}

const violations = (page) => page.evaluate(() => window.__cspViolations);

test('every copy of the page carries the same policy, with the loader’s hash', async ({ request }) => {
  const policy = policyOf(await (await request.get('/')).text());
  for (const path of ['/index.html', '/guide/index.html', '/project/index.html', '/settings/index.html', '/404.html']) {
    expect(policyOf(await (await request.get(path)).text()), path).toBe(policy);
  }
  for (const directive of [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval' 'sha256-",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "base-uri 'self'",
    "form-action 'none'",
    "object-src 'none'",
  ]) {
    expect(policy).toContain(directive);
  }
  expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:|blob:|https?:/);
  const sub = await (await request.get(`http://127.0.0.1:${subPathPort}/qi-involve/guide/index.html`)).text();
  expect(policyOf(sub)).toMatch(/^default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
});

test('no screen reports a violation, nor does a download', async ({ page }) => {
  await page.addInitScript(recordViolations);
  await page.goto('/');
  await appReady(page);
  await createProject(page, 'Policy project');
  const id = new URL(page.url()).searchParams.get('id');
  // A record that cannot be read brings up the banner that offers a download.
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"project":'), `${PROJECT_PREFIX}broken`);
  const screens = [
    ['/', 'Projects'],
    [`/project?id=${id}`, null],
    [`/involvement?id=${id}`, null],
    ['/guide', 'Little i and Big I guide'],
    ['/induction', 'Getting started in quality improvement'],
    ['/induction?section=support&version=easy', null],
    ['/dashboard', 'Dashboard'],
    ['/settings', 'Settings'],
    ['/404.html', 'Page not found'],
  ];
  for (const [path, heading] of screens) {
    await page.goto(path);
    await appReady(page);
    if (heading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    expect(await violations(page), path).toEqual([]);
  }
  await page.goto('/');
  await appReady(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the unreadable data' }).click(),
  ]);
  expect(await download.failure()).toBeNull();
  expect(await violations(page)).toEqual([]);
});

test('the app also runs under its policy from a sub-path', async ({ page }) => {
  await page.addInitScript(recordViolations);
  await page.goto(`http://127.0.0.1:${subPathPort}/qi-involve/settings`);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  expect(await violations(page)).toEqual([]);
});

// Without this, the tests above could pass because nothing is listening.
// (The plain test: a blocked script is logged as a console error on purpose.)
plainTest('an injected inline script and inline style are blocked and reported', async ({ page }) => {
  const consoleErrors = [];
  page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(msg.text()));
  await page.addInitScript(recordViolations);
  await page.goto('/guide');
  await appReady(page);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injectedRan = true;';
    document.body.append(script);
    document.querySelector('h1').setAttribute('style', 'color: red');
  });
  await expect.poll(() => violations(page)).toEqual([
    expect.stringMatching(/^script-src-elem blocked inline/),
    expect.stringMatching(/^style-src-attr blocked inline/),
  ]);
  expect(await page.evaluate(() => window.__injectedRan)).toBeUndefined();
  expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).color)).not.toBe('rgb(255, 0, 0)');
  expect(consoleErrors.join('\n')).toContain('Content Security Policy');
});
