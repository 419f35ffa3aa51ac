// A full screen over whatever the page shows (the start screen, the citizen
// file): everything else is inert while it is open, so keyboard and screen
// reader stay inside, and it comes back untouched when it closes.
import { el } from '../dom';

export interface Overlay {
  node: HTMLElement;
  close(): void;
}

export function openOverlay(root: HTMLElement, attrs: Record<string, string>): Overlay {
  const node = el('section', { class: 'screen check-screen', role: 'dialog', 'aria-modal': 'true', ...attrs });
  const others = [...root.children].filter((c): c is HTMLElement => c instanceof HTMLElement && !c.inert);
  for (const other of others) other.inert = true;
  root.append(node);
  let open = true;
  return {
    node,
    close: () => {
      if (!open) return;
      open = false;
      node.remove();
      for (const other of others) other.inert = false;
    },
  };
}
