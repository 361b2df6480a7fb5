// A stored lock (the clinic kiosk or the reader lock) is read by the locked
// screen, a download of its own, not at start-up (src/state/kiosk_lock.rs):
// an unreadable one is still kept aside and leaves the app open, and a lock
// started or ended in one tab still applies to every tab.
import { expect, appReady, expectNoAxeViolations } from '../support/fixtures.mjs';
import { test, DAMAGED_PREFIX, readStorage } from '../support/storage.mjs';
import { exitWith, lockTheGuide, mainNav } from '../support/lock.mjs';

const LOCK_KEY = 'qi-involve:kiosk-session';
const guide = (page) => page.getByRole('heading', { name: 'Getting started in quality improvement' });

test('an unreadable stored lock is kept aside and the app opens unlocked', async ({ openTab }) => {
  const tab = await openTab();
  await tab.goto('/');
  await appReady(tab);
  const damaged = '{"version":1,"value":{}}';
  await tab.evaluate(([key, text]) => localStorage.setItem(key, text), [LOCK_KEY, damaged]);
  await tab.reload();
  await appReady(tab);
  await expect(tab.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
  const stored = await readStorage(tab);
  expect(stored[`${DAMAGED_PREFIX}kiosk-session`]).toBe(damaged);
  await expectNoAxeViolations(tab);
});

test('a reader lock started in one tab locks the other, and ending it there opens the other again', async ({ openTab }) => {
  const a = await openTab();
  await a.goto('/');
  await appReady(a);
  const b = await openTab();
  await b.goto('/induction');
  await appReady(b);
  await lockTheGuide(b, '8642');
  await expect(guide(b)).toBeVisible();

  await expect(guide(a)).toBeVisible();
  await expect(mainNav(a)).toHaveCount(0);
  // A wrong PIN in one tab is counted in the other, which stays locked.
  await exitWith(b, '1234');
  await expect(b.getByRole('alert').filter({ hasText: '4 more tries' })).toBeVisible();
  await exitWith(a, '1234');
  await expect(a.getByRole('alert').filter({ hasText: '3 more tries' })).toBeVisible();
  await expect(mainNav(a)).toHaveCount(0);

  await exitWith(b, '8642');
  await appReady(b);
  await appReady(a);
  await expect(a.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
});
