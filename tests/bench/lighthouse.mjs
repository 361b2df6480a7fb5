// Prints a short summary of Lighthouse JSON reports written by .ci/bench:
// the four category scores, the core load metrics, and every audit in those
// categories that scored below 1, so it is clear why a score is not 100.
//
//   node tests/bench/lighthouse.mjs bench-results/lighthouse-home.json ...
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
];

const pct = (score) => (score === null || score === undefined ? 'n/a' : String(Math.round(score * 100)));

for (const file of process.argv.slice(2)) {
  const lhr = JSON.parse(readFileSync(file, 'utf8'));
  const path = new URL(lhr.finalDisplayedUrl ?? lhr.requestedUrl).pathname;
  console.log(`\n${path}   (Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ` +
    `${lhr.configSettings.throttlingMethod} throttling)  ${relative(process.cwd(), file)}`);
  // A page that failed to load still yields a report, with every score null.
  if (lhr.runtimeError) console.log(`  RUNTIME ERROR ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  for (const w of lhr.runWarnings ?? []) console.log(`  warning: ${w}`);

  const scores = CATEGORIES.map((id) => `${lhr.categories[id].title} ${pct(lhr.categories[id].score)}`);
  console.log(`  scores   ${scores.join('   ')}`);
  const metrics = METRICS.map(([label, id]) => `${label} ${lhr.audits[id]?.displayValue ?? 'n/a'}`);
  console.log(`  metrics  ${metrics.join('   ')}`);

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
    continue;
  }
  console.log('  below 1  (score, category, title, value; "advice" = weight 0, does not lower the score)');
  below.sort((a, b) => (b.weight > 0) - (a.weight > 0) || a.audit.score - b.audit.score);
  for (const { category, weight, audit } of below) {
    const value = audit.displayValue ? ` - ${audit.displayValue}` : '';
    const tag = weight > 0 ? '' : '  [advice]';
    console.log(`    ${audit.score.toFixed(2)}  ${category.padEnd(14)} ${audit.title}${value}${tag}`);
  }
}
