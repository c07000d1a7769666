/**
 * compare.ts on the shipped products: lync-2013 (public/data/rules.json), sfb-2015 and sfb-2019.
 * Every difference between any two, either way, has a reason; the Lync Server 2013 → Skype for
 * Business Server 2019 differences for a single consolidated Edge with public IPs are the ones the
 * source pack's README lists, written out by hand below.
 */
import { describe, expect, it } from 'vitest';
import { type ComparisonItem, compareDatasets, filterComparison, unexplained } from '../../src/shared/domain/compare';
import type { Dataset } from '../../src/shared/domain/schema';
import { filtersFrom, readJson } from './helpers';

const kinds = (items: ComparisonItem[]) => {
  const out: Record<'add' | 'close' | 'change' | 'same', string[]> = { add: [], close: [], change: [], same: [] };
  for (const item of items) out[item.kind].push(item.id);
  return out;
};
const byId = (items: ComparisonItem[], id: string) => items.find((i) => i.id === id)!;

describe('the shipped products', () => {
  const lync = readJson<Dataset>('public/data/rules.json');
  const products: Record<string, Dataset> = {
    'lync-2013': lync,
    'sfb-2015': readJson('public/data/sfb-2015.json'),
    'sfb-2019': readJson('public/data/sfb-2019.json'),
  };
  const pairs = Object.keys(products).flatMap((a) =>
    Object.keys(products)
      .filter((b) => b !== a)
      .map((b) => [a, b] as const),
  );

  it('explains every addition, closure and changed field between any two products, either way', () => {
    for (const [a, b] of pairs) {
      const { order, items } = compareDatasets(products[a]!, products[b]!);
      expect(order).toBe(a < b ? 'forward' : 'backward');
      const missing = items.flatMap((i) => unexplained(i).map((f) => `${a}→${b} ${i.id} ${f}`));
      expect(missing).toEqual([]);
    }
  });

  it('uses every change note of the SfB datasets in some comparison', () => {
    for (const id of ['sfb-2015', 'sfb-2019']) {
      const used = new Set(
        pairs.flatMap(([a, b]) => compareDatasets(products[a]!, products[b]!).items.flatMap((i) => i.reasons.map((r) => r.reason))),
      );
      expect(products[id]!.history!.changes.filter((n) => !used.has(n.reason)).map((n) => n.rule)).toEqual([]);
    }
  });

  it('Lync Server 2013 → Skype for Business Server 2019, single consolidated Edge with public IPs: the pack README’s differences', () => {
    const view = filterComparison(
      compareDatasets(lync, products['sfb-2019']!).items,
      filtersFrom({ facets: { topology: ['single-public'] } }),
    );
    const hybrid = [
      'hybrid-sip-5061-out',
      'hybrid-sip-5061-in',
      'hybrid-stun-tcp-out',
      'hybrid-stun-tcp-in',
      'hybrid-stun-udp-3478-out',
      'hybrid-stun-udp-3478-in',
    ];
    const xmpp = ['xmpp-5269-in', 'xmpp-5269-out', 'xmpp-gateway-23456-out'];
    const publicIm = ['client-sip-443-in', 'public-im-sip-5061-in', 'public-im-sip-5061-out'];
    const messenger = ['messenger-rtp-tcp-out', 'messenger-stun-3478-out', 'messenger-stun-3478-in'];
    const k = kinds(view);
    expect(k.add.sort()).toEqual([...hybrid].sort());
    expect(k.close.sort()).toEqual([...xmpp, ...publicIm, 'av-rtp-tcp-in', 'av-rtp-udp-in', ...messenger].sort());
    expect(Object.fromEntries(view.filter((i) => i.kind === 'change').map((i) => [i.id, i.changes.map((c) => c.field)]))).toEqual({
      'av-rtp-tcp-out': ['requirement', 'scenarios', 'notes'],
      'av-rtp-udp-out': ['requirement', 'scenarios', 'notes'],
      'av-stun-udp-3478-out': ['sourcePorts', 'notes'],
      'av-stun-tcp-443-out': ['sourcePorts', 'notes'],
      'edge-internal-psom-8057': ['sourceCanBe'],
      'edge-internal-cls-50001-50003': ['notes'],
    });
    expect(k.same.sort()).toEqual(
      [
        'crl-http-80-out',
        'dns-tcp-53-out',
        'dns-udp-53-out',
        'access-sip-443-in',
        'access-sip-5061-in',
        'sip-federation-5061-out',
        'webconf-psom-443-in',
      ]
        .concat([
          'av-stun-udp-3478-in',
          'av-stun-tcp-443-in',
          'edge-internal-sip-5061-in',
          'edge-internal-sip-5061-out',
          'edge-internal-av-auth-5062',
        ])
        .concat(['edge-internal-stun-udp-3478', 'edge-internal-stun-tcp-443', 'edge-internal-cms-4443'])
        .sort(),
    );
    const step = (id: string) => byId(view, id).reasons.map((r) => r.in);
    expect([...xmpp.map(step), step('av-rtp-tcp-in'), step('messenger-rtp-tcp-out')]).toEqual([
      ['sfb-2019'],
      ['sfb-2019'],
      ['sfb-2019'],
      ['sfb-2015'],
      ['sfb-2015'],
    ]);
    expect(byId(view, 'xmpp-5269-in').reasons[0]?.reason.en).toContain('are no longer supported in Skype for Business Server 2019');
  });

  it('Skype for Business Server 2015 → 2019 closes the seven XMPP rules and changes nothing else', () => {
    const { items } = compareDatasets(products['sfb-2015']!, products['sfb-2019']!);
    const k = kinds(items);
    expect(k.close.sort()).toEqual([
      'xmpp-5269-in',
      'xmpp-5269-in-nat',
      'xmpp-5269-in-vip',
      'xmpp-5269-out',
      'xmpp-5269-out-nat',
      'xmpp-5269-out-vip',
      'xmpp-gateway-23456-out',
    ]);
    expect([k.add, k.change]).toEqual([[], []]);
  });
});
