// Names of keys as people read them ("W", "↑", "Space" / "Leertaste"), for the
// help lines, the settings panel and the action button.
import { hasText, translate, type Lang } from '../i18n';
import type { KeyAction, KeyMap } from '../settings';

export function keyLabel(lang: Lang, code: string): string {
  if (hasText(lang, `settings.keyName.${code}`)) return translate(lang, `settings.keyName.${code}`);
  if (/^Key[A-Z]$/.test(code)) return code.slice(3);
  if (/^Digit\d$/.test(code)) return code.slice(5);
  if (/^Numpad\d$/.test(code)) return `Num ${code.slice(6)}`;
  return code;
}

/** "E or Space" for one action. */
export function keysLabel(lang: Lang, keys: KeyMap, action: KeyAction): string {
  return keys[action].map((code) => keyLabel(lang, code)).join(` ${translate(lang, 'settings.or')} `);
}

/** Placeholders for the help texts: {up} {down} {left} {right} {use} {pause} {walk}. */
export function keyVars(lang: Lang, keys: KeyMap): Record<string, string> {
  const first = (action: KeyAction) => keyLabel(lang, keys[action][0] ?? '');
  const walkAll = (['up', 'left', 'down', 'right'] as const).map(first).join(' ');
  const walkAlt = (['up', 'left', 'down', 'right'] as const).map((a) => keys[a][1]).every(Boolean)
    ? ` ${translate(lang, 'settings.or')} ${(['up', 'left', 'down', 'right'] as const).map((a) => keyLabel(lang, keys[a][1] ?? '')).join(' ')}`
    : '';
  return {
    up: keysLabel(lang, keys, 'up'),
    down: keysLabel(lang, keys, 'down'),
    left: keysLabel(lang, keys, 'left'),
    right: keysLabel(lang, keys, 'right'),
    use: keysLabel(lang, keys, 'use'),
    pause: keysLabel(lang, keys, 'pause'),
    walk: `${walkAll}${walkAlt}`,
  };
}
