// `npm run soak:retained`: when the soak's figures climb, this says what is
// climbing. Kiosk visitors in one page, heap snapshots at SNAPSHOT_AT
// sessions (default 500, 1,000 and 1,500), then everything allocated between
// the first two snapshots that is still alive in the last, grouped by what it
// is, with who holds it. A leak shows up as objects of the game; V8's code,
// which it compiles and keeps for hot functions, shows up as `code:`.
import { expect, it } from 'vitest';
import { takeSnapshot } from './heapGraph';
import { openKiosk, visitor } from './kioskVisitors';
import { maxNodeId, retainedBetween } from './retained';

const AT = (process.env.SNAPSHOT_AT ?? '500,1000,1500').split(',').map(Number);

it(`lists what was allocated between sessions ${AT[0]} and ${AT[1]} and is still alive at ${AT.at(-1)}`, async () => {
  expect(AT.length, 'SNAPSHOT_AT needs at least three session counts').toBeGreaterThanOrEqual(3);
  const { browser, page, cdp, errors } = await openKiosk();
  try {
    const ids: number[] = [];
    let sessions = 0;
    for (const [index, at] of AT.entries()) {
      for (; sessions < at; sessions++) await visitor(page, sessions);
      const snap = await takeSnapshot(cdp);
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      console.log(`retained: snapshot at ${at} sessions, heap ${(usedSize / 1024 / 1024).toFixed(3)} MB`);
      if (index < AT.length - 1) {
        ids.push(maxNodeId(snap));
        continue;
      }
      const groups = retainedBetween(snap, ids[0] ?? 0, ids[1] ?? 0);
      const total = groups.reduce((sum, g) => sum + g.bytes, 0);
      console.log(`retained: allocated between ${AT[0]} and ${AT[1]}, alive at ${at} (biggest ${groups.length} groups, ${total} bytes):`);
      for (const g of groups) console.log(`${String(g.bytes).padStart(9)} B ${String(g.count).padStart(6)}  ${g.what}\n            ${g.path}`);
    }
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
