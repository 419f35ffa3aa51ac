// Content data (fact cards, statements) carries both text levels side by
// side: `text` and `plain`, `why` and `plainWhy`. Screens pick the one for
// the page's text level here, so no screen tests the level itself.
import { textLevel, type Lang } from './index';

type Words = Readonly<Record<Lang, string>>;

/** The standard or the simple wording, by the page's text level. */
export function leveled(standard: Words, simple: Words, lang: Lang): string {
  return (textLevel() === 'simple' ? simple : standard)[lang];
}
