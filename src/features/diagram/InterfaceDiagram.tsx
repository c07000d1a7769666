import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diagramPrefix } from '../../shared/domain/products';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Endpoint, Language } from '../../shared/domain/schema';
import { nameSaysZone } from '../../shared/domain/zones';
import { DiagramBackdrop } from './DiagramBackdrop';
import { DiagramLegend } from './DiagramLegend';
import { downloadPng, downloadSvg } from './download';
import { DATA_TEXT, GEOMETRY, type LaidArrow, layoutInterfaceDiagram } from './layout';
import { arrowName, interfaceDiagramRules } from './model';

interface Props {
  endpoint: Endpoint;
  rules: readonly ResolvedRule[];
  index: DatasetIndex;
  lang: Language;
  pairs: ReadonlyMap<string, string>;
  highlighted?: string;
  onHighlight: (ruleId: string | undefined) => void;
  onActivate: (ruleId: string) => void;
  /** Date for file names, yyyy-mm-dd. */
  today: string;
  /** For paper: no buttons, no text alternative, arrows not interactive. */
  printable?: boolean;
}

/** One interface: who connects to it (left) and where it connects to (right), one arrow per rule. */
export function InterfaceDiagram({
  endpoint,
  rules: allRules,
  index,
  lang,
  pairs,
  highlighted,
  onHighlight,
  onActivate,
  today,
  printable,
}: Props) {
  const { t } = useTranslation();
  const svgRef = useRef<SVGSVGElement>(null);
  const [pngFailed, setPngFailed] = useState(false);
  const saveSvg = () => svgRef.current && downloadSvg(svgRef.current, filename('svg'));
  const titleId = useId();
  const descId = useId();
  const rules = useMemo(
    () => interfaceDiagramRules(endpoint.id, allRules, index, lang, pairs),
    [endpoint.id, allRules, index, lang, pairs],
  );
  const layout = useMemo(
    () => layoutInterfaceDiagram({ id: endpoint.id, name: endpoint.name[lang], zone: endpoint.zone }, rules),
    [endpoint, lang, rules],
  );
  const byId = useMemo(() => new Map(allRules.map((r) => [r.rule.id, r])), [allRules]);
  const describe = (arrow: LaidArrow) => {
    const resolved = byId.get(arrow.ruleId);
    return resolved ? arrowName(resolved, arrow.label, lang, t) : arrow.label;
  };
  // lync-diagram-… for Lync Server 2013 (and a dataset without a product), sfb-2019-diagram-… and so on.
  const filename = (ext: string) => `${diagramPrefix(index.dataset.product?.id)}-${endpoint.id}-${today}.${ext}`;
  const inbound = rules.filter((r) => r.toInterface).length;

  return (
    <section className="interface-diagram" aria-labelledby={`${titleId}-heading`}>
      <div className="diagram-head">
        <h3 id={`${titleId}-heading`}>{endpoint.name[lang]}</h3>
        <p className="muted">{t('diagram.summary', { count: rules.length, inbound, outbound: rules.length - inbound })}</p>
        {!printable && (
          <div className="diagram-actions">
            <button type="button" onClick={saveSvg}>
              {t('diagram.downloadSvg')}
            </button>
            <button
              type="button"
              onClick={() => {
                const svg = svgRef.current;
                if (!svg) return;
                setPngFailed(false);
                // A diagram too large for a canvas (thousands of arrows) fails: say so and offer the SVG.
                downloadPng(svg, filename('png'), getComputedStyle(svg).getPropertyValue('--diagram-bg').trim() || '#ffffff').catch(() =>
                  setPngFailed(true),
                );
              }}
            >
              {t('diagram.downloadPng')}
            </button>
            {pngFailed && (
              <p className="field-error" role="alert">
                {t('diagram.pngFailed')}{' '}
                <button type="button" onClick={saveSvg}>
                  {t('diagram.downloadSvgInstead')}
                </button>
              </p>
            )}
          </div>
        )}
      </div>
      {rules.length === 0 ? (
        <p className="status">{t('diagram.empty')}</p>
      ) : (
        <div className="diagram-scroll">
          {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; role=group names the drawing and holds its focusable arrows */}
          <svg
            ref={svgRef}
            className="diagram"
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            width={layout.width}
            height={layout.height}
            role="group"
            aria-labelledby={titleId}
            aria-describedby={descId}
            data-interface={endpoint.id}
          >
            <title id={titleId}>{t('diagram.title', { name: endpoint.name[lang] })}</title>
            <desc id={descId}>{t('diagram.description', { count: rules.length, inbound, outbound: rules.length - inbound })}</desc>
            <DiagramBackdrop markerId={`${titleId}-head`} width={layout.width} height={layout.height} />
            <text className="column-heading" x={layout.columns.sources} y={layout.columns.headingY}>
              {t('diagram.sources')}
            </text>
            <text className="column-heading" x={layout.columns.destinations} y={layout.columns.headingY}>
              {t('diagram.destinations')}
            </text>
            {layout.walls.map((wall) => (
              <g key={`${wall.side}-${wall.firewall}-${wall.y}`} className={`wall wall-${wall.firewall}`}>
                <title>{t(`diagram.firewall.${wall.firewall}`)}</title>
                <rect x={wall.x} y={wall.y} width={wall.width} height={wall.height} rx="3" />
              </g>
            ))}
            {layout.peers.map((peer) => (
              <g key={`${peer.side}-${peer.node.id}`} className={`node zone-${peer.node.zone}`}>
                <rect x={peer.x} y={peer.y} width={peer.width} height={peer.height} rx="6" />
                {peer.lines.map((line, i) => (
                  <text key={line} x={peer.x + 8} y={peer.y + 18 + i * GEOMETRY.lineHeight} className="node-name" {...DATA_TEXT}>
                    {line}
                  </text>
                ))}
                {!nameSaysZone(peer.node.name, t(`zone.${peer.node.zone}`)) && (
                  <text x={peer.x + 8} y={peer.y + 18 + peer.lines.length * GEOMETRY.lineHeight} className="node-zone">
                    {t(`zone.${peer.node.zone}`)}
                  </text>
                )}
              </g>
            ))}
            <g className={`node node-interface zone-${endpoint.zone}`}>
              <rect x={layout.iface.x} y={layout.iface.y} width={layout.iface.width} height={layout.iface.height} rx="8" />
              {layout.iface.lines.map((line, i) => (
                <text
                  key={line}
                  x={layout.iface.x + layout.iface.width / 2}
                  y={layout.iface.y + 24 + i * 17}
                  className="iface-name"
                  {...DATA_TEXT}
                >
                  {line}
                </text>
              ))}
              <text
                x={layout.iface.x + layout.iface.width / 2}
                y={layout.iface.y + 24 + layout.iface.lines.length * 17}
                className="node-zone iface-zone"
              >
                {t(`zone.${endpoint.zone}`)}
              </text>
            </g>
            {layout.arrows.map((arrow) => {
              const name = describe(arrow);
              const active = highlighted === arrow.ruleId;
              const interactive = printable
                ? {}
                : {
                    role: 'button',
                    tabIndex: 0,
                    'aria-label': name,
                    'aria-pressed': active,
                    onMouseEnter: () => onHighlight(arrow.ruleId),
                    onMouseLeave: () => onHighlight(undefined),
                    onFocus: () => onHighlight(arrow.ruleId),
                    onBlur: () => onHighlight(undefined),
                    onClick: () => onActivate(arrow.ruleId),
                    onKeyDown: (event: React.KeyboardEvent) => {
                      if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        onActivate(arrow.ruleId);
                      }
                    },
                  };
              return (
                // An SVG group cannot be a <button>; on screen it has the role, a name and key handling.
                <g
                  key={arrow.ruleId}
                  className={`arrow arrow-${arrow.direction}${active ? ' is-highlighted' : ''}`}
                  data-rule-id={arrow.ruleId}
                  {...interactive}
                >
                  <title>{name}</title>
                  <line className="arrow-hit" x1={arrow.x1} y1={arrow.y} x2={arrow.x2} y2={arrow.y} />
                  <line className="arrow-line" x1={arrow.x1} y1={arrow.y} x2={arrow.x2} y2={arrow.y} markerEnd={`url(#${titleId}-head)`} />
                  <text className="arrow-label" x={arrow.labelBox.x + 4} y={arrow.labelBox.y + GEOMETRY.labelFont - 1} {...DATA_TEXT}>
                    {arrow.label}
                  </text>
                </g>
              );
            })}
            <DiagramLegend x={GEOMETRY.margin} y={layout.legendY} t={t} markerId={`${titleId}-head`} />
          </svg>
        </div>
      )}
      {!printable && (
        <details className="diagram-text">
          <summary>{t('diagram.asList')}</summary>
          <ul>
            {layout.arrows.map((arrow) => (
              <li key={arrow.ruleId}>{describe(arrow)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
