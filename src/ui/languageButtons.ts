// The language switch, the same on every screen: each language named in its
// own language, the current one pressed.
import { ensureTexts, ensureTextsAt, LANGS, LANGUAGES, loadedFeatures, type Lang, type TextLevel } from '../i18n';
import type { GameStore } from '../store/gameStore';
import { el } from './dom';

type TextsChoice = { lang: Lang; textLevel: TextLevel };

let latestChoice = 0;
/** The language and level asked for while their texts load: a second quick choice builds on the first. */
let pending: TextsChoice | null = null;

/**
 * Switches the language and/or the text level once their texts are there: the
 * core and every feature already loaded now, so the screen redraws in full
 * (never a raw key). Quick successive choices add up (German, then simple:
 * simple German), and only the latest one switches.
 */
export async function chooseTexts(store: GameStore, change: Partial<TextsChoice>): Promise<void> {
  const choice = ++latestChoice;
  const { lang, textLevel } = store.getState();
  const wanted: TextsChoice = { lang, textLevel, ...pending, ...change };
  pending = wanted;
  try {
    await ensureTextsAt(wanted.lang, wanted.textLevel, ...loadedFeatures(lang));
  } catch (error) {
    // Offline before these texts were ever fetched: stay as we are.
    console.error(error);
    if (choice === latestChoice) pending = null;
    return;
  }
  if (choice !== latestChoice) return;
  pending = null;
  store.getState().setTextLevel(wanted.textLevel);
  store.getState().setLang(wanted.lang);
}

export function chooseLanguage(store: GameStore, lang: Lang): Promise<void> {
  return chooseTexts(store, { lang });
}

export function languageButtons(store: GameStore, className = 'btn btn-lang'): HTMLButtonElement[] {
  const current = store.getState().lang;
  return LANGS.map((l) => {
    const button = el('button', {
      type: 'button',
      class: className,
      lang: l,
      'aria-pressed': l === current ? 'true' : 'false',
      'data-lang': l,
      text: LANGUAGES[l].name,
    });
    // Fetch the other language's texts as the pointer or focus arrives, so the click finds them there.
    const preload = () => void ensureTexts(l, ...loadedFeatures(store.getState().lang)).catch(() => undefined);
    button.addEventListener('pointerenter', preload, { once: true });
    button.addEventListener('focus', preload, { once: true });
    button.addEventListener('click', () => void chooseLanguage(store, l));
    return button;
  });
}
