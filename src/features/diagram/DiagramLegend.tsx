import type { Translate } from '../../shared/domain/translate';
import { textWidth } from './text';

const SWATCH = 28;
const GAP = 24;

/**
 * The key under an interface diagram, drawn in the SVG itself so a downloaded or printed diagram
 * explains itself: solid and dashed arrows, and the two firewalls (told apart by fill pattern as
 * well as colour).
 */
export function DiagramLegend({ x, y, t, markerId }: { x: number; y: number; t: Translate; markerId: string }) {
  const items = [
    { key: 'inbound', text: t('diagram.legendInbound') },
    { key: 'outbound', text: t('diagram.legendOutbound') },
    { key: 'external', text: t('diagram.firewall.external') },
    { key: 'internal', text: t('diagram.firewall.internal') },
  ];
  let at = x;
  return (
    <g className="diagram-key">
      {items.map((item) => {
        const start = at;
        at += SWATCH + 6 + textWidth(item.text, 11) + GAP;
        const swatch =
          item.key === 'inbound' || item.key === 'outbound' ? (
            <g className={`key-arrow arrow-${item.key}`}>
              <line className="arrow-line" x1={start} y1={y - 4} x2={start + SWATCH} y2={y - 4} markerEnd={`url(#${markerId})`} />
            </g>
          ) : (
            <g className={`wall wall-${item.key}`}>
              <rect x={start + 8} y={y - 13} width={12} height={18} rx="2" />
            </g>
          );
        return (
          <g key={item.key}>
            {swatch}
            <text className="key-label" x={start + SWATCH + 6} y={y}>
              {item.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
