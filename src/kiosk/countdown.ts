// "Are you still there?": shown when a visitor has not touched the screen for
// a while, with the seconds left and a big "Keep playing" button. Any touch
// anywhere counts as still there (the controller watches input itself).
import { el, setText } from '../ui/dom';

export interface Countdown {
  show(secondsLeft: number): void;
  hide(): void;
  destroy(): void;
}

export function createCountdown(t: (key: string, vars?: Record<string, string | number>) => string, keepPlaying: () => void): Countdown {
  let box: HTMLElement | null = null;
  let text: HTMLElement | null = null;
  let shown = -1;
  const hide = () => {
    box?.remove();
    box = null;
    text = null;
    shown = -1;
  };
  return {
    show(secondsLeft) {
      if (!box) {
        text = el('p', { class: 'kiosk-countdown-text', id: 'kiosk-countdown-text', 'aria-live': 'assertive' });
        const button = el('button', { type: 'button', class: 'btn btn-primary kiosk-big', id: 'kiosk-keep-playing', text: t('kiosk.keepPlaying') });
        button.addEventListener('click', keepPlaying);
        box = el('div', { class: 'kiosk-countdown', id: 'kiosk-countdown', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'kiosk-countdown-title', 'aria-describedby': 'kiosk-countdown-text' }, [
          el('div', { class: 'kiosk-dialog' }, [el('h2', { id: 'kiosk-countdown-title', text: t('kiosk.countdownTitle') }), text, button]),
        ]);
        document.body.append(box);
        button.focus();
      }
      if (text && secondsLeft !== shown) {
        shown = secondsLeft;
        box.dataset.seconds = String(secondsLeft);
        setText(text, t('kiosk.countdownText', { seconds: secondsLeft }));
      }
    },
    hide,
    destroy: hide,
  };
}
