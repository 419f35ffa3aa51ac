// Puts a Content Security Policy into the built page: scripts, styles, level
// files and fonts only from the page's own origin; images also from data:
// and blob: (Phaser builds textures that way); no eval, no other hosts.
// Dev mode stays without it, because Vite's live reload needs a websocket.
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'punktestand-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta}`);
    },
  };
}
