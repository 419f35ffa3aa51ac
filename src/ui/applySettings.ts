// Keeps the page in step with the settings: saves every change, sets the text
// size and the motion choice on <html>, and remembers the language the player
// picks. Nothing else is stored.
import { saveSettings, type Settings } from '../settings';
import { isMotionReduced, settingsStore } from '../settingsStore';
import type { GameStore } from '../store/gameStore';

/**
 * `persist: false` (kiosk mode) applies a visitor's changes for their session
 * only: a kiosk must keep nothing of the person who used it.
 */
export function applySettings(storage: Storage | null, store: GameStore, initial: Settings, persist = true): () => void {
  settingsStore.setState(initial, true);
  const root = document.documentElement;
  const paint = (s: Settings) => {
    root.style.setProperty('--text-scale', String(s.textSize / 100));
    root.dataset.textSize = String(s.textSize);
    // Read by style.css (no animations) and by tests: the state the game acts on.
    root.dataset.motion = isMotionReduced() ? 'reduced' : 'full';
  };
  paint(initial);
  const unsubscribeSettings = settingsStore.subscribe((s) => {
    paint(s);
    if (persist) saveSettings(storage, s);
  });
  // The language lives in the game store (every screen reads it); it is kept only once chosen.
  const unsubscribeLang = store.subscribe(
    (s) => s.lang,
    (lang) => settingsStore.setState({ lang }),
  );
  // So is the text level: a player who switches to simple text keeps it next time.
  const unsubscribeTextLevel = store.subscribe(
    (s) => s.textLevel,
    (textLevel) => settingsStore.setState({ textLevel }),
  );
  // The system setting can change while the page is open.
  const query = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  const onSystemChange = () => paint(settingsStore.getState());
  query?.addEventListener?.('change', onSystemChange);
  return () => {
    unsubscribeSettings();
    unsubscribeLang();
    unsubscribeTextLevel();
    query?.removeEventListener?.('change', onSystemChange);
  };
}
