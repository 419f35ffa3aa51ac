// Word runs ("shingles") for the copy check. The article itself may not be
// copied into the repository, so the repository keeps only hashes of its
// 8-word runs (tests/fixtures/article-shingles.json), made by
// scripts/article-shingles.mjs from ../shared/seeds/article-de.txt.
export const SHINGLE_WORDS = 8;

export function words(s: string): string[] {
  return s
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

export function shingles(ws: readonly string[], n = SHINGLE_WORDS): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= ws.length; i++) out.push(ws.slice(i, i + n).join(' '));
  return out;
}

/** FNV-1a, 32 bit, as 8 hex digits: enough to recognise a run, useless to restore the text. */
export function hashShingle(s: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
