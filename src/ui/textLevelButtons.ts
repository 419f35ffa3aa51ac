// The text-level switch (issue 19): standard texts or simple ones (Einfache
// Sprache / plain English), on the start screen and in Settings. Each option
// is written in its own style, so a player sees what they will get before
// choosing. It switches through the language switch's own mechanism
// (chooseTexts): the texts load first, then the screen redraws, so a screen
// never shows a raw key.
import { TEXT_LEVEL_NAMES, TEXT_LEVELS, type TextLevel } from '../i18n';
import type { GameStore } from '../store/gameStore';
import { el } from './dom';
import { chooseTexts } from './languageButtons';

/** Switches the text level once its texts (the core and every feature loaded now) are there. */
export function chooseTextLevel(store: GameStore, level: TextLevel): Promise<void> {
  return chooseTexts(store, { textLevel: level });
}

/** Two toggle buttons, the current level pressed; `data-text` names the level for tests and styles. */
export function textLevelButtons(store: GameStore): HTMLButtonElement[] {
  const { lang, textLevel } = store.getState();
  return TEXT_LEVELS.map((level) => {
    const { name, sample } = TEXT_LEVEL_NAMES[lang][level];
    const button = el('button', { type: 'button', class: `btn btn-text-level text-level-${level}`, 'aria-pressed': String(level === textLevel), 'data-text': level }, [
      el('span', { class: 'text-level-name', text: name }),
      el('span', { class: 'text-level-sample', text: sample }),
    ]);
    button.addEventListener('click', () => void chooseTextLevel(store, level));
    return button;
  });
}
