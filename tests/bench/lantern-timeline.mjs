// BENCH_LH_TIMELINE=1 (tests/bench/lighthouse-screens.mjs): how Lighthouse's
// model of a slow phone (Lantern) laid out the load behind its LCP figure.
// Lighthouse does not time the slow load: it replays the requests and the
// main-thread tasks it observed through a model of a slow line and CPU,
// once with an optimistic graph and once with a pessimistic one, and
// reports the mean of the two. The listing shows, per graph, when each
// request and task starts and ends in that model; reading it is how the
// README's "Where a first sight's LCP goes" was worked out.
const Lantern = await import('@paulirish/trace_engine/models/trace/lantern/lantern.js');

/** Prints the modelled timelines of the last audit's LCP, then forgets
 * them so that the next audit's stand alone. */
export function printLcpTimeline() {
  const timings = Lantern.Simulation.Simulator.allNodeTimings;
  for (const [label, nodes] of timings) {
    if (!/LargestContentfulPaint/.test(label)) continue;
    console.log(`  ${label} (ms from the start, modelled):`);
    const rows = [...nodes.entries()].sort((a, b) => a[1].endTime - b[1].endTime);
    const names = new Map(rows.map(([node], i) => [node, `#${i}`]));
    for (const [node, t] of rows) {
      const what = node.type === 'network'
        ? `${node.request.url.replace(/^https?:\/\/[^/]+/, '')}  ${node.request.transferSize} B, ${node.request.priority}`
        : `main-thread task, ${(node.duration / 1000).toFixed(1)} ms observed`;
      // What it waited for in the model's graph, by row number.
      const after = node.getDependencies().map((d) => names.get(d)).filter(Boolean).join(' ');
      console.log(`    ${names.get(node).padStart(4)} ${t.startTime.toFixed(0).padStart(6)} → ${t.endTime.toFixed(0).padStart(6)}  ${what}${after ? `  (after ${after})` : ''}`);
    }
  }
  timings.clear();
}
