// Globals that tests and the bench put on a page themselves (init scripts,
// evaluate), typed once here instead of a cast at every use. The game's own
// test interface, window.__punktestand, is typed in src/testing/testApi.ts.
declare global {
  interface Window {
    /** reliability.test.ts: the WebGL context-loss extension, to restore the context again. */
    __lose?: WEBGL_lose_context;
    /** brokenLevels.test.ts: set by a level file's script if one ever ran (it must not). */
    __pwned?: number;
    /** bench: when Start could be pressed and when the first city frame was drawn (performance.now()). */
    __startup?: { ready?: number; city?: number };
    /** bench: keydown, score change in the DOM, and the next frame (performance.now()). */
    __input?: { down?: number; dom?: number; screen?: number };
  }
}

export {};
