// Which keys are held right now, by `KeyboardEvent.code`, read through the
// player's key map. DOM events rather than Phaser's key objects, so a
// remapped key works at once without rebuilding anything.
import { KEY_ACTIONS, type KeyAction } from '../settings';
import { settingsStore } from '../settingsStore';

export class HeldKeys {
  private readonly held = new Set<string>();

  constructor(private readonly target: Window = window) {
    target.addEventListener('keydown', this.onDown);
    target.addEventListener('keyup', this.onUp);
    target.addEventListener('blur', this.onBlur);
  }

  /** Whether any key mapped to `action` is down. */
  isDown(action: KeyAction): boolean {
    return settingsStore.getState().keys[action].some((code) => this.held.has(code));
  }

  destroy(): void {
    this.target.removeEventListener('keydown', this.onDown);
    this.target.removeEventListener('keyup', this.onUp);
    this.target.removeEventListener('blur', this.onBlur);
    this.held.clear();
  }

  private readonly onDown = (event: KeyboardEvent) => {
    // Typing into a form field is not walking (the settings dialog stops its own keys).
    if (isEditing(event.target)) return;
    this.held.add(event.code);
    // Walk keys must not scroll the page.
    const walking = (['up', 'down', 'left', 'right'] as const).some((a) => settingsStore.getState().keys[a].includes(event.code));
    if (walking) event.preventDefault();
  };

  private readonly onUp = (event: KeyboardEvent) => {
    this.held.delete(event.code);
  };

  /** Keys released while the window had no focus would otherwise stick. */
  private readonly onBlur = () => this.held.clear();
}

function isEditing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The action for a key event under the current map (null when unmapped). */
export function actionOf(event: KeyboardEvent): KeyAction | null {
  const keys = settingsStore.getState().keys;
  for (const action of KEY_ACTIONS) if (keys[action].includes(event.code)) return action;
  return null;
}
