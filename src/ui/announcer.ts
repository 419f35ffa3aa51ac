// Screen-reader announcements through two aria-live regions: polite for score
// and errands, assertive only for sanctions and alarms.
import { el } from './dom';

export interface Announcer {
  polite(text: string): void;
  assertive(text: string): void;
}

export function createAnnouncer(root: HTMLElement): Announcer {
  const politeRegion = el('div', { id: 'announcer', class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'false' });
  const assertiveRegion = el('div', { id: 'alerts', class: 'sr-only', 'aria-live': 'assertive', 'aria-atomic': 'false' });
  root.append(politeRegion, assertiveRegion);
  // Keep only the last few lines so the regions never grow without bound.
  const push = (region: HTMLElement, text: string) => {
    region.append(el('p', { text }));
    while (region.childElementCount > 6) region.firstElementChild?.remove();
  };
  return {
    polite: (text) => push(politeRegion, text),
    assertive: (text) => push(assertiveRegion, text),
  };
}
