// The share link as a QR code, drawn here as SVG (no image service, no network).
import qrcode from 'qrcode-generator';
import { svgEl } from './svg';

export function qrSvg(text: string, label: string): SVGSVGElement {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const quiet = 4; // the blank margin scanners need
  const size = n + quiet * 2;
  const svg = svgEl('svg', { viewBox: `0 0 ${size} ${size}`, role: 'img', 'aria-label': label, class: 'qr-code', 'shape-rendering': 'crispEdges' });
  svg.append(svgEl('rect', { width: size, height: size, fill: '#fff' }));
  // One path for all dark modules keeps the DOM small.
  let d = '';
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) if (qr.isDark(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
  }
  svg.append(svgEl('path', { d, fill: '#000' }));
  return svg;
}
