// The language switch, the same on every screen: each language named in its
// own language, the current one pressed.
import { ensureTexts, LANGS, LANGUAGES, loadedFeatures, type Lang } from '../i18n';
import type { GameStore } from '../store/gameStore';
import { el } from './dom';

let latestChoice = 0;

/**
 * Switches the language once its texts are there: the new language's core and
 * every feature already loaded in the old one, so the screen redraws in full
 * (never a raw key). Only the latest of quick successive choices wins.
 */
export async function chooseLanguage(store: GameStore, lang: Lang): Promise<void> {
  const choice = ++latestChoice;
  try {
    await ensureTexts(lang, ...loadedFeatures(store.getState().lang));
  } catch (error) {
    // Offline before the other language was ever fetched: stay in this one.
    console.error(error);
    return;
  }
  if (choice === latestChoice) store.getState().setLang(lang);
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
