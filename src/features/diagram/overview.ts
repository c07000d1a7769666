/**
 * Topology overview: every endpoint of the filtered rules in its zone column (Internet, perimeter,
 * internal network) with the external and internal firewalls between them, and one edge per
 * source/destination pair carrying the number of rules. Pure, no React.
 */
import type { ResolvedRule } from '../../shared/domain/rules';
import { type Language, ZONES } from '../../shared/domain/schema';
import type { Box, DiagramNode, Zone } from './layout';
import { wrap } from './text';

export interface OverviewNode extends Box {
  node: DiagramNode;
  isInterface: boolean;
  lines: string[];
}

export interface OverviewEdge {
  from: string;
  to: string;
  ruleIds: string[];
  path: string;
  labelX: number;
  labelY: number;
}

export interface OverviewLayout {
  width: number;
  height: number;
  nodes: OverviewNode[];
  edges: OverviewEdge[];
  zones: { zone: Zone; x: number; width: number }[];
  /** Each firewall between two zone columns; its label is written under the drawing, at `labelY`. */
  firewalls: { firewall: 'external' | 'internal'; x: number }[];
  labelY: number;
}

const COLUMN = 230;
const GUTTER = 170;
const NODE_WIDTH = 200;
const TOP = 50;

export function layoutOverview(rules: readonly ResolvedRule[], lang: Language): OverviewLayout {
  const endpoints = new Map<string, { node: DiagramNode; isInterface: boolean }>();
  for (const r of rules) {
    for (const e of [r.source, r.destination]) {
      if (!endpoints.has(e.id))
        endpoints.set(e.id, { node: { id: e.id, name: e.name[lang], zone: e.zone }, isInterface: e.kind === 'interface' });
    }
  }
  const zones = ZONES.map((zone, i) => ({ zone, x: 20 + i * (COLUMN + GUTTER), width: COLUMN }));
  const nodes: OverviewNode[] = [];
  let bottom = TOP;
  for (const { zone, x } of zones) {
    let y = TOP;
    const members = [...endpoints.values()].filter((e) => e.node.zone === zone);
    members.sort((a, b) => Number(b.isInterface) - Number(a.isInterface) || a.node.name.localeCompare(b.node.name));
    for (const member of members) {
      const lines = wrap(member.node.name, NODE_WIDTH - 16);
      const height = lines.length * 15 + 16;
      nodes.push({ ...member, lines, x: x + (COLUMN - NODE_WIDTH) / 2, y, width: NODE_WIDTH, height });
      y += height + 14;
    }
    bottom = Math.max(bottom, y);
  }
  const byId = new Map(nodes.map((n) => [n.node.id, n]));
  const grouped = new Map<string, OverviewEdge>();
  for (const r of rules) {
    const key = `${r.source.id}>${r.destination.id}`;
    const edge = grouped.get(key) ?? { from: r.source.id, to: r.destination.id, ruleIds: [], path: '', labelX: 0, labelY: 0 };
    edge.ruleIds.push(r.rule.id);
    grouped.set(key, edge);
  }
  const edges = [...grouped.values()].map((edge) => {
    const a = byId.get(edge.from);
    const b = byId.get(edge.to);
    if (!a || !b) return edge;
    const ay = a.y + a.height / 2;
    const by = b.y + b.height / 2;
    if (a.node.zone === b.node.zone) {
      // Same column: an arc out to the right of the column.
      const x = a.x + a.width;
      const bulge = x + 40;
      return { ...edge, path: `M ${x} ${ay} C ${bulge} ${ay}, ${bulge} ${by}, ${x} ${by}`, labelX: bulge - 6, labelY: (ay + by) / 2 };
    }
    const forward = a.x < b.x;
    // Opposite directions between the same two nodes get slightly different heights, so they do not coincide.
    const offset = forward ? -5 : 5;
    const x1 = forward ? a.x + a.width : a.x;
    const x2 = forward ? b.x : b.x + b.width;
    const y1 = ay + offset;
    const y2 = by + offset;
    const mid = (x1 + x2) / 2;
    // The count sits near the head (t = 0.8 on the curve), clear of the firewall between the columns.
    const at = 0.8;
    const bez = (p0: number, p1: number, p2: number, p3: number) =>
      (1 - at) ** 3 * p0 + 3 * (1 - at) ** 2 * at * p1 + 3 * (1 - at) * at ** 2 * p2 + at ** 3 * p3;
    return {
      ...edge,
      path: `M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2} ${y2}`,
      labelX: bez(x1, mid, mid, x2),
      labelY: bez(y1, y1, y2, y2),
    };
  });
  const firewalls = [
    { firewall: 'external' as const, x: 20 + COLUMN + GUTTER / 2 },
    { firewall: 'internal' as const, x: 20 + 2 * COLUMN + GUTTER * 1.5 },
  ];
  return { width: 40 + 3 * COLUMN + 2 * GUTTER, height: bottom + 38, nodes, edges, zones, firewalls, labelY: bottom + 26 };
}
