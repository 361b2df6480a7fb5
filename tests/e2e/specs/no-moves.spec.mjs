// Nothing already on screen moves while the app draws its first screen
// (issue 11: CLS ≤ 0.02). While the app starts, a screen's lower parts are
// drawn one per task (src/components/later.rs), and each must land below
// everything drawn before it; anything that sits after a part but is not
// one would be drawn first and then pushed down, once per part. Checked on
// every screen that Lighthouse audits, with the same data stored
// (tests/bench/screens.mjs), at both tablet sizes.
import { test, expect, appStarted, tabletSizes } from '../support/fixtures.mjs';
import { SCREENS } from '../../bench/screens.mjs';

/** Records, from the first frame until the app marks itself started,
 * every visible element whose top moved on the page, as "what: from → to". */
function watchForMoves() {
  const tops = new WeakMap();
  window.qiMoves = [];
  const describe = (e) =>
    e.tagName.toLowerCase() +
    (e.id ? `#${e.id}` : '') +
    (typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).join('.')}` : '');
  const look = () => {
    if (document.documentElement.classList.contains('qi-started')) return;
    for (const e of document.querySelectorAll('body *')) {
      const box = e.getBoundingClientRect();
      // Not shown (a closed <details>, the print-only copy): nothing to
      // see move.
      if (box.width === 0 || box.height === 0 || !e.checkVisibility()) continue;
      const top = box.top + window.scrollY;
      const was = tops.get(e);
      if (was !== undefined && Math.abs(top - was) > 1) {
        const where = e.parentElement ? describe(e.parentElement) : '';
        window.qiMoves.push(`${describe(e)} in ${where}: ${Math.round(was)} → ${Math.round(top)}`);
      }
      tops.set(e, top);
    }
  };
  requestAnimationFrame(() => {
    look();
    new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

for (const screen of SCREENS) {
  for (const size of tabletSizes) {
    test(`${screen.title}, ${size.name}: nothing moves while the screen is drawn`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      // Stored before the app's first line runs (the page is opened once).
      await page.addInitScript((entries) => {
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      }, screen.seed?.() ?? {});
      await page.addInitScript(watchForMoves);
      await page.goto(screen.path);
      await appStarted(page);
      const moves = await page.evaluate(() => [...new Set(window.qiMoves)]);
      expect(moves, 'elements that moved while the app started').toEqual([]);
    });
  }
}
