// The three-snapshot way to find a leak: of everything allocated between a
// first and a second heap snapshot, what is still alive in a third? V8 keeps
// a thing's snapshot id for as long as it lives, and hands out higher ids to
// newer things, so "allocated between" is "id above the first snapshot's
// highest and at most the second's". Things a page builds once and keeps
// (a cache filling up) were allocated early; a leak keeps being allocated.
import type { Snapshot } from './heapStats';

export interface RetainedGroup {
  /** Node type and name, e.g. `object:Sprite`, `closure:onTick`, `code:system / InstructionStream`. */
  what: string;
  count: number;
  bytes: number;
  /** Who holds one of them, up to eight steps towards the roots: `<-edge- holder`. */
  path: string;
}

/** Reads a snapshot's flat rows by field name. */
class HeapGraph {
  private readonly nodeWidth: number;
  private readonly edgeWidth: number;
  private readonly field: (name: string) => number;
  private readonly edgeField: (name: string) => number;
  readonly count: number;
  private retainersOf: Map<number, [from: number, edge: number][]> | null = null;

  constructor(private readonly snap: Snapshot) {
    const meta = snap.snapshot.meta;
    this.nodeWidth = meta.node_fields.length;
    this.edgeWidth = meta.edge_fields?.length ?? 1;
    this.field = (name) => meta.node_fields.indexOf(name);
    this.edgeField = (name) => meta.edge_fields?.indexOf(name) ?? -1;
    this.count = snap.nodes.length / this.nodeWidth;
  }

  private at(node: number, field: string): number {
    return this.snap.nodes[node * this.nodeWidth + this.field(field)] ?? 0;
  }

  id(node: number): number {
    return this.at(node, 'id');
  }

  selfSize(node: number): number {
    return this.at(node, 'self_size');
  }

  label(node: number): string {
    const type = this.snap.snapshot.meta.node_types[0][this.at(node, 'type')] ?? '?';
    const name = this.snap.strings?.[this.at(node, 'name')] ?? '';
    const shown = type.includes('string') ? `"${name.slice(0, 40).replace(/\s+/g, ' ')}"` : name.slice(0, 80);
    return `${type}:${shown}`;
  }

  /** Each node's strong retainers (weak edges do not keep anything alive), built once. */
  private retainers(): Map<number, [number, number][]> {
    if (this.retainersOf) return this.retainersOf;
    const map = new Map<number, [number, number][]>();
    const edges = this.snap.edges ?? [];
    const edgeTypes = this.snap.snapshot.meta.edge_types?.[0] ?? [];
    const typeAt = this.edgeField('type');
    const toAt = this.edgeField('to_node');
    let edge = 0;
    for (let node = 0; node < this.count; node++) {
      const edgeCount = this.at(node, 'edge_count');
      for (let e = 0; e < edgeCount; e++, edge += this.edgeWidth) {
        if (edgeTypes[edges[edge + typeAt] ?? 0] === 'weak') continue;
        const to = (edges[edge + toAt] ?? 0) / this.nodeWidth;
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
    const type = this.snap.snapshot.meta.edge_types?.[0][edges[edge + this.edgeField('type')] ?? 0];
    const value = edges[edge + this.edgeField('name_or_index')] ?? 0;
    return type === 'element' || type === 'hidden' ? `[${value}]` : (this.snap.strings?.[value] ?? String(value));
  }

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
