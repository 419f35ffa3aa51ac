// The attract loop's call to play, over the city where the bot walks. The
// whole screen is one touch target; two big buttons in the lower half start
// in a chosen language, named in its own language. The call alternates
// between German and English every few seconds (far slower than 2 per second).
import { translate, LANGS, type Lang } from '../i18n';
import { el } from '../ui/dom';

const ALTERNATE_MS = 3500;

export function renderAttract(start: (lang: Lang | null) => void, firstLang: Lang): () => void {
  const call = el('p', { class: 'kiosk-call', id: 'kiosk-call', 'aria-hidden': 'true' });
  const line = el('p', { class: 'kiosk-line', 'aria-hidden': 'true' });
  const buttons = LANGS.map((lang) => {
    const button = el('button', { type: 'button', class: 'btn btn-primary kiosk-big', lang, 'data-lang': lang, text: translate(lang, 'kiosk.startIn') });
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      start(lang);
    });
    return button;
  });
  const label = LANGS.map((lang) => translate(lang, 'kiosk.touch')).join(' / ');
  const overlay = el('div', { class: 'kiosk-attract', id: 'kiosk-attract', role: 'button', tabindex: '0', 'aria-label': label }, [
    el('div', { class: 'kiosk-attract-panel' }, [call, line, el('div', { class: 'kiosk-start-row' }, buttons)]),
  ]);
  overlay.addEventListener('click', () => start(null));
  // Touch first, but a keyboard attached for maintenance works too.
  overlay.addEventListener('keydown', (event) => {
    if (event.target === overlay && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      start(null);
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
