// Smoke of QI Involve in Firefox ESR (Debian's firefox-esr), driven by
// puppeteer-core over WebDriver BiDi. Run by .ci/smoke. The same checks as
// webkit_smoke.py, with the same page helpers and error listener (serve.py
// puts it in every page), so the two engines are compared like for like.
//
// Prints one line per check: PASS, FAIL (with why) or SKIP (with why), and
// NOTE lines for what the engine does and does not support.
// Environment: SMOKE_DIST, SMOKE_DIST_V2 (a second build), SMOKE_PORT.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import puppeteer from 'puppeteer-core';

const here = path.dirname(new URL(import.meta.url).pathname);
const port = process.env.SMOKE_PORT || '5418';
const root = `http://127.0.0.1:${port}/`;
const helpers = fs.readFileSync(path.join(here, 'helpers.js'), 'utf8');
const PIN = '2468';
const FFT = 'Overall, how was your experience of our service?';
const ENGINE = 'firefox';
const title = `Smoke in ${ENGINE}`;

class Check extends Error {}
const say = (kind, name, why = '') => console.log(`${kind} ${ENGINE}: ${name}${why ? `: ${why}` : ''}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The static host; stopping it is how the smoke takes the network away. */
const server = {
  proc: null,
  async start(dist, on = port, host = '127.0.0.1') {
    await this.stop();
    this.proc = spawn('python3', [path.join(here, 'serve.py'), dist, on, host], { stdio: ['ignore', 'pipe', 'inherit'] });
    const first = await readline.createInterface({ input: this.proc.stdout })[Symbol.asyncIterator]().next();
    if (first.value !== 'ready') throw new Check('the static server did not start');
  },
  async stop() {
    if (!this.proc) return;
    const gone = new Promise((r) => this.proc.once('exit', r));
    this.proc.kill();
    await gone;
    this.proc = null;
  },
};

const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
const page = await browser.newPage();
const engineErrors = [];
page.on('pageerror', (e) => engineErrors.push(String(e.message || e)));

async function js(fn, ...args) {
  await page.evaluate(helpers);
  return page.evaluate(fn, ...args);
}
async function handle(fn, ...args) {
  await page.evaluate(helpers);
  return page.evaluateHandle(fn, ...args);
}
async function wait(what, fn, arg, timeout = 15000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    try {
      if (await js(fn, arg)) return;
    } catch {
      // the page may be between loads
    }
    await sleep(200);
  }
  throw new Check(`waited ${timeout / 1000}s for ${what}`);
}
async function appReady() {
  try {
    await wait("the app's main navigation", () => __smoke.visible(__smoke.nav()));
  } catch (e) {
    await noErrors(); // say why, where the page said
    throw e;
  }
}
const locked = () => wait("the app's navigation to go", () => !__smoke.visible(__smoke.nav()));
const titleIs = (what) => wait(what, (t) => __smoke.field('Project title')?.value === t, title);
async function noErrors() {
  const errors = await page.evaluate(() => window.__smokeErrors || ['the error listener is missing']);
  const all = [...errors, ...engineErrors.splice(0)];
  if (all.length) throw new Check(`page errors: ${all.join(' | ')}`);
}
async function element(fn, arg, what) {
  const h = await handle(fn, arg);
  const el = h.asElement();
  if (!el) throw new Check(`no ${what}`);
  return el;
}
// Waits for the button first, as webkit_smoke.py's click does.
async function click(name, prefix = false) {
  await wait(`the button ${JSON.stringify(name)}`, ([n, p]) => !!__smoke.button(n, p), [name, prefix]);
  await (await element(([n, p]) => __smoke.button(n, p), [name, prefix], `button ${JSON.stringify(name)}`)).click();
}
async function fill(label, value) {
  await wait(`the field ${JSON.stringify(label)}`, (l) => !!__smoke.field(l), label);
  const el = await element((l) => __smoke.field(l), label, `field ${label}`);
  await el.click({ clickCount: 3 });
  await el.type(value);
  return el;
}
async function enterPin(twice) {
  let el = await fill('PIN', PIN);
  if (twice) el = await fill('Enter the PIN again', PIN);
  const submit = (await page.evaluateHandle((e) => __smoke.submitOf(e), el)).asElement();
  if (submit) await submit.click();
  else await el.press('Enter');
}
const reload = () => page.reload({ waitUntil: 'load' });
const go = (url) => page.goto(url, { waitUntil: 'load' });

const state = { sw: false, project: null };
const APIS = ['document.documentElement.requestFullscreen', 'navigator.locks', 'navigator.storage && navigator.storage.persist', 'crypto.subtle'];

/** Says which of the APIs the kiosk may want this page has. */
async function notes(where) {
  const found = [];
  for (const api of APIS) found.push(`${api} ${(await page.evaluate(`!!(${api})`)) ? 'present' : 'MISSING'}`);
  say('NOTE', `${where}: ${found.join('; ')}`);
}

async function load() {
  await go(root);
  await appReady();
  await noErrors();
  await notes('on localhost');
}

async function project() {
  await click('New project');
  await fill('Project title', title);
  await click('Create project');
  await titleIs('the new project');
  state.project = page.url();
  await noErrors();
  await reload();
  await appReady();
  await titleIs('the project after a reload');
  await noErrors();
}

async function serviceWorker() {
  if (!(await page.evaluate(() => 'serviceWorker' in navigator && !!navigator.serviceWorker))) {
    say('NOTE', 'no navigator.serviceWorker here: the app runs online only');
    await noErrors();
    return 'skipped: no service workers in this engine (the app showed no error)';
  }
  const found = await page.evaluate(
    () =>
      new Promise((done) => {
        setTimeout(() => done('no registration after 15s'), 15000);
        navigator.serviceWorker.ready.then(
          () => {
            const poll = () => (navigator.serviceWorker.controller ? done('controls the page') : setTimeout(poll, 100));
            poll();
          },
          (e) => done(`refused: ${e}`),
        );
      }),
  );
  say('NOTE', `service worker: ${found}`);
  await noErrors();
  if (found !== 'controls the page') throw new Check(`the service worker ${found}`);
  state.sw = true;
}

async function kiosk() {
  if (!state.project) throw new Check('no project to start a kiosk from');
  await go(state.project.replace('/project?', '/involvement?'));
  await appReady();
  // The record's kiosk part is a download of its own, drawn when it
  // arrives, which can be after the rest of the record.
  await wait('the record\'s Start kiosk', () => !!__smoke.button('Start kiosk'));
  await click('Start kiosk');
  await enterPin(true); // stored as a PBKDF2 hash through Web Crypto
  await wait("the kiosk's question", (t) => __smoke.hasText(t), FFT);
  await locked();
  await go(root); // a typed link out of the kiosk
  await wait('the kiosk after a deep link', (t) => __smoke.hasText(t), FFT);
  await locked();
  await reload();
  await wait('the kiosk after a reload', (t) => __smoke.hasText(t), FFT);
  await click('Exit kiosk');
  await fill('PIN', '0000');
  const wrong = (await page.evaluateHandle(() => __smoke.submitOf(__smoke.field('PIN')))).asElement();
  if (wrong) await wrong.click();
  else await page.keyboard.press('Enter');
  await sleep(500);
  await locked(); // the wrong PIN is refused
  await enterPin(false);
  await appReady();
  // A locked tablet downloads only the kiosk's code, so the record's own
  // arrives now: wait for it, or the next step's navigation cuts that
  // download off (which Firefox logs as an error).
  await wait('the involvement record after the kiosk', () => !!__smoke.button('Start kiosk'));
  await noErrors();
}

async function reader() {
  await go(`${root}induction`);
  await appReady();
  await wait('the guide\'s Hand to reader', () => !!__smoke.button('Hand to reader'));
  await click('Hand to reader');
  await enterPin(true);
  await locked();
  // The lock's own code is a separate download: its bar is drawn once here.
  await wait("the reader's Exit button", () => !!__smoke.button('Exit', true));
  await go(root); // a typed link to the projects
  await sleep(1000);
  await locked();
  if (await js((t) => __smoke.hasText(t), title)) throw new Check('the reader can see a project');
  await click('Exit', true);
  await enterPin(false);
  await appReady();
  // As after the kiosk: the guide's own code arrives only now (leaving the
  // lock goes back to the induction guide).
  await wait('the induction guide after the reader lock', () => !!__smoke.button('Hand to reader'));
  await noErrors();
}

async function offline() {
  if (!state.sw) return 'skipped: no service worker controls the page, so there is nothing to reload from';
  await go(root);
  await appReady();
  await server.stop();
  await reload();
  await appReady();
  await wait('the project listed offline', (t) => __smoke.hasText(t), title);
  await go(state.project); // a deep link, offline
  await titleIs('the project offline');
  await noErrors();
}

async function update() {
  if (!state.sw) return 'skipped: no service worker';
  await server.start(process.env.SMOKE_DIST_V2);
  await go(root);
  await appReady();
  await wait("'A new version is ready'", () => __smoke.hasText('A new version is ready'), undefined, 20000);
  await click('Reload');
  await sleep(1000);
  await appReady();
  await wait('the banner to go', () => !__smoke.hasText('A new version is ready'));
  const names = await page.evaluate(() => caches.keys());
  if (names.length !== 1) throw new Check(`expected only the new cache, found ${JSON.stringify(names)}`);
  await noErrors();
}

// Not localhost, so not a secure context: no service workers and no Web
// Crypto, as on a tablet reaching the app over plain http.
async function insecure() {
  const host = process.env.SMOKE_LAN_HOST;
  if (!host) return 'skipped: this machine has no address other than localhost';
  const other = Object.create(server);
  other.proc = null;
  const on = String(Number(port) + 2);
  await other.start(process.env.SMOKE_DIST, on, host);
  try {
    await go(`http://${host}:${on}/`);
    await appReady();
    if (await page.evaluate(() => !!navigator.serviceWorker)) throw new Check('expected no service workers at a plain http address');
    await click('New project');
    await fill('Project title', 'Made with no service worker');
    await click('Create project');
    await wait('the new project', () => __smoke.field('Project title')?.value === 'Made with no service worker');
    await noErrors();
    await notes('on plain http');
  } finally {
    await other.stop();
  }
}

try {
  await server.start(process.env.SMOKE_DIST);
  say('NOTE', `browser: ${await browser.version()}`);
  for (const [name, fn] of [
    ['loads with no page errors', load],
    ['a new project is there after a reload', project],
    ['service worker registers and controls the page', serviceWorker],
    ['kiosk: start with a PIN, holds on a link and a reload, refuses a wrong PIN, exits with the right one', kiosk],
    ['reader lock on the induction guide', reader],
    ['offline reload and deep link with the server stopped', offline],
    ['update prompt for a second build, then only its cache', update],
    ['with no service worker API (plain http, not localhost): works, no error', insecure],
  ]) {
    try {
      const result = await fn();
      if (typeof result === 'string') say('SKIP', name, result);
      else say('PASS', name);
    } catch (e) {
      say('FAIL', name, String(e.message || e).split('\n')[0]);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
