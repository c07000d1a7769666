/** SVG and PNG downloads of a rendered diagram, done in the browser. */
import { downloadBlob } from '../../shared/browser/download';

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'direction',
  'unicode-bidi',
] as const;

/**
 * A standalone SVG document: computed styles written as SVG presentation attributes (not a style
 * attribute, which the app's Content-Security-Policy would refuse), so it looks the same outside the app.
 */
export function serializeSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((element, i) => {
    const out = target[i];
    if (!(out instanceof Element)) return;
    const computed = getComputedStyle(element);
    for (const prop of STYLE_PROPS) {
      const value = computed.getPropertyValue(prop);
      if (value) out.setAttribute(prop, value);
    }
    out.removeAttribute('class');
    out.removeAttribute('tabindex');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const { width, height } = svg.viewBox.baseVal;
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

export function downloadSvg(svg: SVGSVGElement, filename: string) {
  downloadBlob(new Blob([serializeSvg(svg)], { type: 'image/svg+xml;charset=utf-8' }), filename);
}

/** The largest canvas browsers reliably encode: 16,384 px a side and 16,384² px in all. */
const CANVAS_SIDE = 16_384;
const CANVAS_AREA = CANVAS_SIDE * CANVAS_SIDE;

/** The PNG's scale: 2× when it fits a canvas, else 1×; undefined when even 1× does not (then offer the SVG). */
export function pngScale(width: number, height: number): number | undefined {
  return [2, 1].find((s) => width * s <= CANVAS_SIDE && height * s <= CANVAS_SIDE && width * height * s * s <= CANVAS_AREA);
}

/** Renders the standalone SVG onto a canvas at 2× (1× for a large diagram) and downloads it as PNG; rejects when it cannot. */
export async function downloadPng(svg: SVGSVGElement, filename: string, background: string) {
  const { width, height } = svg.viewBox.baseVal;
  const scale = pngScale(width, height);
  if (scale === undefined) throw new Error('The diagram is too large for a PNG.');
  const text = serializeSvg(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The diagram could not be rendered as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Canvas is not available.');
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The PNG could not be encoded.');
    downloadBlob(blob, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}
