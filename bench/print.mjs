/* global process, console, URL */
// Prints bench/results.json as plain tables (also pasted into the README),
// and exits non-zero when a budget was missed, so `npm run bench` fails.
// Usage: node bench/print.mjs [--markdown]
import { readFileSync } from 'node:fs';

const results = JSON.parse(readFileSync(new URL('./results.json', import.meta.url), 'utf8'));
const markdown = process.argv.includes('--markdown');

function table(headers, rows) {
  const cells = rows.map((r) => r.map(String));
  if (markdown) {
    return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...cells.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

const { machine, crowd, browser, budgets } = results;
/** A table's title: bold with blank lines around it in Markdown, so the table renders. */
const caption = (text) => (markdown ? ['', `**${text}**`, ''] : ['', text]);
const out = [];
out.push(`Measured ${results.date.slice(0, 16).replace('T', ' ')} UTC · ${machine.cores} cores (${machine.cpu}) · Node ${machine.node} · ${machine.browser}`);
out.push(...caption('Budgets'));
out.push(table(['what', 'measured', 'budget', ''], budgets.map((b) => [b.what, `${b.figure} ${b.unit}`, `${b.budget} ${b.unit}`, b.met ? 'met' : 'MISSED'])));
out.push(...caption('Crowd step in Node (CPU ms per step of 1/30 s; median of 25 rounds, fastest round in brackets)'));
out.push(
  table(
    ['plaza', 'walkers', 'size', 'per m²', 'grid ms', 'all pairs ms', 'speed-up', 'vs 500'],
    crowd.map((r) => [r.plaza, r.walkers, r.size, r.density, `${r.gridMs} (${r.gridBestMs})`, r.allPairsMs, `${r.speedup}×`, `${r.vsSmallest}×`]),
  ),
);
out.push(...caption('Main thread per frame in headless Chromium, city scene, 1366×768, ms: CPU time of the animation frame (trace) and wall time in game.step (software WebGL: fps for context only)'));
out.push(
  table(
    ['pedestrians', 'frames', 'CPU p50', 'CPU p95', 'wall p50', 'wall p95', 'update p50', 'render p50', 'fps'],
    browser.frames.map((f) => [f.pedestrians, f.frames, f.cpuP50, f.cpuP95, f.p50, f.p95, f.updateP50, f.renderP50, f.fps]),
  ),
);
out.push(...caption('Start-up, input, memory'));
out.push(
  table(
    ['figure', 'median', 'runs / detail'],
    [
      ['navigation → first city frame (Start pressed at once)', `${browser.startup.medianMs} ms`, browser.startup.runs.join(', ')],
      ['navigation → Start can be pressed', `${browser.startup.startScreenMs} ms`, ''],
      ['E key → data-score changed in the DOM', `${browser.input.medianMs} ms`, browser.input.runs.join(', ')],
      ['E key → next frame after the change', `${browser.input.screenMedianMs} ms`, ''],
      ['heap after 1 / 25 / 50 restarts of the day (GC forced)', `${browser.memory.after1.heapMB} / ${browser.memory.after25?.heapMB ?? '–'} / ${browser.memory.after50.heapMB} MB`, ''],
      ['DOM nodes after 1 / 50 restarts', `${browser.memory.after1.domNodes} / ${browser.memory.after50.domNodes}`, ''],
      ['event listeners after 1 / 50 restarts', `${browser.memory.after1.listeners} / ${browser.memory.after50.listeners}`, ''],
    ],
  ),
);
out.push(...caption('JavaScript loaded at start (gzip -9)'));
out.push(
  table(
    ['file', 'part', 'bytes', 'gzip KB'],
    [...browser.bundle.files.map((f) => [f.file, f.part, f.bytes, (f.gzip / 1024).toFixed(1)]), ['all', '', '', browser.bundle.totalGzip]],
  ),
);
console.log(out.join('\n'));

const missed = budgets.filter((b) => !b.met);
if (missed.length > 0) {
  console.error(`\n${missed.length} budget${missed.length === 1 ? '' : 's'} MISSED:\n${missed.map((b) => `  ${b.what}: ${b.figure} ${b.unit}, budget ${b.budget} ${b.unit}`).join('\n')}`);
  console.error('Timing budgets hold only on a machine with nothing else running; see README "Performance".');
  process.exitCode = 1;
}
