// The texts of the content data at one text level: every fact and fiction
// card, the article's provenance, the label meanings (one wording for both
// levels) and the source check's statements with their reasons.
import { ARTICLE_PROVENANCE, ARTICLE_PROVENANCE_PLAIN, FACTS } from '../../../src/content/facts';
import { LABEL_HELP, SOURCE_LABELS } from '../../../src/content/labels';
import type { Lang, TextLevel } from '../../../src/i18n';
import { shippedStatements } from './statements';

/** The cards of the citizen file: every fact and fiction card, and the article's provenance. */
export function cardTexts(level: TextLevel, lang: Lang): string[] {
  const simple = level === 'simple';
  return [...FACTS.map((f) => (simple ? f.plain : f.text)[lang]), (simple ? ARTICLE_PROVENANCE_PLAIN : ARTICLE_PROVENANCE)[lang]];
}

export function contentTexts(level: TextLevel, lang: Lang): string[] {
  const simple = level === 'simple';
  return [
    ...cardTexts(level, lang),
    ...SOURCE_LABELS.map((l) => LABEL_HELP[l][lang]),
    ...shippedStatements().statements.flatMap((s) => (simple ? [s.plain[lang], s.plainWhy[lang]] : [s.text[lang], s.why[lang]])),
  ];
}
