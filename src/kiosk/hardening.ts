// What a public touch screen must not allow: pinch-zoom, text selection,
// the context menu (long press), a visible cursor. The CSS half of this is
// scoped under html[data-mode="kiosk"] in kiosk.css.
export function hardenPage(): void {
  document.documentElement.dataset.mode = 'kiosk';
  const viewport = document.querySelector<HTMLMetaElement>('meta[name="viewport"]');
  if (viewport) viewport.content = 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no, viewport-fit=cover';
  const block = (event: Event) => event.preventDefault();
  window.addEventListener('contextmenu', block);
  window.addEventListener('selectstart', block);
  window.addEventListener('dragstart', block);
  // Safari's pinch gesture, and two-finger zoom everywhere else.
  window.addEventListener('gesturestart', block);
  window.addEventListener('touchmove', (event) => {
    if (event.touches.length > 1) event.preventDefault();
  }, { passive: false });
  window.addEventListener('wheel', (event) => {
    if (event.ctrlKey) event.preventDefault();
  }, { passive: false });
}
