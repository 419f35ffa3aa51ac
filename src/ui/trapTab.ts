// Keeps keyboard focus inside a dialog (the settings panel, the pause menu).

/** Tab and Shift+Tab wrap round inside the dialog instead of leaving for the browser's bar. */
export function trapTab(dialog: HTMLElement, event: KeyboardEvent): void {
  const focusable = [...dialog.querySelectorAll<HTMLElement>('button, input, [tabindex="0"]')].filter((n) => !n.hasAttribute('disabled'));
  // Radio groups take one tab stop: the checked radio.
  const stops = focusable.filter((n) => !(n instanceof HTMLInputElement && n.type === 'radio' && !n.checked));
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    last.focus();
    event.preventDefault();
  } else if (!event.shiftKey && document.activeElement === last) {
    first.focus();
    event.preventDefault();
  }
}
