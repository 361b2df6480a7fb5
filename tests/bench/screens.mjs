// The screens that tests/bench/lighthouse-screens.mjs audits, with the data
// each needs stored first (issue 11). Records are format 5, which every
// later build still reads (it migrates older formats on load).
//
// `seed()` returns localStorage entries { key: value }.
import { generateProjects } from './generate-projects.mjs';

const PROJECT_PREFIX = 'qi-involve:project:';

/** The one project the project screens open: its entries and its id. */
function oneProject() {
  const entries = generateProjects(1, 11, { activities: 6 });
  const id = Object.keys(entries)[0].slice(PROJECT_PREFIX.length);
  return { entries, id };
}

// The same (n, seed) always gives the same id, which the paths need.
const PROJECT_ID = oneProject().id;

/** The running kiosk for `projectId`, as the app stores it after "Start
 * kiosk" (src/storage/kiosk.rs). The hash is of no real PIN: the audit
 * never unlocks. */
function kioskLock(projectId) {
  return JSON.stringify({
    version: 1,
    value: {
      mode: 'kiosk', project_id: projectId,
      salt: '00'.repeat(16), hash: '00'.repeat(32), iterations: 600000, wrong_tries: 0,
    },
  });
}

export const TARGETS = { performance: 0.99, accessibility: 1, 'best-practices': 1, seo: 1, lcpMs: 1800, tbtMs: 100, cls: 0.02 };

export const SCREENS = [
  { name: 'projects', title: 'Projects, 50 stored', path: '/',
    seed: () => generateProjects(50, 42, { activities: 4 }) },
  { name: 'project', title: "A project's General tab", path: `/project?id=${PROJECT_ID}`,
    seed: () => oneProject().entries },
  { name: 'involvement', title: 'Its involvement record', path: `/involvement?id=${PROJECT_ID}`,
    seed: () => oneProject().entries },
  { name: 'guide', title: 'Guide', path: '/guide' },
  { name: 'induction', title: 'Induction', path: '/induction' },
  { name: 'dashboard', title: 'Dashboard, 6 projects', path: '/dashboard',
    seed: () => generateProjects(6, 5, { activities: 5 }) },
  { name: 'settings', title: 'Settings', path: '/settings' },
  { name: 'kiosk', title: 'Kiosk running for a project', path: `/involvement?id=${PROJECT_ID}`,
    seed: () => ({ ...oneProject().entries, 'qi-involve:kiosk-session': kioskLock(PROJECT_ID) }) },
];
