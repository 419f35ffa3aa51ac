// The key part of the settings dialog: one row per action with its keys and a
// "Change" button. Pressing it waits for the next key; Escape cancels, a key
// another action holds is refused with a message, Tab stays for navigation.
import { keyLabel, keysLabel } from '../input/keyLabels';
import { DEFAULT_KEYS, KEY_ACTIONS, copyKeys, isKeyCode, remapKey, type KeyAction } from '../settings';
import { settingsStore } from '../settingsStore';
import type { UiContext } from './context';
import { el } from './dom';

/** Keys that run the menus themselves; mapping them would trap a keyboard user. */
const RESERVED = new Set(['Tab', 'Enter', 'NumpadEnter']);

export function keyCaptureSection(ui: UiContext, say: (text: string) => void): { node: HTMLElement; dispose: () => void } {
  const { t } = ui;
  const lang = () => ui.store.getState().lang;
  let capturing: { action: KeyAction; button: HTMLButtonElement } | null = null;

  const rows = el('ul', { class: 'key-list' });
  const renderRows = () => {
    const keys = settingsStore.getState().keys;
    rows.replaceChildren(
      ...KEY_ACTIONS.map((action) => {
        const name = t(`settings.action.${action}`);
        const current = keysLabel(lang(), keys, action);
        const button = el('button', {
          type: 'button',
          class: 'btn btn-small',
          id: `settings-key-${action}`,
          'data-action': action,
          'aria-label': `${t('settings.change')}: ${name} (${current})`,
          text: t('settings.change'),
        });
        button.addEventListener('click', () => startCapture(action, button));
        return el('li', { class: 'key-row' }, [el('span', { class: 'key-action', text: name }), el('kbd', { class: 'key-current', text: current }), button]);
      }),
    );
  };

  const startCapture = (action: KeyAction, button: HTMLButtonElement) => {
    capturing = { action, button };
    button.textContent = '…';
    button.setAttribute('aria-pressed', 'true');
    say(t('settings.pressKey', { action: t(`settings.action.${action}`) }));
  };

  const finish = (message: string, focusAction: KeyAction) => {
    capturing = null;
    renderRows();
    say(message);
    document.getElementById(`settings-key-${focusAction}`)?.focus();
  };

  // Capture phase on the dialog: the key reaches us before any button reacts to it.
  const onKey = (event: KeyboardEvent) => {
    if (!capturing) return;
    const { action } = capturing;
    const name = t(`settings.action.${action}`);
    if (['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return; // wait for a real key
    event.preventDefault();
    event.stopPropagation();
    if (event.code === 'Escape') return finish(t('settings.cancelled'), action);
    if (RESERVED.has(event.code) || !isKeyCode(event.code)) {
      return finish(t('settings.keyReserved', { key: keyLabel(lang(), event.code || event.key) }), action);
    }
    const result = remapKey(settingsStore.getState().keys, action, event.code);
    if (!result.ok) {
      return finish(t('settings.keyTaken', { key: keyLabel(lang(), event.code), action: t(`settings.action.${result.takenBy}`) }), action);
    }
    settingsStore.setState({ keys: result.keys });
    finish(t('settings.keySet', { action: name, key: keyLabel(lang(), event.code) }), action);
  };
  document.addEventListener('keydown', onKey, true);

  const reset = el('button', { type: 'button', class: 'btn btn-small', id: 'settings-reset-keys', text: t('settings.resetKeys') });
  reset.addEventListener('click', () => {
    settingsStore.setState({ keys: copyKeys(DEFAULT_KEYS) });
    renderRows();
    say(t('settings.keysReset'));
  });
  renderRows();

  const node = el('fieldset', { class: 'settings-keys' }, [
    el('legend', { text: t('settings.keys') }),
    el('p', { class: 'settings-note', text: t('settings.keysHelp') }),
    rows,
    reset,
  ]);
  return { node, dispose: () => document.removeEventListener('keydown', onKey, true) };
}
