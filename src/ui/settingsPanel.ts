// The settings dialog: sound, text size, motion, language, text level and keys. A native
// modal <dialog> (the page behind it is inert), Tab kept inside, Escape
// closes it, focus goes back where it came from. It writes the settings store;
// saving and applying happen in applySettings.ts.
import { languageButtons } from './languageButtons';
import { textLevelButtons } from './textLevelButtons';
import { textsShown } from '../store/gameStore';
import { MOTION_CHOICES, TEXT_SIZES, type MotionChoice, type TextSize } from '../settings';
import { settingsStore } from '../settingsStore';
import type { UiContext } from './context';
import { readUrlOptions } from '../urlParams';
import { el } from './dom';
import { keyCaptureSection } from './settingsPanelKeys';
import { trapTab } from './trapTab';

const PANEL_ID = 'settings-dialog';

/** Opens the panel (once); `opener` gets focus back when it closes. */
export function openSettings(ui: UiContext, opener: HTMLElement | null): void {
  if (document.getElementById(PANEL_ID)) return;
  const dialog = el('dialog', { id: PANEL_ID, class: 'settings-dialog', 'aria-labelledby': 'settings-title' });
  document.body.append(dialog);

  let disposeKeys: () => void = () => undefined;
  const render = () => {
    disposeKeys();
    const { t } = ui;
    const s = settingsStore.getState();
    const status = el('p', { class: 'settings-status', role: 'status', id: 'settings-status' });
    const keys = keyCaptureSection(ui, (text) => (status.textContent = text));
    disposeKeys = keys.dispose;
    const close = el('button', { type: 'button', class: 'btn btn-primary', id: 'settings-close', text: t('settings.close') });
    close.addEventListener('click', () => dialog.close());

    dialog.replaceChildren(
      el('div', { class: 'settings-box' }, [
        el('h2', { id: 'settings-title', text: t('settings.title') }),
        el('fieldset', {}, [
          el('legend', { text: t('settings.sound') }),
          volumeSlider('effects', t('settings.effectsVolume'), s.effectsVolume, (v) => settingsStore.setState({ effectsVolume: v })),
          volumeSlider('ambience', t('settings.ambienceVolume'), s.ambienceVolume, (v) => settingsStore.setState({ ambienceVolume: v })),
          checkbox('settings-mute', t('settings.mute'), s.muted, (on) => settingsStore.setState({ muted: on })),
          el('p', { class: 'settings-note', text: t('settings.soundNote') }),
          // In kiosk mode the sound waits for a touch; say so, so nobody thinks it is broken.
          readUrlOptions(window.location.search).mode === 'kiosk' && document.documentElement.dataset.sound === 'waiting'
            ? el('p', { class: 'settings-note', id: 'settings-kiosk-muted', text: t('settings.kioskMuted') })
            : null,
        ]),
        el('fieldset', {}, [
          el('legend', { text: t('settings.display') }),
          radioGroup(
            'text-size',
            t('settings.textSize'),
            TEXT_SIZES.map((size) => ({ value: String(size), label: `${size} %` })),
            String(s.textSize),
            (v) => settingsStore.setState({ textSize: Number(v) as TextSize }),
          ),
          radioGroup(
            'motion',
            t('settings.motion'),
            MOTION_CHOICES.map((m) => ({ value: m, label: t(`settings.motion${m === 'system' ? 'System' : m === 'reduce' ? 'Reduce' : 'Full'}`) })),
            s.motion,
            (v) => settingsStore.setState({ motion: v as MotionChoice }),
          ),
        ]),
        el('fieldset', {}, [
          el('legend', { text: t('settings.language') }),
          el('div', { class: 'lang-row' }, languageButtons(ui.store)),
        ]),
        el('fieldset', {}, [
          el('legend', { text: t('settings.textLevel') }),
          el('div', { class: 'text-level-row' }, textLevelButtons(ui.store)),
        ]),
        keys.node,
        status,
        el('p', { class: 'settings-note', text: t('settings.stored') }),
        close,
      ]),
    );
  };
  render();

  // A switch of language or text level rewrites the panel in place and keeps focus on the same control.
  const unsubscribeLang = ui.store.subscribe(textsShown, () => {
    const focused = (document.activeElement as HTMLElement | null)?.dataset;
    const selector = focused?.lang ? `[data-lang="${focused.lang}"]` : focused?.text ? `[data-text="${focused.text}"]` : null;
    render();
    dialog.lang = ui.store.getState().lang;
    const again = selector ? dialog.querySelector<HTMLElement>(selector) : null;
    (again ?? dialog.querySelector<HTMLElement>('#settings-close'))?.focus();
  });

  // Keys pressed in the dialog belong to the dialog: they never walk, pause or act in the game.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Tab') trapTab(dialog, event);
    event.stopPropagation();
  });
  dialog.addEventListener('keyup', (event) => event.stopPropagation());
  dialog.addEventListener('close', () => {
    unsubscribeLang();
    disposeKeys();
    dialog.remove();
    // The opener may have been redrawn (language switch): fall back to the button of the same id.
    const target = opener?.isConnected ? opener : opener?.id ? document.getElementById(opener.id) : null;
    target?.focus();
  });
  dialog.showModal();
  dialog.querySelector<HTMLElement>('input, button')?.focus();
}

function volumeSlider(id: string, label: string, value: number, onChange: (v: number) => void): HTMLElement {
  const inputId = `settings-${id}-volume`;
  const input = el('input', { type: 'range', id: inputId, min: 0, max: 100, step: 5, value: Math.round(value * 100) });
  const shown = el('output', { for: inputId, class: 'settings-value', text: `${Math.round(value * 100)} %` });
  input.setAttribute('aria-valuetext', `${Math.round(value * 100)} %`);
  input.addEventListener('input', () => {
    const v = Number(input.value) / 100;
    shown.textContent = `${input.value} %`;
    input.setAttribute('aria-valuetext', `${input.value} %`);
    onChange(v);
  });
  return el('div', { class: 'settings-row' }, [el('label', { for: inputId, text: label }), input, shown]);
}

function checkbox(id: string, label: string, checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const input = el('input', { type: 'checkbox', id, checked });
  input.addEventListener('change', () => onChange(input.checked));
  return el('div', { class: 'settings-row settings-check' }, [input, el('label', { for: id, text: label })]);
}

function radioGroup(name: string, label: string, options: { value: string; label: string }[], current: string, onChange: (v: string) => void): HTMLElement {
  const labelId = `settings-${name}-label`;
  return el('div', { class: 'settings-radios', role: 'radiogroup', 'aria-labelledby': labelId }, [
    el('p', { id: labelId, class: 'settings-group-label', text: label }),
    ...options.map((o) => {
      const id = `settings-${name}-${o.value}`;
      const input = el('input', { type: 'radio', name: `settings-${name}`, id, value: o.value, checked: o.value === current });
      input.addEventListener('change', () => input.checked && onChange(o.value));
      return el('div', { class: 'settings-check' }, [input, el('label', { for: id, text: o.label })]);
    }),
  ]);
}
