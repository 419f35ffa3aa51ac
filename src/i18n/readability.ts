// How easily a set of texts reads: sentence lengths in words and one
// readability index per language (Flesch reading ease for English, the first
// Wiener Sachtextformel by Bamberger and Vanecek for German). Used by the
// unit test that holds the simple text level to its limits and prints the
// figures the README gives. Counting is a heuristic, as in every tool of this
// kind: syllables are groups of vowels, and a sentence ends at . ! ? ; or a
// line break (a colon does not end one, so "Gate closed: …" counts as one).
import type { Lang } from './features';

export interface Readability {
  /** Texts with at least one sentence mark (running text, not buttons or names). */
  texts: number;
  sentences: number;
  words: number;
  meanSentenceWords: number;
  longestSentenceWords: number;
  longestSentence: string;
  /** Flesch reading ease (English, higher is easier) or Wiener Sachtextformel (German, a school grade: lower is easier). */
  index: number;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = ['z. B.', 'z.B.', 'd. h.', 'u. a.', 'e.g.', 'i.e.', 'etc.', 'Art.', 'Abs.', 'Buchst.', 'Nr.', 'Ltd.', 'Dr.', 'bzw.', 'ca.', 'usw.', 'vs.', 'Mio.', 'Mrd.', 'St.', 'Inc.', 'Co.', 'No.', 'Nr.'];
const SENTENCE_END = /(?<=[.!?;…])\s+|\n+/;
const PLACEHOLDER = /\{\w+\}/g;
const WORD = /[\p{L}\p{N}]/u;

/** True when a text is running text (has a sentence mark), not a title, a button or a name. */
export function isProse(text: string): boolean {
  return /[.!?;…]/.test(text.replace(PLACEHOLDER, ''));
}

/** The sentences of one text, with placeholders counted as one word each. */
export function sentencesOf(text: string): string[] {
  let masked = text.replace(PLACEHOLDER, 'X');
  ABBREVIATIONS.forEach((abbreviation, i) => {
    masked = masked.split(abbreviation).join(`\uE000${i}\uE000`);
  });
  return masked
    .split(SENTENCE_END)
    .map((s) => s.replace(/\uE000(\d+)\uE000/g, (_, i: string) => ABBREVIATIONS[Number(i)] ?? ''))
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

/** Words: runs between spaces and dashes that hold a letter or a digit. */
export function wordsOf(sentence: string): string[] {
  return sentence.split(/[\s/–—]+/).filter((w) => WORD.test(w));
}

/** Syllables of one word: groups of vowels (German umlauts count; a silent English final e does not). */
export function syllables(word: string, lang: Lang): number {
  const w = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (w.length === 0) return 1; // a number: read as one unit
  const vowels = lang === 'de' ? /[aeiouyäöü]+/g : /[aeiouy]+/g;
  let count = (w.match(vowels) ?? []).length;
  if (lang === 'en' && w.length > 2 && w.endsWith('e') && !w.endsWith('le') && !/[aeiouy]e$/.test(w)) count -= 1;
  return Math.max(1, count);
}

/** Measures all texts of one language and level (running text only; see `isProse`). */
export function measure(texts: readonly string[], lang: Lang): Readability {
  const prose = texts.filter(isProse);
  const sentences = prose.flatMap(sentencesOf);
  const words = sentences.flatMap(wordsOf);
  let longest = '';
  let longestWords = 0;
  for (const s of sentences) {
    const n = wordsOf(s).length;
    if (n > longestWords) [longest, longestWords] = [s, n];
  }
  const meanSentenceWords = sentences.length === 0 ? 0 : words.length / sentences.length;
  const counts = words.map((w) => syllables(w, lang));
  const total = words.length || 1;
  let index: number;
  if (lang === 'en') {
    const syllablesPerWord = counts.reduce((a, b) => a + b, 0) / total;
    index = 206.835 - 1.015 * meanSentenceWords - 84.6 * syllablesPerWord;
  } else {
    const share = (pass: (i: number) => boolean) => (100 * counts.filter((_, i) => pass(i)).length) / total;
    const manySyllables = share((i) => (counts[i] ?? 0) >= 3);
    const longWords = share((i) => (words[i]?.replace(/[^\p{L}]/gu, '').length ?? 0) > 6);
    const oneSyllable = share((i) => counts[i] === 1);
    index = 0.1935 * manySyllables + 0.1672 * meanSentenceWords + 0.1297 * longWords - 0.0327 * oneSyllable - 0.875;
  }
  return {
    texts: prose.length,
    sentences: sentences.length,
    words: words.length,
    meanSentenceWords,
    longestSentenceWords: longestWords,
    longestSentence: longest,
    index,
  };
}

/** Every string in a text tree (objects and lists), in order. */
export function stringsIn(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (Array.isArray(tree)) return tree.flatMap(stringsIn);
  if (tree !== null && typeof tree === 'object') return Object.values(tree).flatMap(stringsIn);
  return [];
}
