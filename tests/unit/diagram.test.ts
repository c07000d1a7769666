import { describe, expect, it } from 'vitest';
import { boxesOverlap, type DiagramRule, layoutInterfaceDiagram, textWidth, wrap } from '../../src/features/diagram/layout';
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

describe('interface diagram geometry, computed by hand from GEOMETRY', () => {
  // Columns: margin 20, peers 210 wide, spans of 300, the interface 200 wide: 20 | 230 | 530 | 730 | 1030 | 1260.
  it('lays out one rule: peer, lane, arrow, label and wall', () => {
    const one = views.filter((v) => v.rule.id === 'reverse-proxy-https-443-office-web-apps');
    const { rules, layout } = layoutFor('office-web-apps', one);
    expect(rules).toEqual([
      {
        id: 'reverse-proxy-https-443-office-web-apps',
        peer: { id: 'reverse-proxy-internal', name: 'Reverse proxy internal interface', zone: 'perimeter' },
        toInterface: true,
        label: 'HTTPS TCP 443',
        direction: 'inbound',
        firewalls: ['internal'],
      },
    ]);
    expect(layout.width).toBe(1260);
    // The peer's name wraps to two lines at 194 px (7.2 px a character): (2 + 1) × 15 + 12 = 57 px.
    expect(layout.peers).toEqual([
      { node: rules[0]?.peer, side: 'left', lines: ['Reverse proxy internal', 'interface'], x: 20, y: 48, width: 210, height: 57 },
    ]);
    const [arrow] = layout.arrows;
    // The lane is centred in the peer's box: 48 + (57 − 36) / 2 + 18.
    expect(arrow).toMatchObject({ ruleId: rules[0]?.id, side: 'left', y: 76.5, x1: 230, x2: 530, label: 'HTTPS TCP 443', paired: false });
    // The label (13 characters × 7.2 + 8) is centred between the wall (252 + 30 + 6) and the interface (530 − 6).
    expect(arrow?.labelBox.x).toBeCloseTo(288 + (236 - 101.6) / 2, 6);
    expect(arrow?.labelBox.width).toBeCloseTo(101.6, 6);
    expect(arrow?.labelBox).toMatchObject({ y: 60.5, height: 14 });
    expect(layout.walls).toEqual([{ side: 'left', firewall: 'internal', x: 252, y: 58.5, width: 30, height: 36 }]);
    // The interface's name wraps to two lines at 13 px: 48 + (2 + 2) × 17 + 20 = 136.
    expect(layout.iface).toMatchObject({ x: 530, y: 48, width: 200, height: 78, lines: ['Office Web Apps Server', '(for conferencing)'] });
    // Under the drawing (48 + 78 + 10 = 136), the legend's baseline 14 px lower, then the 20 px margin.
    expect(layout.legendY).toBe(150);
    expect(layout.height).toBe(170);
    expect(layout.columns).toEqual({ sources: 20, destinations: 1030, headingY: 30 });
  });

  it('keeps a pair on one peer on the left, one lane each, and merges their walls', () => {
    const two = views.filter((v) => ['edge-internal-sip-5061-director', 'director-sip-5061-edge-internal'].includes(v.rule.id));
    const { rules, layout } = layoutFor('director', two);
    expect(rules.map((r) => [r.id, r.toInterface, r.partner, r.label])).toEqual([
      ['edge-internal-sip-5061-director', true, 'director-sip-5061-edge-internal', 'SIP/MTLS TCP 5061'],
      ['director-sip-5061-edge-internal', false, 'edge-internal-sip-5061-director', 'SIP/MTLS TCP 5061'],
    ]);
    expect(layout.peers.map((p) => [p.side, p.y, p.height])).toEqual([['left', 48, 72]]);
    expect(layout.arrows.map((a) => [a.ruleId, a.side, a.y, a.x1, a.x2, a.paired])).toEqual([
      ['edge-internal-sip-5061-director', 'left', 66, 230, 530, true],
      ['director-sip-5061-edge-internal', 'left', 102, 530, 230, true],
    ]);
    expect(layout.walls).toEqual([{ side: 'left', firewall: 'internal', x: 252, y: 48, width: 30, height: 72 }]);
    // The peer's box ends at 48 + 72 = 120, under the interface's 126 + 10: the legend at 150, 20 px margin.
    expect(layout.height).toBe(170);
  });

  it('puts outbound rules on the right, peers ordered by zone then name, walls per firewall', () => {
    const out = views.filter((v) => ['crl-http-80-out', 'dns-tcp-53-out', 'xmpp-5269-out'].includes(v.rule.id));
    const { layout } = layoutFor('access-edge-external', out);
    expect(layout.arrows.every((a) => a.side === 'right' && a.x1 === 730 && a.x2 === 1030)).toBe(true);
    // All three peers are on the Internet: by name, "Any (Internet)" < "Certificate…" < "DNS…".
    expect(layout.peers.map((p) => p.node.id)).toEqual(['internet-any', 'internet-crl', 'internet-dns']);
    // Right-hand walls sit 22 px before the peers: 1030 − 22 − 30.
    expect(layout.walls.every((w) => w.side === 'right' && w.x === 978 && w.firewall === 'external')).toBe(true);
    // Each peer's box (42 px or more) is taller than its lane, so the lanes' walls are 16 px or more apart: not merged.
    expect(layout.walls).toHaveLength(3);
    const label = layout.arrows[0]?.labelBox;
    expect(label && label.x >= 736 && label.x + label.width <= 972).toBe(true);
  });

  it('detects overlapping boxes, and touching ones as not overlapping', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(boxesOverlap(a, { x: 9, y: 9, width: 5, height: 5 })).toBe(true);
    expect(boxesOverlap(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
    expect(boxesOverlap(a, { x: 0, y: 10, width: 5, height: 5 })).toBe(false);
    expect(boxesOverlap({ x: 9, y: 9, width: 5, height: 5 }, a)).toBe(true);
    expect(boxesOverlap({ x: -5, y: 0, width: 5, height: 5 }, a)).toBe(false);
    expect(boxesOverlap({ x: 0, y: -5, width: 5, height: 5 }, a)).toBe(false);
  });

  it('wraps CJK anywhere and cuts a word wider than a line as late as it fits', () => {
    expect(wrap('內部 Edge Server 介面', 60)).toEqual(['內部 Edge', 'Server', '介面']);
    expect(wrap('內部 Edge Server 介面', 50)).toEqual(['內部', 'Edge', 'Server', '介面']);
    expect(wrap('用戶端用戶端', 30)).toEqual(['用戶', '端用', '戶端']);
    // 30 px holds 4 characters of 7.2 px.
    expect(wrap('Supercalifragilistic', 30)).toEqual(['Supe', 'rcal', 'ifra', 'gili', 'stic']);
    expect(wrap('', 30)).toEqual(['']);
    expect(textWidth('ａ', 10)).toBe(10);
    expect(textWidth('a')).toBeCloseTo(7.2, 6);
  });
});

describe('topology overview geometry, computed by hand', () => {
  const pick = (id: string) => views.find((v) => v.rule.id === id) as (typeof views)[number];
  const forward = pick('reverse-proxy-http-8080-front-end');
  const lateral = pick('director-https-444-front-end');
  const back = { ...forward, rule: { ...forward.rule, id: 'back' }, source: forward.destination, destination: forward.source };

  it('places nodes in zone columns (interfaces first, then by name), with wrapped names', () => {
    const overview = layoutOverview([forward, lateral, back], 'en');
    // Columns 230 wide with 170 between them: x = 20, 420, 820; nodes 200 wide, centred (+15).
    expect(overview.zones).toEqual([
      { zone: 'internet', x: 20, width: 230 },
      { zone: 'perimeter', x: 420, width: 230 },
      { zone: 'internal', x: 820, width: 230 },
    ]);
    expect(overview.firewalls).toEqual([
      { firewall: 'external', x: 335 },
      { firewall: 'internal', x: 735 },
    ]);
    // Names wrap at 184 px (25.5 characters); a node is lines × 15 + 16 high, 14 apart, from y = 50.
    expect(overview.nodes.map((n) => [n.node.id, n.isInterface, n.lines, n.x, n.y, n.width, n.height])).toEqual([
      ['reverse-proxy-internal', true, ['Reverse proxy internal', 'interface'], 435, 50, 200, 46],
      ['director', true, ['Director or Director pool'], 835, 50, 200, 31],
      ['front-end', true, ['Front End Server or Front', 'End pool'], 835, 95, 200, 46],
    ]);
    expect(overview.width).toBe(1070);
    // The tallest column ends at 95 + 46 + 14 = 155; the legend's baseline 26 px lower, 12 px under it.
    expect(overview.labelY).toBe(181);
    expect(overview.height).toBe(193);
  });

  it('draws one edge per ordered endpoint pair: curves between columns, an arc within one', () => {
    const overview = layoutOverview([forward, lateral, back, { ...lateral, rule: { ...lateral.rule, id: 'again' } }], 'en');
    const edge = (from: string, to: string) => overview.edges.find((e) => e.from === from && e.to === to);
    const right = edge('reverse-proxy-internal', 'front-end');
    expect(right?.ruleIds).toEqual(['reverse-proxy-http-8080-front-end']);
    // Left to right, 5 px above the centres (73 and 118); the count at t = 0.8 on the curve.
    expect(right?.path).toBe('M 635 68 C 735 68, 735 113, 835 113');
    expect(right?.labelX).toBeCloseTo(785.4, 6);
    expect(right?.labelY).toBeCloseTo(108.32, 6);
    // Right to left, 5 px below.
    expect(edge('front-end', 'reverse-proxy-internal')?.path).toBe('M 835 123 C 735 123, 735 78, 635 78');
    const arc = edge('director', 'front-end');
    expect(arc?.ruleIds).toEqual(['director-https-444-front-end', 'again']);
    expect(arc).toMatchObject({ path: 'M 1035 65.5 C 1075 65.5, 1075 118, 1035 118', labelX: 1069, labelY: 91.75 });
    expect(overview.edges).toHaveLength(3);
  });

  it('lists parties after interfaces in a column, and names in the language asked', () => {
    const anyRule = pick('xmpp-gateway-23456-out');
    const overview = layoutOverview([anyRule, lateral], 'zh-TW');
    expect(overview.nodes.filter((n) => n.node.zone === 'internal').map((n) => [n.node.id, n.isInterface])).toEqual([
      ['director', true],
      ['front-end', true],
      ['internal-any', false],
    ]);
    expect(overview.nodes.find((n) => n.node.id === 'front-end')?.node.name).toBe('前端伺服器或前端集區');
  });
});

describe('interface diagram rules, synthetic', () => {
  const iface = { id: 'if', name: 'I', zone: 'perimeter' as const };
  const peer = (id: string, zone: 'internet' | 'perimeter' | 'internal', name = id) => ({ id, name, zone });
  const rule = (id: string, p: ReturnType<typeof peer>, extra: Partial<DiagramRule> = {}): DiagramRule => ({
    id,
    peer: p,
    toInterface: true,
    label: 'L',
    direction: 'inbound',
    firewalls: ['external'],
    ...extra,
  });

  it('orders peer groups by zone, then name, whatever the input order', () => {
    const layout = layoutInterfaceDiagram(iface, [
      rule('a', peer('z', 'internal', 'Zed')),
      rule('b', peer('y', 'internet', 'Bee')),
      rule('c', peer('x', 'internet', 'Ant')),
      rule('d', peer('w', 'perimeter', 'Aaa')),
    ]);
    expect(layout.peers.map((p) => p.node.id)).toEqual(['x', 'y', 'w', 'z']);
  });

  it('keeps a partner next to its rule, and a partner on another peer does not pull a rule to the left', () => {
    const p = peer('p', 'internet');
    const layout = layoutInterfaceDiagram(iface, [
      rule('a', p, { partner: 'c' }),
      rule('b', p),
      rule('c', p, { partner: 'a', toInterface: false }),
      rule('d', peer('q', 'internet'), { partner: 'e', toInterface: false }),
      rule('e', peer('r', 'internet'), { partner: 'd' }),
    ]);
    expect(layout.arrows.map((a) => [a.ruleId, a.side, a.paired])).toEqual([
      ['a', 'left', true],
      ['c', 'left', true],
      ['b', 'left', false],
      ['e', 'left', false],
      ['d', 'right', false],
    ]);
  });

  it('merges walls of consecutive lanes behind the same firewall only, across groups 10 px apart', () => {
    const layout = layoutInterfaceDiagram(iface, [
      rule('a', peer('p', 'internet', 'P')),
      rule('b', peer('p', 'internet', 'P'), { firewalls: ['internal'] }),
      rule('c', peer('p', 'internet', 'P'), { firewalls: ['internal'] }),
      rule('d', peer('q', 'internet', 'Q'), { firewalls: ['internal'] }),
      rule('e', peer('q', 'internet', 'Q'), { firewalls: ['internal'] }),
    ]);
    // Lanes at 48 + 18 + 36i for the first group (3 × 36 = 108 high), then 10 px of gap: 166 + 18 + 36i.
    expect(layout.arrows.map((a) => a.y)).toEqual([66, 102, 138, 184, 220]);
    expect(layout.walls.map((w) => [w.firewall, w.y, w.height])).toEqual([
      ['external', 48, 36],
      ['internal', 84, 154],
    ]);
  });

  it('places right-hand labels between the interface and the wall', () => {
    const { layout } = layoutFor(
      'access-edge-external',
      views.filter((v) => v.rule.id === 'crl-http-80-out'),
    );
    // "HTTP TCP 80": 11 × 7.2 + 8 = 87.2 wide, centred in 736…972.
    expect(layout.arrows[0]?.label).toBe('HTTP TCP 80');
    expect(layout.arrows[0]?.labelBox.x).toBeCloseTo(736 + (236 - 87.2) / 2, 6);
  });

  it('trims wrapped lines and keeps blank text as it is', () => {
    expect(wrap('  Edge  ', 100)).toEqual(['Edge']);
    expect(wrap('   ', 100)).toEqual(['   ']);
    expect(wrap('Internal Edge Server interface', 194)).toEqual(['Internal Edge Server', 'interface']);
  });

  it('detects boxes touching on the left or top as not overlapping', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(boxesOverlap(a, { x: -5, y: 0, width: 5, height: 5 })).toBe(false);
    expect(boxesOverlap(a, { x: 0, y: -5, width: 5, height: 5 })).toBe(false);
    expect(boxesOverlap(a, { x: -20, y: 0, width: 5, height: 5 })).toBe(false);
    expect(boxesOverlap(a, { x: 0, y: -20, width: 5, height: 5 })).toBe(false);
    expect(boxesOverlap(a, { x: 20, y: 0, width: 5, height: 5 })).toBe(false);
    expect(boxesOverlap(a, { x: 0, y: 20, width: 5, height: 5 })).toBe(false);
  });
});

describe('diagram rules from the filtered rules', () => {
  it('names a partner only when the filters keep it in the diagram', () => {
    const both = views.filter((v) => ['xmpp-5269-in', 'xmpp-5269-out'].includes(v.rule.id));
    const rules = interfaceDiagramRules('access-edge-external', both, index, 'en', pairs);
    expect(rules.map((r) => [r.id, r.partner])).toEqual([
      ['xmpp-5269-in', 'xmpp-5269-out'],
      ['xmpp-5269-out', 'xmpp-5269-in'],
    ]);
    const one = interfaceDiagramRules('access-edge-external', both.slice(0, 1), index, 'en', pairs);
    expect(one[0]).not.toHaveProperty('partner');
    expect(interfaceDiagramRules('access-edge-external', both, index, 'en', new Map())[0]).not.toHaveProperty('partner');
  });
});
