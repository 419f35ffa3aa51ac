// The soak's readings of a heap snapshot: compiled code apart from the objects
// the page keeps (the browser's own native objects in neither), and the
// three-snapshot search for what was allocated in between and is still alive.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../soak/heapGraph';
import { heapStatsOf } from '../../soak/heapStats';
import { maxNodeId, retainedBetween } from '../../soak/retained';

const NODE_TYPES = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'native', 'synthetic', 'object shape'];
const EDGE_TYPES = ['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak'];

interface Node {
  type: string;
  name?: string;
  id: number;
  size: number;
  /** Edges out of this node: [edge type, edge name, index of the target node]. */
  edges?: [string, string, number][];
}

/** A snapshot in V8's format: nodes and edges as flat rows of their fields, names in `strings`. */
function snapshot(nodes: Node[]): Snapshot {
  const strings: string[] = [];
  const str = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const nodeFields = ['type', 'name', 'id', 'self_size', 'edge_count'];
  return {
    snapshot: {
      meta: { node_fields: nodeFields, node_types: [NODE_TYPES], edge_fields: ['type', 'name_or_index', 'to_node'], edge_types: [EDGE_TYPES] },
    },
    nodes: nodes.flatMap((n) => [NODE_TYPES.indexOf(n.type), str(n.name ?? ''), n.id, n.size, n.edges?.length ?? 0]),
    // Element and hidden edges carry their index; the others, their name in `strings`.
    edges: nodes.flatMap((n) =>
      (n.edges ?? []).flatMap(([type, name, to]) => [EDGE_TYPES.indexOf(type), type === 'element' || type === 'hidden' ? Number(name) : str(name), to * nodeFields.length]),
    ),
    strings,
  };
}

describe('heap snapshot split', () => {
  it('counts code apart from objects, and leaves out native and synthetic nodes', () => {
    const sizes: [string, number][] = [
      ['synthetic', 0],
      ['object', 100],
      ['closure', 32],
      ['string', 40],
      ['array', 16],
      ['object shape', 80],
      ['hidden', 8],
      ['code', 500],
      ['code', 250],
      ['native', 10_000],
    ];
    const stats = heapStatsOf(snapshot(sizes.map(([type, size], i) => ({ type, id: i + 1, size }))));
    expect(stats).toEqual({ objectBytes: 276, codeBytes: 750 });
  });

  it('gives zero for an empty snapshot', () => {
    expect(heapStatsOf(snapshot([]))).toEqual({ objectBytes: 0, codeBytes: 0 });
  });
});

describe('what was allocated between two snapshots and is still alive', () => {
  // Ids up to 10 existed at the first snapshot, up to 20 at the second; 21 and on came after it.
  const last = snapshot([
    { type: 'synthetic', name: 'root', id: 1, size: 0, edges: [['property', 'game', 1]] },
    { type: 'object', name: 'Game', id: 3, size: 50, edges: [['property', 'history', 2], ['weak', 'cache', 5]] },
    { type: 'array', name: '', id: 5, size: 20, edges: [['element', '0', 3], ['element', '1', 4]] },
    { type: 'object', name: 'Visitor', id: 13, size: 40 },
    { type: 'object', name: 'Visitor', id: 15, size: 40 },
    { type: 'object', name: 'Cached', id: 17, size: 8 },
    { type: 'object', name: 'Visitor', id: 23, size: 40 },
  ]);

  it('finds the highest id', () => {
    expect(maxNodeId(last)).toBe(23);
  });

  it('groups the things of the middle span by what they are, biggest first, and says who holds them', () => {
    const groups = retainedBetween(last, 10, 20);
    expect(groups.map(({ what, count, bytes }) => ({ what, count, bytes }))).toEqual([
      { what: 'object:Visitor', count: 2, bytes: 80 },
      { what: 'object:Cached', count: 1, bytes: 8 },
    ]);
    expect(groups[0]?.path).toBe('<-[0]- array: <-history- object:Game <-game- synthetic:root');
    // Only a weak edge points at it: nothing strong holds it.
    expect(groups[1]?.path).toBe('(held by a root)');
  });
});
