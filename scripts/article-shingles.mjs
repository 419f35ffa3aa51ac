// Writes tests/fixtures/article-shingles.json: hashes of every 8-word run of
// the source article (kept beside the project in ../shared, never copied in).
// Run again if the article changes: node scripts/article-shingles.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const article = readFileSync(new URL('../../shared/seeds/article-de.txt', import.meta.url), 'utf8');
const words = article.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
const hash = (s) => {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
};
const hashes = new Set();
for (let i = 0; i + 8 <= words.length; i++) hashes.add(hash(words.slice(i, i + 8).join(' ')));
// The first run, in clear, lets the test prove that the check bites; it is the title.
const probe = words.slice(0, 8).join(' ');
writeFileSync(new URL('../tests/fixtures/article-shingles.json', import.meta.url), JSON.stringify({ words: 8, probe, hashes: [...hashes].sort() }) + '\n');
console.log(`${hashes.size} shingles written`);
