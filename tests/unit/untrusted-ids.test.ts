/**
 * Issue #14, item 1: ids are data. Every name Object.prototype owns ("constructor", "toString",
 * "__proto__"…) is used as the id of every kind (endpoint, rule, scenario, role, protocol, topology,
 * source) and goes through validation, resolving, filtering, facet counts, sheet rows, exports, the
 * diagrams and the firewall-config model: no lookup may reach the prototype ("r.join is not a function").
 */
import { describe, expect, it } from 'vitest';
import { interfaceDiagramRules } from '../../src/features/diagram/model';
import { layoutOverview } from '../../src/features/diagram/overview';
import { type Assignments, addressesFor, toAddressRecord } from '../../src/shared/domain/addressBook';
import { checkAddresses } from '../../src/shared/domain/addresses';
import { viewAddresses } from '../../src/shared/domain/addressState';
import { buildConfigModel, CONFIG_FORMATS } from '../../src/shared/domain/config';
import { toCsv, toJson, toMarkdown } from '../../src/shared/domain/exports';
import { FACETS } from '../../src/shared/domain/facets';
import { countFilteredFacets, filterRules } from '../../src/shared/domain/filters';
import { matchFlow } from '../../src/shared/domain/flow';
import { buildRuleModel } from '../../src/shared/domain/pairs';
import { indexDataset } from '../../src/shared/domain/rules';
import type { Dataset } from '../../src/shared/domain/schema';
import { buildSheetRows, sheetRules } from '../../src/shared/domain/sheet';
import { decodeLinkState, encodeLinkState, fixedVocabulary } from '../../src/shared/domain/urlState';
import { checkReferences, validateDataset } from '../../src/shared/domain/validate';
import { filtersFrom, readJson, translator } from './helpers';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);
const OTHER_KEY = (key: string) => PROTOTYPE_KEYS.find((k) => k !== key) ?? 'toString';

/** A two-rule dataset whose every id of every kind is `key`, around the "Any (Internet)" party. */
function datasetWith(key: string): Dataset {
  const text = (en: string) => ({ en, 'zh-TW': `${en} 中文` });
  const rule = (id: string, source: string, destination: string) => ({
    id,
    summary: text(`Rule ${id}`),
    scenarios: [key],
    topologies: [key],
    role: key,
    protocol: key,
    transport: 'tcp' as const,
    ports: [{ from: 5061, to: 5061 }],
    source,
    destination,
    ...(source === 'internet-any' ? { sourceCanBe: [key] } : { destinationCanBe: [key] }),
    notes: text('Notes'),
    requirement: { level: 'required' as const },
    legacy: false,
    provenance: [{ source: key, table: 1, row: 1, cells: { en: ['cell'], 'zh-TW': ['儲存格'] } }],
  });
  return {
    schemaVersion: 1,
    version: `ids-${key}`,
    title: text('Prototype ids'),
    sources: [{ id: key, slug: key, title: text('Doc'), url: 'https://example.com/doc', credit: '© Example', license: 'internal' }],
    topologies: [{ id: key, name: text('Topology') }],
    scenarios: [{ id: key, name: text('Scenario') }],
    roles: [{ id: key, name: text('Role') }],
    protocols: [{ id: key, label: 'SIP' }],
    endpoints: [
      { id: key, name: text('Edge'), zone: 'perimeter', kind: 'interface', aliases: [] },
      { id: 'internet-any', name: text('Any (Internet)'), zone: 'internet', kind: 'party', aliases: [] },
    ],
    rules: [rule(key, 'internet-any', key), rule(key === 'reverse' ? 'reverse-2' : 'reverse', key, 'internet-any')],
  };
}

describe('an id named after a property of Object.prototype', () => {
  it('is the one fixture on disk: tests/fixtures/datasets/prototype-ids.json validates and uses "constructor" for every kind', () => {
    const result = validateDataset(readJson('tests/fixtures/datasets/prototype-ids.json'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each(PROTOTYPE_KEYS)('%s: validation resolves it as an ordinary id, and never resolves it when it is not defined', (key) => {
    const dataset = datasetWith(key);
    expect(checkReferences(structuredClone(dataset))).toEqual([]);
    const result = validateDataset(structuredClone(dataset));
    // Only "constructor" is a link-safe id; the others are refused for their format, at their path, and for nothing else.
    if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key)) expect(result.ok ? [] : result.problems).toEqual([]);
    else {
      expect(result.ok).toBe(false);
      if (!result.ok) for (const problem of result.problems) expect(problem.code).toBe('id-format');
    }
    // Undefined ids are never found on the prototype.
    const bare = { ...structuredClone(dataset), sources: [], topologies: [], scenarios: [], roles: [], protocols: [] };
    const unknown = checkReferences(bare).map((p) => `${p.path} ${p.code}`);
    expect(unknown).toEqual(
      expect.arrayContaining([
        'rules[0].scenarios[0] unknown-reference',
        'rules[0].topologies[0] unknown-reference',
        'rules[0].role unknown-reference',
        'rules[0].protocol unknown-reference',
        'rules[0].provenance[0].source unknown-reference',
      ]),
    );
  });

  it.each(PROTOTYPE_KEYS)('%s: resolving, links, filtering, facet counts, sheet rows, exports, diagrams and configs', (key) => {
    const dataset = datasetWith(key);
    const index = indexDataset(dataset);
    const model = buildRuleModel(index);
    const other = OTHER_KEY(key);
    expect(index.endpoint(key)?.zone).toBe('perimeter');
    expect(index.endpoint(other)).toBeUndefined();
    expect(index.scenarioName(other, 'en')).toBe(other);
    expect(model.rules.map((r) => r.destination.id)).toEqual([key, 'internet-any']);

    // A link naming the id (any case), and stored or linked addresses keyed by it.
    const vocabulary = fixedVocabulary(dataset);
    const query = FACETS.filter((f) => f !== 'direction' && f !== 'transport' && f !== 'firewall').map((f) => `${f}=${key},${other}`);
    const { state } = decodeLinkState(`?${query.join('&')}&rules=${key}&addr=${key}*192.0.2.1,${other}*192.0.2.2`, vocabulary);
    expect(() => encodeLinkState(state)).not.toThrow();
    for (const facet of FACETS) for (const id of state.filters.facets[facet]) expect(vocabulary[facet].has(id)).toBe(true);

    const facets = Object.fromEntries(['scenario', 'role', 'protocol', 'topology'].map((f) => [f, [key]]));
    const filtered = filterRules(model.ordered, filtersFrom({ facets }));
    expect(filtered).toHaveLength(2);
    const counts = countFilteredFacets(model.ordered, filtersFrom());
    expect(counts.scenario.get(key)).toBe(2);
    expect(counts.scenario.get(other)).toBeUndefined();
    expect(sheetRules(filtered, model.ordered, [key]).map((r) => r.rule.id)).toEqual([key]);

    const t = translator('en');
    const stored: Assignments = toAddressRecord(new Map([[key, ['192.0.2.1']]]));
    for (const addresses of [{}, Object.create(null), new Map(), stored, checkAddresses(stored, new Set([key])).valid] as Assignments[]) {
      const own = addressesFor(addresses, key);
      const rows = buildSheetRows(filtered, index, 'en', addresses, t);
      expect(rows[0]?.destination.addresses).toEqual([...own]);
      expect(rows[0]?.source.addresses).toEqual([]);
      expect(addressesFor(addresses, other)).toEqual([]);
      expect(toCsv(rows, t)).toContain('Edge');
      expect(toMarkdown(rows, t, 'T', 'S')).toContain('Edge');
      const json = JSON.parse(toJson(filtered, index, addresses, {}));
      expect(json.rules[0].destination.addresses).toEqual([...own]);
      const config = buildConfigModel(filtered, addresses);
      expect(config.endpoints[key]?.kind).toBe(own.length > 0 ? 'addresses' : 'placeholder');
      expect(config.endpoints[other]).toBeUndefined();
      for (const format of CONFIG_FORMATS) for (const firewall of ['external', 'internal'] as const) format.generate(config, firewall);
      const verdict = matchFlow(
        { transport: 'tcp', source: '203.0.113.9', destination: '192.0.2.1', destinationPort: 5061, sourcePort: 40000 },
        filtered,
        addresses,
      );
      expect(Array.isArray(verdict.matches)).toBe(true);
    }

    // Saved addresses keep link-safe ids only; any other key is dropped and named, never looked up on the prototype.
    const view = viewAddresses(stored, { [other]: ['192.0.2.9'] }, new Set([key, 'internet-any']));
    if (/^[a-z0-9-]+$/.test(key)) expect(view.addresses.get(key)).toEqual(['192.0.2.1']);
    else expect(view.dropped).toEqual([key]);
    expect(view.addresses.has(other)).toBe(false);

    expect(interfaceDiagramRules(key, filtered, index, 'en', model.pairs)).toHaveLength(2);
    expect(
      layoutOverview(filtered, 'en')
        .nodes.map((n) => n.node.id)
        .sort(),
    ).toEqual([key, 'internet-any'].sort());
  });
});
