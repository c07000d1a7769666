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

describe('what counts as a difference', () => {
  const one = (from: Rule, to: Rule, extra: Partial<Dataset> = {}) =>
    byId(compareDatasets(product('p1', [from]), { ...product('p2', [to], ['p1', 'p2']), ...extra }).items, from.id);

  it('compares sets unordered, port lists sorted, and an absent list as an empty one', () => {
    expect(one(rule('x', { scenarios: ['s', 't'] }), rule('x', { scenarios: ['t', 's'] })).kind).toBe('same');
    const ports = [
      { from: 80, to: 80 },
      { from: 443, to: 443 },
      { from: 50000, to: 59999 },
      { from: 50000, to: 50010 },
    ];
    expect(one(rule('x', { ports }), rule('x', { ports: [...ports].reverse() })).kind).toBe('same');
    expect(one(rule('x', { sourcePorts: [ports[2]!, ports[3]!] }), rule('x', { sourcePorts: [ports[3]!, ports[2]!] })).kind).toBe('same');
    expect(one(rule('x'), rule('x', { sourceCanBe: [], destinationCanBe: [] })).kind).toBe('same');
    expect(one(rule('x', { sourcePorts: [ports[0]!] }), rule('x')).changes).toEqual([
      { field: 'sourcePorts', from: [ports[0]], to: undefined },
    ]);
    expect(one(rule('x', { ports: [ports[2]!] }), rule('x', { ports: [ports[3]!] })).changes.map((c) => c.field)).toEqual(['ports']);
    expect(one(rule('x', { scenarios: ['s'] }), rule('x', { scenarios: ['s', 't'] })).changes.map((c) => c.field)).toEqual(['scenarios']);
  });

  it('reads no topologies as every topology of the dataset, and compares objects by value, whatever their key order', () => {
    expect(one(rule('x', { topologies: ['t1', 't2'] }), rule('x', { topologies: undefined })).kind).toBe('same');
    expect(one(rule('x', { topologies: ['t1'] }), rule('x', { topologies: undefined })).changes).toEqual([
      { field: 'topologies', from: ['t1'], to: ['t1', 't2'] },
    ]);
    const condition = { 'zh-TW': 'c 中文', en: 'c' };
    expect(
      one(
        rule('x', { requirement: { level: 'optional', condition: T('c') } }),
        rule('x', { requirement: { condition, level: 'optional' } }),
      ).kind,
    ).toBe('same');
    // A key whose value is undefined is the same as no key.
    expect(
      one(rule('x', { requirement: { level: 'optional' } }), rule('x', { requirement: { level: 'optional', condition: undefined } })).kind,
    ).toBe('same');
    expect(
      one(
        rule('x', { requirement: { level: 'optional', condition: T('c') } }),
        rule('x', { requirement: { level: 'optional', condition: T('d') } }),
      ).changes.map((c) => c.field),
    ).toEqual(['requirement']);
    expect(one(rule('x', { notes: T('a') }), rule('x', { notes: { en: 'a', 'zh-TW': 'b' } })).changes.map((c) => c.field)).toEqual([
      'notes',
    ]);
    expect(one(rule('x', { security: 'TLS' }), rule('x', { security: 'MTLS' })).changes).toEqual([
      { field: 'security', from: 'TLS', to: 'MTLS' },
    ]);
  });

  it('lists additions and closures with no field changes', () => {
    const { items } = compareDatasets(A, B);
    expect(byId(items, 'new')).toMatchObject({ kind: 'add', changes: [], to: { rule: { id: 'new' } } });
    expect(byId(items, 'new').from).toBeUndefined();
    expect(byId(items, 'gone')).toMatchObject({ kind: 'close', changes: [], from: { rule: { id: 'gone' } } });
    expect(byId(items, 'gone').to).toBeUndefined();
  });
});

describe('product order and reasons', () => {
  const same = (ids: string[]) => ids.map((id) => rule(id));
  it('is unrelated when a dataset has no product, the same for one product, and needs the line to end with the later one', () => {
    const noProduct = { ...product('p2', same(['a']), ['p1', 'p2'], [note('a', 'added', 'p2')]), product: undefined };
    expect(compareDatasets(product('p1', []), noProduct).order).toBe('unrelated');
    expect(compareDatasets(noProduct, product('p1', [])).order).toBe('unrelated');
    expect(byId(compareDatasets(product('p1', []), noProduct).items, 'a').reasons).toEqual([]);
    expect(compareDatasets(product('p1', []), product('p1', [])).order).toBe('same');
    const wrongEnd = product('p2', same(['a']), ['p2', 'p1'], [note('a', 'added', 'p2')]);
    expect(compareDatasets(product('p1', []), wrongEnd).order).toBe('unrelated');
    const notOnLine = product('p2', same(['a']), ['p0', 'p2'], [note('a', 'added', 'p2')]);
    expect(compareDatasets(product('p1', []), notOnLine).order).toBe('unrelated');
  });

  it('explains an addition or closure by added/removed notes, a change by changed notes, else by any note', () => {
    const later = product(
      'p2',
      same(['changed-then-kept', 'only-changed-note']),
      ['p1', 'p2'],
      [
        note('changed-then-kept', 'changed', 'p2', ['ports']),
        note('changed-then-kept', 'added', 'p2'),
        note('gone', 'changed', 'p2'),
        note('gone', 'removed', 'p2'),
        note('only-changed-note', 'changed', 'p2'),
        note('closed-by-change', 'changed', 'p2'),
      ],
    );
    const earlier = product('p1', [rule('changed-then-kept', { ports: [{ from: 1, to: 1 }] }), rule('gone'), rule('closed-by-change')]);
    const { items } = compareDatasets(earlier, later);
    expect(byId(items, 'changed-then-kept').reasons.map((r) => [r.change, r.fields])).toEqual([['changed', ['ports']]]);
    expect(byId(items, 'gone').reasons.map((r) => r.change)).toEqual(['removed']);
    expect(byId(items, 'gone').reasons[0]).not.toHaveProperty('fields');
    // An addition with only a `changed` note: that note, rather than none.
    expect(byId(items, 'only-changed-note').reasons.map((r) => r.change)).toEqual(['changed']);
    expect(byId(items, 'closed-by-change').reasons.map((r) => r.change)).toEqual(['changed']);
    // A `same` item keeps its changed notes.
    const kept = compareDatasets(
      product('p1', same(['k'])),
      product('p2', same(['k']), ['p1', 'p2'], [note('k', 'added', 'p2'), note('k', 'changed', 'p2')]),
    );
    expect(byId(kept.items, 'k').reasons.map((r) => r.change)).toEqual(['changed']);
  });

  it('says only what no reason explains: a changed note with fields explains those fields only', () => {
    const item: ComparisonItem = {
      id: 'x',
      kind: 'change',
      changes: [
        { field: 'ports', from: [], to: [] },
        { field: 'notes', from: T('a'), to: T('b') },
      ],
      reasons: [
        { change: 'changed', in: 'p2', reversed: false, fields: ['ports'], reason: T('r'), provenance: [], dataset: 'to' },
        { change: 'added', in: 'p2', reversed: false, reason: T('r'), provenance: [], dataset: 'to' },
      ],
    };
    expect(unexplained(item)).toEqual(['notes']);
    expect(unexplained({ ...item, reasons: [{ ...item.reasons[0]!, fields: undefined }] })).toEqual([]);
    expect(unexplained({ ...item, kind: 'same' })).toEqual([]);
    expect(unexplained({ ...item, kind: 'add', reasons: [] })).toEqual(['kind']);
    expect(unexplained({ ...item, kind: 'close' })).toEqual([]);
  });

  it('keeps a topology change seen through the filter only if the selected topologies differ', () => {
    const moved = compareDatasets(
      A,
      product('p2', [rule('keep', { topologies: ['t1', 't2'] }), rule('ports', { topologies: ['t2'] })], ['p1', 'p2']),
    ).items;
    const [keep] = filterComparison(moved, filters({ topology: ['t1', 't2'] }));
    expect(keep).toMatchObject({ id: 'keep', kind: 'change', changes: [{ field: 'topologies' }] });
    expect(byId(filterComparison(moved, filters({ topology: ['t2'] })), 'keep').kind).toBe('add');
    expect(filterComparison(moved, filters({ role: ['nobody'] }))).toEqual([]);
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

describe('checkHistory on loose input', () => {
  it('reports each problem with its expected and received values', () => {
    const broken = structuredClone(C);
    broken.history!.changes = [
      note('new3', 'removed', 'p3'),
      note('ghost', 'added', 'p3'),
      note('ghost', 'removed', 'p2'),
      note('new', 'removed', 'p2'),
      {
        ...note('x', 'changed', 'p1'),
        provenance: [
          { source: 'doc', paragraph: 1, quote: T('q') },
          { source: 'nope', paragraph: 1, quote: T('q') },
        ],
      },
    ];
    expect(checkHistory(broken)).toEqual([
      { path: 'history.changes[0].rule', code: 'duplicate-id', expected: 'removed', received: 'new3' },
      { path: 'history.changes[1].rule', code: 'unknown-reference', expected: 'rules', received: 'ghost' },
      { path: 'history.changes[4].in', code: 'unknown-reference', expected: 'history.products', received: 'p1' },
      { path: 'history.changes[4].rule', code: 'unknown-reference', expected: 'rules', received: 'x' },
      { path: 'history.changes[4].provenance[1].source', code: 'unknown-reference', expected: 'sources', received: 'nope' },
    ]);
  });

  it('skips what is not there or not text, and keeps the index of every item', () => {
    expect(checkHistory(null)).toEqual([]);
    expect(checkHistory({ history: 'old' })).toEqual([]);
    expect(checkHistory({ history: null })).toEqual([]);
    expect(checkHistory({ product: { id: 'p2' }, history: { products: 'p1,p2', changes: 'none' } })).toEqual([
      { path: 'history.products', code: 'unknown-reference', expected: 'p2', received: undefined },
    ]);
    expect(
      checkHistory({
        product: 'p2',
        rules: [null, { id: 'a' }, { id: 7 }],
        sources: [3, { id: 'doc' }],
        history: {
          products: [1, 'p1', 'p2', 1],
          changes: [
            null,
            { rule: 5, in: 7, change: 'added', provenance: [null, { source: 9 }, { source: 'doc' }, { source: 'x' }] },
            { rule: 'a', in: 'p2', change: 'removed' },
            { rule: 'b', in: 'p2', change: 'removed' },
            { rule: 'a', in: 'p2', change: 'added' },
          ],
        },
      }),
    ).toEqual([{ path: 'history.changes[1].provenance[3].source', code: 'unknown-reference', expected: 'sources', received: 'x' }]);
    // Without a product, the line's end and a removal in "its" step are not checked.
    expect(
      checkHistory({ rules: [{ id: 'a' }], history: { products: ['p1', 'p2'], changes: [{ rule: 'a', in: 'p2', change: 'removed' }] } }),
    ).toEqual([]);
    expect(
      checkHistory({
        product: { id: 'p2' },
        rules: [{ id: 'a' }],
        history: { products: ['p1', 'p2'], changes: [{ rule: 'a', in: 'p2', change: 'removed' }] },
      }),
    ).toEqual([{ path: 'history.changes[0].rule', code: 'duplicate-id', expected: 'removed', received: 'a' }]);
  });
});
