// The attract loop's call to play, over the city where the bot walks. The
// whole screen is one touch target; two big buttons in the lower half start
// in a chosen language, named in its own language. The call alternates
// between German and English every few seconds (far slower than 2 per second).
// A museum may switch on two more buttons (kiosk-config.json,
// "simpleTextButtons"): each language in simple text, named in its own style.
import { translate, LANGS, TEXT_LEVEL_NAMES, type Lang, type TextLevel } from '../i18n';
import { el } from '../ui/dom';

const ALTERNATE_MS = 3500;

export function renderAttract(start: (lang: Lang | null, textLevel: TextLevel | null) => void, firstLang: Lang, simpleButtons = false): () => void {
  const call = el('p', { class: 'kiosk-call', id: 'kiosk-call', 'aria-hidden': 'true' });
  const line = el('p', { class: 'kiosk-line', 'aria-hidden': 'true' });
  const startButton = (lang: Lang, textLevel: TextLevel | null) => {
    const simple = textLevel === 'simple';
    const button = el(
      'button',
      { type: 'button', class: `btn btn-primary kiosk-big${simple ? ' kiosk-simple' : ''}`, lang, 'data-lang': lang, ...(simple ? { 'data-text': 'simple' } : {}) },
      simple ? [translate(lang, 'kiosk.startIn'), el('span', { class: 'kiosk-simple-name', text: TEXT_LEVEL_NAMES[lang].simple.name })] : [translate(lang, 'kiosk.startIn')],
    );
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      start(lang, textLevel);
    });
    return button;
  };
  const buttons = [...LANGS.map((lang) => startButton(lang, simpleButtons ? 'standard' : null)), ...(simpleButtons ? LANGS.map((lang) => startButton(lang, 'simple')) : [])];
  const label = LANGS.map((lang) => translate(lang, 'kiosk.touch')).join(' / ');
  const overlay = el('div', { class: 'kiosk-attract', id: 'kiosk-attract', role: 'button', tabindex: '0', 'aria-label': label }, [
    el('div', { class: 'kiosk-attract-panel' }, [call, line, el('div', { class: simpleButtons ? 'kiosk-start-row with-simple' : 'kiosk-start-row' }, buttons)]),
  ]);
  overlay.addEventListener('click', () => start(null, null));
  // Touch first, but a keyboard attached for maintenance works too.
  overlay.addEventListener('keydown', (event) => {
    if (event.target === overlay && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      start(null, null);
    }
  });

  let index = Math.max(0, LANGS.indexOf(firstLang));
  const showCall = () => {
    const lang = LANGS[index % LANGS.length] as Lang;
    call.textContent = translate(lang, 'kiosk.touch');
    call.lang = lang;
    line.textContent = translate(lang, 'kiosk.attractLine');
    line.lang = lang;
    overlay.dataset.callLang = lang;
    index++;
  };
  showCall();
  const timer = window.setInterval(showCall, ALTERNATE_MS);
  document.body.append(overlay);
  return () => {
    window.clearInterval(timer);
    overlay.remove();
  };
}
