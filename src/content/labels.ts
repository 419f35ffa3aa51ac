// The one table of source labels: the words every screen uses to say where a
// mechanic, a card or a statement comes from (debrief, kiosk, control desk,
// lesson guide, class view, source check). No screen writes its own label
// words; a unit test fails if one does.
//
// The kinds follow ../shared/facts.md: the article's reports, claims and
// figures; reports by a named source outside the article; the article's own
// opinion; the game's inventions; the EU law; other research.

export type SourceLabel = 'report' | 'report-other' | 'claim' | 'figure' | 'opinion' | 'fiction' | 'law' | 'context';

/** In the order the debrief's legend lists them. */
export const SOURCE_LABELS: readonly SourceLabel[] = ['report', 'report-other', 'claim', 'figure', 'opinion', 'fiction', 'law', 'context'];

/**
 * The four labels a player sorts statements into in the source check, and
 * that a 13-year-old can tell apart by asking "who says so?". They use the
 * same words as the full table.
 */
export type CheckLabel = 'report' | 'claim' | 'opinion' | 'fiction';
export const CHECK_LABELS: readonly CheckLabel[] = ['report', 'claim', 'opinion', 'fiction'];

type Words = { de: string; en: string };

/** The label word, as shown on a card's badge. */
export const LABEL_WORDS: Readonly<Record<SourceLabel, Words>> = {
  report: { de: 'Berichtet', en: 'Reported' },
  'report-other': { de: 'Berichtet (andere Quelle)', en: 'Reported (other source)' },
  claim: { de: 'Eigene Angabe', en: 'Own claim' },
  figure: { de: 'Zahl', en: 'Figure' },
  opinion: { de: 'Meinung', en: 'Opinion' },
  fiction: { de: 'Vom Spiel erfunden', en: 'Invented by the game' },
  law: { de: 'Gesetz', en: 'Law' },
  context: { de: 'Andere Forschung', en: 'Other research' },
};

/** What the label means, in one sentence, for legends and the lesson guide. */
export const LABEL_HELP: Readonly<Record<SourceLabel, Words>> = {
  report: {
    de: 'Der Artikel beschreibt es als etwas, das wirklich geschieht.',
    en: 'The article describes it as really happening.',
  },
  'report-other': {
    de: 'Eine andere genannte Quelle berichtet es, nicht der Artikel.',
    en: 'A named source other than the article reports it.',
  },
  claim: {
    de: 'Ein Unternehmen oder eine Behörde sagt es über sich selbst. Niemand hat es unabhängig geprüft.',
    en: 'A company or authority says it about itself. Nobody has checked it independently.',
  },
  figure: {
    de: 'Eine Zahl, die der Artikel nennt (Stand etwa 2018).',
    en: 'A number the article quotes (from about 2018).',
  },
  opinion: {
    de: 'Das eigene Urteil des Artikels, kein Bericht über Tatsachen.',
    en: 'The article’s own judgement, not a report of facts.',
  },
  fiction: {
    de: 'Die eigene Übertreibung des Spiels. Sie steht nicht im Artikel.',
    en: 'The game’s own exaggeration. It is not in the article.',
  },
  law: {
    de: 'Aus der KI-Verordnung der EU, nicht aus dem Artikel.',
    en: 'From the EU’s AI Act, not from the article.',
  },
  context: {
    de: 'Was andere Forschung über das Bild des Artikels sagt.',
    en: 'What other research says about the picture the article paints.',
  },
};

export function labelWord(label: SourceLabel, lang: 'de' | 'en'): string {
  return LABEL_WORDS[label][lang];
}

export function labelHelp(label: SourceLabel, lang: 'de' | 'en'): string {
  return LABEL_HELP[label][lang];
}
