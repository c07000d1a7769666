import { describe, expect, it } from 'vitest';
import { boxesOverlap, layoutInterfaceDiagram, textWidth, wrap } from '../../src/features/diagram/layout';
import { interfaceDiagramRules } from '../../src/features/diagram/model';
import { layoutOverview } from '../../src/features/diagram/overview';
import { filterRules } from '../../src/shared/domain/filters';
import { findPairs } from '../../src/shared/domain/pairs';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import { LANGUAGES } from '../../src/shared/domain/schema';
import { filtersFrom, loadShippedDataset } from './helpers';

const dataset = loadShippedDataset();
const index = indexDataset(dataset);
const views = resolveRules(index);
const pairs = findPairs(views);
const involvedIn = (id: string) => views.some((v) => v.source.id === id || v.destination.id === id);
const interfaces = dataset.endpoints.filter((e) => e.kind === 'interface' && involvedIn(e.id));

function layoutFor(id: string, subset = views, lang: (typeof LANGUAGES)[number] = 'en') {
  const endpoint = interfaces.find((e) => e.id === id);
  if (!endpoint) throw new Error(id);
  const rules = interfaceDiagramRules(id, subset, index, lang, pairs);
  return { rules, layout: layoutInterfaceDiagram({ id, name: endpoint.name[lang], zone: endpoint.zone }, rules) };
}

describe('interface diagram layout', () => {
  it('has a diagram for every interface that takes part in a rule', () => {
    expect(interfaces.length).toBe(17);
  });

  for (const lang of LANGUAGES) {
    it(`draws every rule of every interface exactly once, with no overlapping labels (${lang})`, () => {
      for (const endpoint of interfaces) {
        const { rules, layout } = layoutFor(endpoint.id, views, lang);
        const involved = views.filter((v) => v.source.id === endpoint.id || v.destination.id === endpoint.id).map((v) => v.rule.id);
        expect(layout.arrows.map((a) => a.ruleId).sort(), endpoint.id).toEqual([...involved].sort());
        expect(rules).toHaveLength(involved.length);
        const labels = layout.arrows.map((a) => a.labelBox);
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            expect(boxesOverlap(labels[i]!, labels[j]!), `${endpoint.id}: ${layout.arrows[i]?.label} / ${layout.arrows[j]?.label}`).toBe(
              false,
            );
          }
          // A label never sits on a firewall wall or leaves its arrow's span.
          for (const wall of layout.walls) expect(boxesOverlap(labels[i]!, wall), `${endpoint.id} label on wall`).toBe(false);
          const arrow = layout.arrows[i]!;
          expect(labels[i]!.x).toBeGreaterThanOrEqual(Math.min(arrow.x1, arrow.x2));
          expect(labels[i]!.x + labels[i]!.width).toBeLessThanOrEqual(Math.max(arrow.x1, arrow.x2));
        }
        // Peer boxes never overlap, and every arrow ends on its peer box.
        for (let i = 0; i < layout.peers.length; i++) {
          for (let j = i + 1; j < layout.peers.length; j++) expect(boxesOverlap(layout.peers[i]!, layout.peers[j]!)).toBe(false);
        }
        expect(layout.height).toBeGreaterThan(layout.arrows.reduce((max, a) => Math.max(max, a.y), 0));
      }
    });
  }

  it('finds the largest diagrams on the Edge: 12 arrows', () => {
    const sizes = interfaces.map((e) => layoutFor(e.id).layout.arrows.length);
    expect(Math.max(...sizes)).toBe(12);
  });

  it('stays readable with 30 rules on one interface', () => {
    const peers = ['internet-any', 'public-im-partners', 'external-clients', 'internal-any', 'front-end', 'director'];
    const rules = Array.from({ length: 30 }, (_, i) => ({
      id: `r${i}`,
      peer: {
        id: peers[i % peers.length]!,
        name: `Peer ${peers[i % peers.length]}`,
        zone: i % peers.length < 3 ? ('internet' as const) : ('internal' as const),
      },
      toInterface: i % 2 === 0,
      label: `STUN/MSTURN UDP ${50000 + i}-${59999 - i}`,
      direction: (i % 2 === 0 ? 'inbound' : 'outbound') as 'inbound' | 'outbound',
      firewalls: [i % peers.length < 3 ? ('external' as const) : ('internal' as const)],
    }));
    const layout = layoutInterfaceDiagram({ id: 'x', name: 'Edge Server external interface', zone: 'perimeter' }, rules);
    expect(layout.arrows).toHaveLength(30);
    const labels = layout.arrows.map((a) => a.labelBox);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(boxesOverlap(labels[i]!, labels[j]!)).toBe(false);
  });

  it('follows the filters: one arrow per filtered rule', () => {
    const filtered = filterRules(views, filtersFrom({ facets: { direction: ['inbound'] } }));
    const { layout } = layoutFor('av-edge-external', filtered);
    expect(layout.arrows.map((a) => a.ruleId).sort()).toEqual(
      filtered
        .filter((v) => v.destination.id === 'av-edge-external' || v.source.id === 'av-edge-external')
        .map((v) => v.rule.id)
        .sort(),
    );
  });

  it('points arrows the way the connection is initiated and puts pairs side by side', () => {
    const { layout } = layoutFor('access-edge-external');
    const inbound = layout.arrows.find((a) => a.ruleId === 'xmpp-5269-in');
    const outbound = layout.arrows.find((a) => a.ruleId === 'xmpp-5269-out');
    expect(inbound && outbound).toBeTruthy();
    expect(inbound!.x2).toBeGreaterThan(inbound!.x1); // Any (Internet) → interface, left to right
    expect(outbound!.x2).toBeLessThan(outbound!.x1); // interface → Any, drawn back to the same peer
    expect(inbound!.side).toBe(outbound!.side);
    expect(Math.abs(inbound!.y - outbound!.y)).toBe(36);
    expect(inbound!.paired && outbound!.paired).toBe(true);
  });

  it('draws the firewall each arrow crosses as a wall on its lane', () => {
    const { layout } = layoutFor('edge-internal');
    for (const arrow of layout.arrows) {
      for (const firewall of arrow.firewalls) {
        expect(
          layout.walls.some((w) => w.side === arrow.side && w.firewall === firewall && w.y <= arrow.y && arrow.y <= w.y + w.height),
        ).toBe(true);
      }
    }
  });

  it('lays out a one-rule diagram', () => {
    const one = views.filter((v) => v.rule.id === 'reverse-proxy-https-443-office-web-apps');
    const { layout } = layoutFor('office-web-apps', one);
    expect(layout.arrows).toHaveLength(1);
    expect(layout.peers).toHaveLength(1);
  });
});

describe('text measuring', () => {
  it('counts CJK characters as a full em', () => {
    expect(textWidth('ab', 10)).toBe(12);
    expect(textWidth('用戶', 10)).toBe(20);
  });
  it('wraps long names without losing words', () => {
    const lines = wrap('Edge Server Web Conferencing interface (private IP, NAT)', 120);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Edge Server Web Conferencing interface (private IP, NAT)');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(120);
  });
});

describe('topology overview', () => {
  it('places every endpoint in its zone column and groups rules per endpoint pair', () => {
    const inTopology = views.filter((v) => v.topologies.includes('single-public'));
    const overview = layoutOverview(inTopology, 'en');
    expect(overview.edges.reduce((n, e) => n + e.ruleIds.length, 0)).toBe(inTopology.length);
    for (const node of overview.nodes) {
      const column = overview.zones.find((z) => z.zone === node.node.zone);
      expect(node.x).toBeGreaterThanOrEqual(column!.x);
    }
  });
});
