// The page's JS heap split by what holds the bytes, from a heap snapshot
// (CDP HeapProfiler.takeHeapSnapshot). V8 compiles a function's bytecode and
// optimised code when it runs and flushes them again when it has not run for
// a while, so the code part swings by half a megabyte between two samples
// with no trend; the objects part (everything the page's script can reach:
// the game's objects, strings, arrays, closures) moves only when the page
// keeps more. A leak shows in the objects.
import type { CDPSession } from 'playwright';
import { HeapGraph, takeSnapshot, type Snapshot } from './heapGraph';

export interface HeapStats {
  /** Self sizes of every reachable JS value that is not compiled code, in bytes. */
  objectBytes: number;
  /** Bytecode, machine code, feedback vectors, function infos and the like, in bytes. */
  codeBytes: number;
}

/** Node types that are not JS values in V8's heap: the browser's own objects and the snapshot's synthetic roots. */
const OUTSIDE_V8 = new Set(['native', 'synthetic']);

export function heapStatsOf(snap: Snapshot): HeapStats {
  const graph = new HeapGraph(snap);
  let objectBytes = 0;
  let codeBytes = 0;
  for (let node = 0; node < graph.count; node++) {
    const type = graph.type(node);
    if (type === 'code') codeBytes += graph.selfSize(node);
    else if (!OUTSIDE_V8.has(type)) objectBytes += graph.selfSize(node);
  }
  return { objectBytes, codeBytes };
}

/** Takes a heap snapshot and splits it. */
export async function heapStats(cdp: CDPSession): Promise<HeapStats> {
  return heapStatsOf(await takeSnapshot(cdp));
}
