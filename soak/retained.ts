// The three-snapshot way to find a leak: of everything allocated between a
// first and a second heap snapshot, what is still alive in a third? V8 keeps
// a thing's snapshot id for as long as it lives, and hands out higher ids to
// newer things, so "allocated between" is "id above the first snapshot's
// highest and at most the second's". Things a page builds once and keeps
// (a cache filling up) were allocated early; a leak keeps being allocated.
import { HeapGraph, type Snapshot } from './heapGraph';

export interface RetainedGroup {
  /** Node type and name, e.g. `object:Sprite`, `closure:onTick`, `code:system / InstructionStream`. */
  what: string;
  count: number;
  bytes: number;
  /** Who holds one of them, up to eight steps towards the roots: `<-edge- holder`. */
  path: string;
}

/** The highest snapshot id in a snapshot: everything allocated later gets a higher one. */
export function maxNodeId(snap: Snapshot): number {
  const graph = new HeapGraph(snap);
  let max = 0;
  for (let node = 0; node < graph.count; node++) max = Math.max(max, graph.id(node));
  return max;
}

/** Things in `last` whose ids lie in (afterId, upToId], grouped by what they are, biggest first. */
export function retainedBetween(last: Snapshot, afterId: number, upToId: number, limit = 30): RetainedGroup[] {
  const graph = new HeapGraph(last);
  const groups = new Map<string, { count: number; bytes: number; sample: number }>();
  for (let node = 0; node < graph.count; node++) {
    const id = graph.id(node);
    if (id <= afterId || id > upToId) continue;
    const what = graph.label(node);
    const group = groups.get(what) ?? { count: 0, bytes: 0, sample: node };
    group.count++;
    group.bytes += graph.selfSize(node);
    groups.set(what, group);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .slice(0, limit)
    .map(([what, g]) => ({ what, count: g.count, bytes: g.bytes, path: graph.pathOf(g.sample) }));
}
