import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResolvedRule } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import { DiagramBackdrop } from './DiagramBackdrop';
import { DATA_TEXT } from './layout';
import { layoutOverview, type OverviewNode } from './overview';

interface Props {
  rules: readonly ResolvedRule[];
  lang: Language;
  onOpen: (interfaceId: string) => void;
}

/** All endpoints of the filtered rules by zone, firewalls between, one edge per endpoint pair. */
export function TopologyOverview({ rules, lang, onOpen }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const layout = useMemo(() => layoutOverview(rules, lang), [rules, lang]);
  const byId = new Map(layout.nodes.map((n) => [n.node.id, n]));
  return (
    <section className="topology-overview" aria-labelledby={`${titleId}-heading`}>
      <h3 id={`${titleId}-heading`}>{t('diagram.overviewTitle')}</h3>
      <p className="muted">{t('diagram.overviewHint')}</p>
      <div className="diagram-scroll">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; role=group names the drawing and holds its focusable nodes */}
        <svg
          className="diagram overview"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          role="group"
          aria-labelledby={titleId}
        >
          <title id={titleId}>{t('diagram.overviewTitle')}</title>
          <DiagramBackdrop markerId={`${titleId}-head`} width={layout.width} height={layout.height} />
          {layout.zones.map((zone) => (
            <g key={zone.zone} className={`zone-band zone-${zone.zone}`}>
              <rect x={zone.x} y="8" width={zone.width} height={layout.labelY - 30} rx="8" />
              <text x={zone.x + zone.width / 2} y="30" className="zone-title">
                {t(`zone.${zone.zone}`)}
              </text>
            </g>
          ))}
          {layout.firewalls.map((fw) => (
            <g key={fw.firewall} className={`wall wall-${fw.firewall}`}>
              <title>{t(`diagram.firewall.${fw.firewall}`)}</title>
              <rect x={fw.x - 10} y="8" width="20" height={layout.labelY - 30} rx="3" />
              <text x={fw.x} y={layout.labelY} className="wall-label">
                {t(`diagram.firewall.${fw.firewall}`)}
              </text>
            </g>
          ))}
          {layout.edges.map((edge) => {
            const from = byId.get(edge.from)?.node.name ?? edge.from;
            const to = byId.get(edge.to)?.node.name ?? edge.to;
            return (
              <g key={`${edge.from}>${edge.to}`} className="overview-edge" data-rules={edge.ruleIds.length}>
                <title>{t('diagram.edgeName', { count: edge.ruleIds.length, from, to })}</title>
                <path d={edge.path} className="arrow-line" markerEnd={`url(#${titleId}-head)`} />
                <circle cx={edge.labelX} cy={edge.labelY} r="8" className="edge-count-bg" />
                <text x={edge.labelX} y={edge.labelY + 4} className="edge-count">
                  {edge.ruleIds.length}
                </text>
              </g>
            );
          })}
          {layout.nodes.map((node) =>
            node.isInterface ? (
              // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it has the role, a name and key handling
              <g
                key={node.node.id}
                className={`node node-link zone-${node.node.zone}`}
                role="button"
                tabIndex={0}
                aria-label={t('diagram.openInterface', { name: node.node.name })}
                data-interface={node.node.id}
                onClick={() => onOpen(node.node.id)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    onOpen(node.node.id);
                  }
                }}
              >
                <NodeBox node={node} />
              </g>
            ) : (
              <g key={node.node.id} className={`node node-party zone-${node.node.zone}`}>
                <NodeBox node={node} />
              </g>
            ),
          )}
        </svg>
      </div>
    </section>
  );
}

function NodeBox({ node }: { node: OverviewNode }) {
  return (
    <>
      <rect x={node.x} y={node.y} width={node.width} height={node.height} rx="6" />
      {node.lines.map((line, i) => (
        <text key={line} x={node.x + 8} y={node.y + 18 + i * 15} className="node-name" {...DATA_TEXT}>
          {line}
        </text>
      ))}
    </>
  );
}
