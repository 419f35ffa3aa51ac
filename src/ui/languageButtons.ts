// The language switch, the same on every screen: each language named in its
// own language, the current one pressed.
import { LANGS, MESSAGES } from '../i18n';
import type { GameStore } from '../store/gameStore';
import { el } from './dom';

export function languageButtons(store: GameStore, className = 'btn btn-lang'): HTMLButtonElement[] {
  const current = store.getState().lang;
  return LANGS.map((l) => {
    const button = el('button', {
      type: 'button',
      class: className,
      lang: l,
      'aria-pressed': l === current ? 'true' : 'false',
      'data-lang': l,
      text: MESSAGES[l].meta.languageName,
    });
    button.addEventListener('click', () => store.getState().setLang(l));
    return button;
  });
}
