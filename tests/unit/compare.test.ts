/**
 * compare.ts on hand-made products: added, removed and changed rules, ids moving between topologies,
 * reasons across a product line, the reverse direction, filters, history checks. The shipped
 * products are in compare-products.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { type ComparisonItem, compareDatasets, filterComparison, unexplained } from '../../src/shared/domain/compare';
import type { FacetSelection } from '../../src/shared/domain/facets';
import type { Filters } from '../../src/shared/domain/filters';
import { checkHistory } from '../../src/shared/domain/history';
import type { ChangeNote, Dataset, Rule } from '../../src/shared/domain/schema';
import { filtersFrom } from './helpers';

const T = (en: string) => ({ en, 'zh-TW': `${en} 中文` });
const rule = (id: string, facts: Partial<Rule> = {}): Rule => ({
  id,
  summary: T(id),
  scenarios: ['s'],
  topologies: ['t1'],
  role: 'r',
  protocol: 'sip',
  transport: 'tcp',
  ports: [{ from: 443, to: 443 }],
  source: 'net',
  destination: 'edge',
  notes: T('note'),
  requirement: { level: 'required' },
  legacy: false,
  provenance: [{ source: 'doc', paragraph: 1, quote: T('quote') }],
  ...facts,
});
const note = (ruleId: string, change: ChangeNote['change'], step: string, fields?: ChangeNote['fields']): ChangeNote => ({
  rule: ruleId,
  change,
  in: step,
  ...(fields ? { fields } : {}),
  reason: T(`${ruleId} ${change} in ${step}`),
  provenance: [{ source: 'doc', paragraph: 2, quote: T('why') }],
});
const product = (id: string, rules: Rule[], line?: string[], changes: ChangeNote[] = []): Dataset => ({
  schemaVersion: 1,
  version: '1',
  title: T(id),
  product: { id, name: T(id) },
  ...(line ? { history: { products: line, changes } } : {}),
  sources: [{ id: 'doc', slug: 'doc', title: T('Doc'), url: 'https://example.com/doc', credit: '©', license: 'CC-BY-4.0' }],
  topologies: [
    { id: 't1', name: T('One') },
    { id: 't2', name: T('Two') },
  ],
  scenarios: [{ id: 's', name: T('S') }],
  roles: [{ id: 'r', name: T('R') }],
  protocols: [{ id: 'sip', label: 'SIP' }],
  endpoints: [
    { id: 'net', name: T('Internet'), zone: 'internet', kind: 'party' },
    { id: 'edge', name: T('Edge'), zone: 'perimeter', kind: 'interface' },
  ],
  rules,
});

const p2Notes = [
  note('gone', 'removed', 'p2'),
  note('new', 'added', 'p2'),
  note('ports', 'changed', 'p2', ['ports']),
  note('move', 'changed', 'p2'),
];
const p3Notes = [note('gone-later', 'removed', 'p3'), note('new3', 'added', 'p3'), note('notes', 'changed', 'p3', ['notes'])];
const A = product('p1', [
  rule('keep'),
  rule('ports'),
  rule('gone'),
  rule('gone-later'),
  rule('move'),
  rule('notes'),
  rule('swap', { scenarios: ['s'], requirement: { condition: T('c'), level: 'optional' } }),
]);
const B = product(
  'p2',
  [
    rule('keep', { sourceCanBe: [] }),
    rule('ports', { ports: [{ from: 4443, to: 4443 }] }),
    rule('gone-later'),
    rule('move', { topologies: ['t2'] }),
    rule('notes'),
    rule('swap', { source: 'edge', destination: 'net', requirement: { level: 'optional', condition: T('c') } }),
    rule('new'),
  ],
  ['p1', 'p2'],
  [...p2Notes, note('swap', 'changed', 'p2', ['source', 'destination'])],
);
const C = product(
  'p3',
  [...B.rules.filter((r) => r.id !== 'gone-later' && r.id !== 'notes'), rule('notes', { notes: T('new note') }), rule('new3')],
  ['p1', 'p2', 'p3'],
  [...B.history!.changes, ...p3Notes],
);
const kinds = (items: ComparisonItem[]) => {
  const out: Record<string, string[]> = { add: [], close: [], change: [], same: [] };
  for (const item of items) out[item.kind]?.push(item.id);
  return out;
};
const byId = (items: ComparisonItem[], id: string) => items.find((i) => i.id === id)!;
const filters = (facets: Partial<FacetSelection>): Filters => filtersFrom({ facets });

describe('compareDatasets on hand-made products', () => {
  it('lists the rules to add, close and change, with each differing field as data', () => {
    const { order, items } = compareDatasets(A, B);
    expect(order).toBe('forward');
    expect(kinds(items)).toEqual({
      add: ['new'],
      close: ['gone'],
      change: ['ports', 'move', 'swap'],
      same: ['keep', 'gone-later', 'notes'],
    });
    expect(byId(items, 'ports').changes).toEqual([{ field: 'ports', from: [{ from: 443, to: 443 }], to: [{ from: 4443, to: 4443 }] }]);
    expect(byId(items, 'move').changes).toEqual([{ field: 'topologies', from: ['t1'], to: ['t2'] }]);
    expect(byId(items, 'swap').changes.map((c) => c.field)).toEqual(['source', 'destination']);
    expect([byId(items, 'swap').from?.direction, byId(items, 'swap').to?.direction]).toEqual(['inbound', 'outbound']);
  });

  it('reports a note-only difference as a change on notes', () => {
    const item = byId(compareDatasets(B, C).items, 'notes');
    expect(item.kind).toBe('change');
    expect(item.changes).toEqual([{ field: 'notes', from: T('note'), to: T('new note') }]);
  });

  it('gives each addition, closure and change the reason of its step, cited', () => {
    const { items } = compareDatasets(A, B);
    for (const id of ['new', 'gone', 'ports', 'move', 'swap']) {
      const item = byId(items, id);
      expect(
        item.reasons.map((r) => r.reason.en),
        id,
      ).toEqual([`${id} ${item.kind === 'add' ? 'added' : item.kind === 'close' ? 'removed' : 'changed'} in p2`]);
      expect(item.reasons[0]).toMatchObject({ in: 'p2', reversed: false, dataset: 'to', provenance: [{ source: 'doc', paragraph: 2 }] });
      expect(unexplained(item), id).toEqual([]);
    }
  });

  it('follows a product line across steps, and only the steps between the two products', () => {
    const chained = compareDatasets(A, C).items;
    expect(kinds(chained).close).toEqual(['gone', 'gone-later']);
    expect(byId(chained, 'gone').reasons[0]?.in).toBe('p2');
    expect(byId(chained, 'gone-later').reasons[0]?.in).toBe('p3');
    expect(kinds(chained).add).toEqual(['new', 'new3']);
    const lastStep = compareDatasets(B, C).items;
    expect(lastStep.flatMap((i) => i.reasons.map((r) => r.in))).toEqual(['p3', 'p3', 'p3']);
  });

  it('works in reverse: what a later product dropped is an addition, explained by the same note', () => {
    const { order, items } = compareDatasets(C, A);
    expect(order).toBe('backward');
    expect(kinds(items)).toMatchObject({ add: ['gone', 'gone-later'], close: ['new', 'new3'] });
    expect(byId(items, 'gone').reasons[0]).toMatchObject({ change: 'removed', in: 'p2', reversed: true, dataset: 'from' });
    expect(byId(items, 'ports').changes).toEqual([{ field: 'ports', from: [{ from: 4443, to: 4443 }], to: [{ from: 443, to: 443 }] }]);
    expect(items.filter((i) => i.kind !== 'same').every((i) => unexplained(i).length === 0)).toBe(true);
  });

  it('gives no reasons between products that no line links, and names what is unexplained', () => {
    const stranger = { ...B, product: { id: 'other', name: T('Other') }, history: undefined };
    const { order, items } = compareDatasets(A, stranger);
    expect(order).toBe('unrelated');
    expect(items.every((i) => i.reasons.length === 0)).toBe(true);
    expect(unexplained(byId(items, 'gone'))).toEqual(['kind']);
    expect(unexplained(byId(items, 'swap'))).toEqual(['source', 'destination']);
  });

  it('filters like the rules table: a rule moving between topologies is closed in one and added in the other', () => {
    const { items } = compareDatasets(A, B);
    expect(byId(filterComparison(items, filters({ topology: ['t1'] })), 'move').kind).toBe('close');
    expect(byId(filterComparison(items, filters({ topology: ['t2'] })), 'move').kind).toBe('add');
    expect(kinds(filterComparison(items, filters({ direction: ['outbound'] })))).toEqual({
      add: ['swap'],
      close: [],
      change: [],
      same: [],
    });
    const wider = compareDatasets(A, product('p2', [rule('keep', { topologies: ['t1', 't2'] })], ['p1', 'p2'])).items;
    expect(byId(filterComparison(wider, filters({ topology: ['t1'] })), 'keep')).toMatchObject({ kind: 'same', changes: [] });
    expect(byId(filterComparison(wider, filters({})), 'keep').kind).toBe('change');
  });
});

describe('checkHistory', () => {
  it('accepts a consistent history and reports every broken reference with its path', () => {
    expect(checkHistory(C)).toEqual([]);
    const broken = structuredClone(C);
    broken.history!.products = ['p1', 'p2', 'p2', 'p3'];
    broken.history!.changes.push(
      note('new3', 'removed', 'p3'),
      note('ghost', 'added', 'p3'),
      note('x', 'changed', 'p9'),
      note('y', 'changed', 'p1'),
    );
    broken.history!.changes[0]!.provenance = [{ source: 'nowhere', paragraph: 1, quote: T('q') }];
    expect(checkHistory(broken).map((p) => `${p.path} ${p.code}`)).toEqual([
      'history.products[2] duplicate-id',
      'history.changes[0].provenance[0].source unknown-reference',
      'history.changes[8].rule duplicate-id',
      'history.changes[9].rule unknown-reference',
      'history.changes[10].in unknown-reference',
      'history.changes[10].rule unknown-reference',
      'history.changes[11].in unknown-reference',
      'history.changes[11].rule unknown-reference',
    ]);
    expect(checkHistory({ ...C, product: { id: 'p4', name: T('p4') } })).toEqual([
      { path: 'history.products', code: 'unknown-reference', expected: 'p4', received: 'p3' },
    ]);
  });
});
