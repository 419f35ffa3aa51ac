// The IDs of the fact catalogue (src/content/facts.ts) on their own: level
// files are checked against them when they load, and this small list keeps
// the catalogue's texts out of the JavaScript loaded at start (they are only
// needed in the debrief). tests/unit/facts.test.ts keeps the two in step.
export const FACT_IDS: ReadonlySet<string> = new Set([
  ...Array.from({ length: 37 }, (_, i) => `F${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 21 }, (_, i) => `S${String(i + 1).padStart(2, '0')}`),
]);
