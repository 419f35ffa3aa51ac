// One reader of V8's heap snapshot format (CDP HeapProfiler.takeHeapSnapshot)
// for both soaks: nodes and edges are flat rows of numbers whose fields the
// snapshot's meta names; names live in `strings`.
import type { CDPSession } from 'playwright';

/** A heap snapshot as V8 writes it. */
export interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields?: string[]; edge_types?: [string[], ...unknown[]] } };
  nodes: number[];
  edges?: number[];
  strings?: string[];
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

/** Reads a snapshot's nodes (by their index, 0 to count − 1) and, when asked, who holds them. */
export class HeapGraph {
  readonly count: number;
  private readonly nodeWidth: number;
  private readonly edgeWidth: number;
  /** Offsets of the fields within a node's row and an edge's row, looked up once. */
  private readonly typeAt: number;
  private readonly nameAt: number;
  private readonly idAt: number;
  private readonly sizeAt: number;
  private readonly edgeCountAt: number;
  private readonly edgeTypeAt: number;
  private readonly edgeNameAt: number;
  private readonly edgeToAt: number;
  private retainersOf: Map<number, [from: number, edge: number][]> | null = null;

  constructor(private readonly snap: Snapshot) {
    const { node_fields: fields, edge_fields: edgeFields = [] } = snap.snapshot.meta;
    this.nodeWidth = fields.length;
    this.edgeWidth = Math.max(1, edgeFields.length);
    this.typeAt = fields.indexOf('type');
    this.nameAt = fields.indexOf('name');
    this.idAt = fields.indexOf('id');
    this.sizeAt = fields.indexOf('self_size');
    this.edgeCountAt = fields.indexOf('edge_count');
    this.edgeTypeAt = edgeFields.indexOf('type');
    this.edgeNameAt = edgeFields.indexOf('name_or_index');
    this.edgeToAt = edgeFields.indexOf('to_node');
    this.count = snap.nodes.length / this.nodeWidth;
  }

  private at(node: number, offset: number): number {
    return this.snap.nodes[node * this.nodeWidth + offset] ?? 0;
  }

  /** `object`, `closure`, `string`, `code`, `native`, … */
  type(node: number): string {
    return this.snap.snapshot.meta.node_types[0][this.at(node, this.typeAt)] ?? '?';
  }

  id(node: number): number {
    return this.at(node, this.idAt);
  }

  selfSize(node: number): number {
    return this.at(node, this.sizeAt);
  }

  /** Type and name, e.g. `object:Sprite`; strings show their first words. */
  label(node: number): string {
    const type = this.type(node);
    const name = this.snap.strings?.[this.at(node, this.nameAt)] ?? '';
    const shown = type.includes('string') ? `"${name.slice(0, 40).replace(/\s+/g, ' ')}"` : name.slice(0, 80);
    return `${type}:${shown}`;
  }

  /** Each node's first strong retainers (weak edges keep nothing alive), built once, on first use. */
  private retainers(): Map<number, [number, number][]> {
    if (this.retainersOf) return this.retainersOf;
    const map = new Map<number, [number, number][]>();
    const edges = this.snap.edges ?? [];
    const edgeTypes = this.snap.snapshot.meta.edge_types?.[0] ?? [];
    let edge = 0;
    for (let node = 0; node < this.count; node++) {
      const edgeCount = this.at(node, this.edgeCountAt);
      for (let e = 0; e < edgeCount; e++, edge += this.edgeWidth) {
        if (edgeTypes[edges[edge + this.edgeTypeAt] ?? 0] === 'weak') continue;
        const to = (edges[edge + this.edgeToAt] ?? 0) / this.nodeWidth;
        const list = map.get(to) ?? [];
        if (list.length < 2) list.push([node, edge]);
        map.set(to, list);
      }
    }
    this.retainersOf = map;
    return map;
  }

  private edgeName(edge: number): string {
    const edges = this.snap.edges ?? [];
    const type = this.snap.snapshot.meta.edge_types?.[0][edges[edge + this.edgeTypeAt] ?? 0];
    const value = edges[edge + this.edgeNameAt] ?? 0;
    return type === 'element' || type === 'hidden' ? `[${value}]` : (this.snap.strings?.[value] ?? String(value));
  }

  /** Who holds the node, up to eight steps towards the roots: `<-edge- holder …`. */
  pathOf(node: number): string {
    const seen = new Set<number>([node]);
    let path = '';
    let current = node;
    for (let step = 0; step < 8; step++) {
      const holder = this.retainers().get(current)?.[0];
      if (!holder || seen.has(holder[0])) break;
      path += ` <-${this.edgeName(holder[1])}- ${this.label(holder[0])}`;
      seen.add(holder[0]);
      current = holder[0];
    }
    return path.trim() || '(held by a root)';
  }
}
