// The page's JS heap split by what holds the bytes, from a heap snapshot
// (CDP HeapProfiler.takeHeapSnapshot). V8 compiles a function's bytecode and
// optimised code when it runs and flushes them again when it has not run for
// a while, so the code part swings by half a megabyte between two samples
// with no trend; the objects part (everything the page's script can reach:
// the game's objects, strings, arrays, closures) moves only when the page
// keeps more. A leak shows in the objects.
import type { CDPSession } from 'playwright';

export interface HeapStats {
  /** Self sizes of every reachable JS value that is not compiled code, in bytes. */
  objectBytes: number;
  /** Bytecode, machine code, feedback vectors, function infos and the like, in bytes. */
  codeBytes: number;
}

/** A heap snapshot as V8 writes it: nodes and edges as flat rows of their fields, names in `strings`. */
export interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields?: string[]; edge_types?: [string[], ...unknown[]] } };
  nodes: number[];
  edges?: number[];
  strings?: string[];
}

/** Node types that are not JS values in V8's heap: the browser's own objects and the snapshot's synthetic roots. */
const OUTSIDE_V8 = new Set(['native', 'synthetic']);

export function heapStatsOf(snap: Snapshot): HeapStats {
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let objectBytes = 0;
  let codeBytes = 0;
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt]!]!;
    const size = snap.nodes[i + sizeAt]!;
    if (type === 'code') codeBytes += size;
    else if (!OUTSIDE_V8.has(type)) objectBytes += size;
  }
  return { objectBytes, codeBytes };
}

/** Takes a heap snapshot of the page (V8 collects garbage first). */
export async function takeSnapshot(cdp: CDPSession): Promise<Snapshot> {
  const chunks: string[] = [];
  const onChunk = (c: { chunk: string }) => chunks.push(c.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return JSON.parse(chunks.join('')) as Snapshot;
}

/** Takes a heap snapshot and splits it. */
export async function heapStats(cdp: CDPSession): Promise<HeapStats> {
  return heapStatsOf(await takeSnapshot(cdp));
}
