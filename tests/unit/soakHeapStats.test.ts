// The soak's split of a heap snapshot: compiled code apart from the objects
// the page keeps, and the browser's own (native) objects in neither.
import { describe, expect, it } from 'vitest';
import { heapStatsOf } from '../../soak/heapStats';

/** A snapshot in V8's format: nodes as flat rows of the node fields, types by index. */
function snapshot(rows: [type: string, size: number][]) {
  const fields = ['type', 'name', 'id', 'self_size', 'edge_count'];
  const types = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'native', 'synthetic', 'object shape'];
  return {
    snapshot: { meta: { node_fields: fields, node_types: [types] as [string[]] } },
    nodes: rows.flatMap(([type, size], i) => [types.indexOf(type), 0, i + 1, size, 0]),
  };
}

describe('heap snapshot split', () => {
  it('counts code apart from objects, and leaves out native and synthetic nodes', () => {
    const stats = heapStatsOf(
      snapshot([
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
      ]),
    );
    expect(stats).toEqual({ objectBytes: 276, codeBytes: 750 });
  });

  it('gives zero for an empty snapshot', () => {
    expect(heapStatsOf(snapshot([]))).toEqual({ objectBytes: 0, codeBytes: 0 });
  });
});
