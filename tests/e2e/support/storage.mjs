// Helpers for the storage tests: reading localStorage, filling it up for
// real, holding back the debounced save so two tabs can be made to edit at
// the same time, and extra pages that fail the test on any console error.
import { expect } from '@playwright/test';
import { test as base } from './fixtures.mjs';
import { readRecord } from './records.mjs';

export const PROJECT_PREFIX = 'qi-involve:project:';
export const DAMAGED_PREFIX = 'qi-involve:damaged:';

/** Sends a page's console errors and uncaught exceptions to `problems`. */
export function watchForErrors(page, problems, name) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`${name}: console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`${name}: page error: ${err.message}`));
}

/**
 * The shared test plus `openTab()`: another page in the same browser
 * context (so the same localStorage and `storage` events), watched like
 * the `page` fixture, with save-holding available (see holdSaves).
 */
export const test = base.extend({
  openTab: async ({ context }, use) => {
    const problems = [];
    let count = 0;
    await use(async () => {
      const tab = await context.newPage();
      watchForErrors(tab, problems, `tab ${++count}`);
      await enableSaveHold(tab);
      return tab;
    });
    expect(problems, 'no tab logged errors').toEqual([]);
  },
});

/** Every key and value in the page's localStorage, but the copy of the
 * last screen shown (src/storage/last_screen.rs): a picture of a screen,
 * not data, kept whenever a page is hidden, as a reload does. Its own
 * tests are in specs/last-screen.spec.mjs. */
export async function readStorage(page) {
  return page.evaluate(() => {
    const all = {};
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key !== 'qi-involve:last-screen') all[key] = localStorage.getItem(key);
    }
    return all;
  });
}

/** The stored envelope of the only project in the page's localStorage, unpacked. */
export async function onlyStoredProject(page) {
  const all = await readStorage(page);
  const keys = Object.keys(all).filter((k) => k.startsWith(PROJECT_PREFIX));
  expect(keys, 'exactly one project is stored').toHaveLength(1);
  return { key: keys[0], raw: all[keys[0]], envelope: readRecord(all[keys[0]]) };
}

/**
 * Fills the origin's localStorage with filler values until not even one
 * more character fits, so the next write that grows anything throws the
 * browser's own QuotaExceededError. Returns the filler keys and how many
 * characters went in.
 */
export async function fillStorageToTheBrim(page, prefix = 'e2e-filler:') {
  return page.evaluate((prefix) => {
    const keys = [];
    let chars = 0;
    let size = 1 << 20;
    const started = Date.now();
    while (size >= 1) {
      const value = 'x'.repeat(size);
      for (;;) {
        const key = `${prefix}${keys.length}`;
        try {
          localStorage.setItem(key, value);
        } catch (e) {
          if (e.name !== 'QuotaExceededError') throw e;
          break;
        }
        keys.push(key);
        chars += size;
        if (Date.now() - started > 20_000) throw new Error('localStorage never filled up');
      }
      size = Math.floor(size / 2);
    }
    return { keys, chars };
  }, prefix);
}

/** Removes the values fillStorageToTheBrim put in. */
export async function removeFiller(page, keys) {
  await page.evaluate((keys) => keys.forEach((k) => localStorage.removeItem(k)), keys);
}

/**
 * Init script: wraps setTimeout so that, while `window.__saveHold.on` is
 * true, the app's 400 ms save timer is held instead of run. `release()`
 * runs the held timer now. Nothing else changes: other delays, and
 * clearTimeout of a held timer, behave as usual. (Playwright's own clock
 * cannot do this here: it is shared by every page of a context.)
 */
function installSaveHold() {
  const realSet = window.setTimeout.bind(window);
  const realClear = window.clearTimeout.bind(window);
  const held = new Map();
  let nextId = 2_000_000_000;
  window.__saveHold = {
    on: false,
    held: () => held.size,
    release() {
      const due = [...held.values()];
      held.clear();
      due.forEach((run) => run());
      return due.length;
    },
  };
  window.setTimeout = function setTimeout(callback, delay, ...args) {
    if (window.__saveHold.on && delay === 400 && typeof callback === 'function') {
      const id = nextId++;
      held.set(id, () => callback(...args));
      return id;
    }
    return realSet(callback, delay, ...args);
  };
  window.clearTimeout = function clearTimeout(id) {
    if (!held.delete(id)) realClear(id);
  };
}

/** Makes holdSaves available on the page from its next navigation on. */
export async function enableSaveHold(page) {
  await page.addInitScript(installSaveHold);
}

/** From now on the page's debounced save waits for releaseSave. */
export async function holdSaves(page) {
  await page.evaluate(() => {
    window.__saveHold.on = true;
  });
}

/** Runs the page's held save now (exactly one must be waiting) and stops holding. */
export async function releaseSave(page) {
  const ran = await page.evaluate(() => {
    window.__saveHold.on = false;
    return window.__saveHold.release();
  });
  expect(ran, 'one save was waiting').toBe(1);
}

/** Whether the page has a save waiting (held). */
export async function heldSaves(page) {
  return page.evaluate(() => window.__saveHold.held());
}
