/**
 * Layout of an interface diagram: sources on the left, the interface in the middle, destinations
 * on the right, one horizontal arrow per rule in its own lane (so labels cannot collide), peers
 * grouped and ordered by zone, and the firewall each arrow crosses drawn as a wall on its lane.
 * Pure: no React, no DOM. Text widths are estimated so the layout is deterministic and testable.
 */

import type { Zone } from '../../shared/domain/schema';
import { type Firewall, zoneRank } from '../../shared/domain/zones';
import { textWidth, wrap } from './text';

export type { Zone };
export { textWidth, wrap };
export type Side = 'left' | 'right';

export interface DiagramNode {
  id: string;
  name: string;
  zone: Zone;
}

export interface DiagramRule {
  id: string;
  peer: DiagramNode;
  /** True when the connection is initiated towards the interface. */
  toInterface: boolean;
  label: string;
  direction: 'inbound' | 'outbound' | 'lateral';
  firewalls: readonly Firewall[];
  /** The partner rule of a bidirectional pair, if it is in the diagram too. */
  partner?: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidArrow {
  ruleId: string;
  side: Side;
  y: number;
  /** Tail and head: the arrow is drawn from (x1, y) to (x2, y). */
  x1: number;
  x2: number;
  label: string;
  labelBox: Box;
  direction: DiagramRule['direction'];
  firewalls: readonly Firewall[];
  paired: boolean;
}

export interface LaidPeer extends Box {
  node: DiagramNode;
  side: Side;
  lines: string[];
}

export interface LaidWall extends Box {
  side: Side;
  firewall: Firewall;
}

export interface DiagramLayout {
  width: number;
  height: number;
  iface: Box & { node: DiagramNode; lines: string[] };
  peers: LaidPeer[];
  arrows: LaidArrow[];
  walls: LaidWall[];
  columns: { sources: number; destinations: number; headingY: number };
  /** The baseline of the legend row under the drawing. */
  legendY: number;
}

/**
 * On every SVG text that shows dataset words (names, labels): its own left-to-right paragraph,
 * isolated, so nothing in it can reorder the drawing's other text (also in the downloaded SVG).
 */
export const DATA_TEXT = { direction: 'ltr', unicodeBidi: 'isolate' } as const;

export const GEOMETRY = {
  margin: 20,
  top: 48,
  lane: 36,
  peerWidth: 210,
  span: 300,
  ifaceWidth: 200,
  wallWidth: 30,
  wallInset: 22,
  gap: 10,
  lineHeight: 15,
  labelFont: 12,
} as const;

interface Group {
  peer: DiagramNode;
  rules: DiagramRule[];
}

/** Puts each rule on a side: towards the interface on the left, away from it on the right; pairs stay together on the left. */
function assignSides(rules: readonly DiagramRule[]): Record<Side, Group[]> {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const sideOf = (rule: DiagramRule): Side => {
    const partner = rule.partner ? byId.get(rule.partner) : undefined;
    if (partner && partner.peer.id === rule.peer.id) return 'left';
    return rule.toInterface ? 'left' : 'right';
  };
  const sides: Record<Side, Map<string, Group>> = { left: new Map(), right: new Map() };
  for (const rule of rules) {
    const groups = sides[sideOf(rule)];
    const group = groups.get(rule.peer.id) ?? { peer: rule.peer, rules: [] };
    group.rules.push(rule);
    groups.set(rule.peer.id, group);
  }
  const order = (groups: Map<string, Group>) =>
    [...groups.values()]
      .sort((a, b) => zoneRank(a.peer.zone) - zoneRank(b.peer.zone) || a.peer.name.localeCompare(b.peer.name))
      .map((group) => ({ ...group, rules: orderPairsTogether(group.rules) }));
  return { left: order(sides.left), right: order(sides.right) };
}

function orderPairsTogether(rules: DiagramRule[]): DiagramRule[] {
  const out: DiagramRule[] = [];
  const placed = new Set<string>();
  for (const rule of rules) {
    if (placed.has(rule.id)) continue;
    out.push(rule);
    placed.add(rule.id);
    const partner = rule.partner ? rules.find((r) => r.id === rule.partner) : undefined;
    if (partner && !placed.has(partner.id)) {
      out.push(partner);
      placed.add(partner.id);
    }
  }
  return out;
}

export function layoutInterfaceDiagram(iface: DiagramNode, rules: readonly DiagramRule[]): DiagramLayout {
  const g = GEOMETRY;
  const leftPeerX = g.margin;
  const leftArrowStart = leftPeerX + g.peerWidth;
  const ifaceX = leftArrowStart + g.span;
  const rightArrowStart = ifaceX + g.ifaceWidth;
  const rightPeerX = rightArrowStart + g.span;
  const width = rightPeerX + g.peerWidth + g.margin;

  const sides = assignSides(rules);
  const peers: LaidPeer[] = [];
  const arrows: LaidArrow[] = [];
  const walls: LaidWall[] = [];
  const bottoms: number[] = [];

  for (const side of ['left', 'right'] as const) {
    let y = g.top;
    const peerX = side === 'left' ? leftPeerX : rightPeerX;
    const spanStart = side === 'left' ? leftArrowStart : rightArrowStart;
    const wallX = side === 'left' ? spanStart + g.wallInset : spanStart + g.span - g.wallInset - g.wallWidth;
    const laneWalls: { y: number; firewall: Firewall }[] = [];
    for (const group of sides[side]) {
      const lines = wrap(group.peer.name, g.peerWidth - 16);
      const textHeight = (lines.length + 1) * g.lineHeight + 12;
      const height = Math.max(group.rules.length * g.lane, textHeight);
      peers.push({ node: group.peer, side, lines, x: peerX, y, width: g.peerWidth, height });
      const firstLane = y + (height - group.rules.length * g.lane) / 2 + g.lane / 2;
      group.rules.forEach((rule, i) => {
        const laneY = firstLane + i * g.lane;
        const towardsInterface = rule.toInterface;
        const [peerEdge, ifaceEdge] = side === 'left' ? [leftArrowStart, ifaceX] : [rightPeerX, rightArrowStart];
        const labelWidth = textWidth(rule.label) + 8;
        // Labels sit above the line in the part of the span clear of the firewall wall.
        const clearStart = side === 'left' ? wallX + g.wallWidth + 6 : spanStart + 6;
        const clearEnd = side === 'left' ? ifaceX - 6 : wallX - 6;
        const labelX = clearStart + Math.max(0, (clearEnd - clearStart - labelWidth) / 2);
        arrows.push({
          ruleId: rule.id,
          side,
          y: laneY,
          x1: towardsInterface ? peerEdge : ifaceEdge,
          x2: towardsInterface ? ifaceEdge : peerEdge,
          label: rule.label,
          labelBox: { x: labelX, y: laneY - 4 - g.labelFont, width: labelWidth, height: g.labelFont + 2 },
          direction: rule.direction,
          firewalls: rule.firewalls,
          paired: rule.partner !== undefined && group.rules.some((r) => r.id === rule.partner),
        });
        for (const firewall of rule.firewalls) laneWalls.push({ y: laneY, firewall });
      });
      y += height + g.gap;
    }
    // Merge consecutive lanes behind the same firewall into one wall.
    for (const lane of laneWalls) {
      const last = walls[walls.length - 1];
      const top = lane.y - g.lane / 2;
      if (last && last.side === side && last.firewall === lane.firewall && Math.abs(last.y + last.height - top) < g.gap + 1) {
        last.height = lane.y + g.lane / 2 - last.y;
      } else {
        walls.push({ side, firewall: lane.firewall, x: wallX, y: top, width: g.wallWidth, height: g.lane });
      }
    }
    bottoms.push(y);
  }

  const ifaceLines = wrap(iface.name, g.ifaceWidth - 20, 13);
  const contentBottom = Math.max(...bottoms, g.top + (ifaceLines.length + 2) * 17 + 20);
  const legendY = contentBottom + 14;
  const height = legendY + g.margin;
  return {
    width,
    height,
    iface: { node: iface, lines: ifaceLines, x: ifaceX, y: g.top, width: g.ifaceWidth, height: contentBottom - g.gap - g.top },
    peers,
    arrows,
    walls,
    columns: { sources: leftPeerX, destinations: rightPeerX, headingY: g.top - 18 },
    legendY,
  };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
