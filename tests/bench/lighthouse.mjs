// Prints a short summary of Lighthouse JSON reports: the four category
// scores and LCP, TBT and CLS beside issue 11's targets, the other load
// metrics, and every audit in those categories that scored below 1, so it
// is clear why a score is not 100. tests/bench/lighthouse-screens.mjs uses
// `summarise`; run directly it summarises saved reports:
//
//   node tests/bench/lighthouse.mjs bench-results/lighthouse-guide.json ...
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TARGETS } from './screens.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const pct = (score) => (score === null || score === undefined ? 'n/a' : String(Math.round(score * 100)));
const mark = (ok) => (ok ? 'ok ' : 'MISS');

/** Prints one report. `title` names the screen; `runs` lists each run's
 * Performance score when the shown report is the median of several. */
export function summarise(lhr, file, { title, runs } = {}) {
  const url = new URL(lhr.finalDisplayedUrl ?? lhr.requestedUrl);
  console.log(`\n${title ?? url.pathname}   ${url.pathname}${url.search}   (Lighthouse ${lhr.lighthouseVersion}, ` +
    `${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling)  ${relative(process.cwd(), file)}`);
  // A page that failed to load still yields a report, with every score null.
  if (lhr.runtimeError) console.log(`  RUNTIME ERROR ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  for (const w of lhr.runWarnings ?? []) console.log(`  warning: ${w}`);

  const rows = CATEGORIES.map((id) => {
    const score = lhr.categories[id].score;
    return `  ${mark(score !== null && score >= TARGETS[id])} ${lhr.categories[id].title.padEnd(15)}` +
      `${pct(score).padStart(5)}   target >= ${pct(TARGETS[id])}`;
  });
  if (runs) rows[0] += `   (runs: ${runs.join(', ')}; median shown)`;
  const metric = (id) => lhr.audits[id]?.numericValue;
  const lcp = metric('largest-contentful-paint');
  const tbt = metric('total-blocking-time');
  const cls = metric('cumulative-layout-shift');
  const ms = (x) => (x === undefined ? 'n/a' : `${Math.round(x)} ms`);
  rows.push(`  ${mark(lcp <= TARGETS.lcpMs)} LCP            ${ms(lcp).padStart(8)}   target <= ${TARGETS.lcpMs} ms`);
  rows.push(`  ${mark(tbt <= TARGETS.tbtMs)} TBT            ${ms(tbt).padStart(8)}   target <= ${TARGETS.tbtMs} ms`);
  rows.push(`  ${mark(cls <= TARGETS.cls)} CLS            ${(cls === undefined ? 'n/a' : cls.toFixed(3)).padStart(8)}   target <= ${TARGETS.cls}`);
  console.log(rows.join('\n'));
  const others = [['FCP', 'first-contentful-paint'], ['SI', 'speed-index'], ['TTI', 'interactive']]
    .map(([label, id]) => `${label} ${lhr.audits[id]?.displayValue ?? 'n/a'}`);
  console.log(`  also   ${others.join('   ')}`);

  // Audits with a null score are informative, manual or not applicable.
  // Weight 0 means the audit is advice that does not change the category
  // score (Lighthouse's "insights" and "diagnostics"); it is still listed.
  const below = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (typeof audit.score !== 'number' || audit.score >= 1) continue;
      below.push({ category: category.title, weight: ref.weight, audit });
    }
  }
  if (below.length === 0) {
    console.log('  below 1  none');
    return;
  }
  console.log('  below 1  (score, category, title, value; "advice" = weight 0, does not lower the score)');
  below.sort((a, b) => (b.weight > 0) - (a.weight > 0) || a.audit.score - b.audit.score);
  for (const { category, weight, audit } of below) {
    const value = audit.displayValue ? ` - ${audit.displayValue}` : '';
    const tag = weight > 0 ? '' : '  [advice]';
    console.log(`    ${audit.score.toFixed(2)}  ${category.padEnd(14)} ${audit.title}${value}${tag}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const file of process.argv.slice(2)) summarise(JSON.parse(readFileSync(file, 'utf8')), file);
}
