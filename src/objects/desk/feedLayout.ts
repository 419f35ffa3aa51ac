// Where the camera feeds sit on the canvas. The desk's DOM panel takes the
// rest (the same split in style.css): the right 40 % in landscape, the
// bottom half in portrait.
export interface FeedRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const PANEL_SHARE = { landscape: 0.4, portrait: 0.52 } as const;

/** The big feed (the open flag's camera) and three small fixed feeds beneath it. */
export function feedRects(width: number, height: number): { main: FeedRect; small: FeedRect[] } {
  const landscape = width >= height;
  const area = landscape
    ? { x: 0, y: 0, w: Math.round(width * (1 - PANEL_SHARE.landscape)), h: height }
    : { x: 0, y: 0, w: width, h: Math.round(height * (1 - PANEL_SHARE.portrait)) };
  const gap = 4;
  const mainH = Math.round(area.h * 0.64);
  const smallH = area.h - mainH - gap;
  const smallW = Math.floor((area.w - 2 * gap) / 3);
  return {
    main: { x: area.x, y: area.y, w: area.w, h: mainH },
    small: [0, 1, 2].map((i) => ({ x: area.x + i * (smallW + gap), y: area.y + mainH + gap, w: smallW, h: smallH })),
  };
}
