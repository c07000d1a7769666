/**
 * Every row of every in-scope source table is accounted for, and every rule agrees with the rows
 * it cites: protocol, security, transport, ports, source ports, source and destination.
 * The source tables are the in-repo copy under tests/fixtures/sources (© Microsoft, CC BY 4.0).
 */
import { describe, expect, it } from 'vitest';
import { type Endpoint, isTableCitation, type PortRange, type Rule } from '../../src/shared/domain/schema';
import { loadShippedDataset, readJson } from './helpers';

type Cell = { en: string; 'zh-TW': string };
interface SourceTables {
  documents: { slug: string; tables: { columns: Cell[]; rows: Cell[][] }[] }[];
}

const dataset = loadShippedDataset();
const tables = readJson<SourceTables>('tests/fixtures/sources/lync-server-2013-tables.json');
const endpoints = new Map(dataset.endpoints.map((e) => [e.id, e]));

interface RowFacts {
  protocol?: string;
  security?: 'TLS' | 'MTLS';
  transport?: 'tcp' | 'udp';
  port?: PortRange;
  sourcePort?: PortRange;
  source: string;
  destination: string;
}

const range = (text: string): PortRange | undefined => {
  const m = /(\d[\d,]*)(?:\s*-\s*(\d[\d,]*))?\s*$/.exec(text.trim());
  if (!m) return undefined;
  const from = Number(m[1]?.replaceAll(',', ''));
  return { from, to: m[2] ? Number(m[2].replaceAll(',', '')) : from };
};
const transportOf = (text: string) => (/\bUDP\b/.test(text) ? 'udp' : /\bTCP/.test(text) ? 'tcp' : undefined);

function protocolOf(text: string): string | undefined {
  const upper = text.toUpperCase();
  if (upper.includes('STUN')) return 'stun-msturn';
  for (const [token, id] of [
    ['RTP', 'rtp'],
    ['PSOM', 'psom'],
    ['XMPP', 'xmpp'],
    ['SIP', 'sip'],
    ['HTTPS', 'https'],
    ['HTTP', 'http'],
    ['DNS', 'dns'],
  ] as const) {
    if (new RegExp(`(^|/)${token}(\\(|/|$| )`).test(upper)) return id;
  }
  return upper.startsWith('MTLS/') ? 'cls' : undefined;
}

/** Reads the facts a row states. The A/V requirements tables have their own column layout. */
function rowFacts(columns: Cell[], cells: string[]): RowFacts {
  const heads = columns.map((c) => c.en);
  if (heads[0] === 'Source IP') {
    const destination = cells[heads.indexOf('Destination Port')] ?? '';
    const sourcePortCell = heads.includes('Source Port') ? (cells[heads.indexOf('Source Port')] ?? 'Any') : 'Any';
    return {
      transport: transportOf(destination),
      port: range(destination),
      sourcePort: sourcePortCell === 'Any' ? undefined : range(sourcePortCell),
      source: cells[0] ?? '',
      destination: cells[1] ?? '',
    };
  }
  const spec = cells[0] ?? '';
  return {
    protocol: protocolOf(spec),
    security: /MTLS/.test(spec) ? 'MTLS' : /\(TLS\)/.test(spec) ? 'TLS' : undefined,
    transport: transportOf(spec),
    port: range(spec),
    source: cells[1] ?? '',
    destination: cells[2] ?? '',
  };
}

/** The names a cell may use for an endpoint: "Any (can be defined as …)" is "Any"; lists are split. */
function cellNames(text: string): string[] {
  const trimmed = text.trim();
  if (/^Any \(/.test(trimmed)) return ['Any'];
  return trimmed.includes(', ') ? [trimmed, ...trimmed.split(', ').map((s) => s.trim())] : [trimmed];
}

const endpointNames = (e: Endpoint | undefined) => (e ? [e.name.en, ...(e.aliases ?? []).map((a) => a.en)] : []);
const within = (inner: PortRange, outer: readonly PortRange[]) => outer.some((r) => r.from <= inner.from && inner.to <= r.to);

const inScope = dataset.sources.map((source) => ({ source, doc: tables.documents.find((d) => d.slug === source.slug) }));
const citations = new Map<string, Rule[]>();
for (const rule of dataset.rules) {
  for (const p of rule.provenance.filter(isTableCitation)) {
    const key = `${p.source}/${p.table}/${p.row}`;
    citations.set(key, [...(citations.get(key) ?? []), rule]);
  }
}

describe('coverage of the source tables', () => {
  it('covers the 14 in-scope documents', () => {
    expect(inScope).toHaveLength(14);
    for (const { source, doc } of inScope) expect(doc, source.slug).toBeDefined();
  });

  it('maps every row to a rule, or declares why it is not one', () => {
    const unmapped: string[] = [];
    let rows = 0;
    for (const { source, doc } of inScope) {
      doc?.tables.forEach((table, t) => {
        table.rows.forEach((_, r) => {
          rows++;
          const declared = source.notRules?.some((n) => n.table === t + 1 && n.rows.includes(r + 1));
          if (!citations.has(`${source.id}/${t + 1}/${r + 1}`) && !declared) unmapped.push(`${source.id} table ${t + 1} row ${r + 1}`);
        });
      });
    }
    expect(unmapped).toEqual([]);
    expect(rows).toBe(247);
  });

  it('cites only rows that exist, quoting them verbatim', () => {
    for (const rule of dataset.rules) {
      for (const p of rule.provenance.filter(isTableCitation)) {
        const doc = inScope.find((x) => x.source.id === p.source)?.doc;
        const row = doc?.tables[p.table - 1]?.rows[p.row - 1];
        expect(row, `${rule.id}: ${p.source} ${p.table}.${p.row}`).toBeDefined();
        expect(p.cells.en).toEqual(row?.map((c) => c.en));
        expect(p.cells['zh-TW']).toEqual(row?.map((c) => c['zh-TW']));
      }
    }
  });

  it('agrees with every row it cites: protocol, security, transport, ports, source and destination', () => {
    const disagreements: string[] = [];
    for (const rule of dataset.rules) {
      const covered: PortRange[] = [];
      for (const p of rule.provenance.filter(isTableCitation)) {
        const doc = inScope.find((x) => x.source.id === p.source)?.doc;
        const columns = doc?.tables[p.table - 1]?.columns ?? [];
        const facts = rowFacts(columns, p.cells.en);
        const where = `${rule.id} ← ${p.source} ${p.table}.${p.row}`;
        if (facts.protocol && facts.protocol !== rule.protocol) disagreements.push(`${where}: protocol ${facts.protocol}`);
        if (facts.security && rule.protocol !== 'https' && facts.security !== rule.security)
          disagreements.push(`${where}: security ${facts.security}`);
        if (facts.transport && facts.transport !== rule.transport) disagreements.push(`${where}: transport ${facts.transport}`);
        if (!facts.port || !within(facts.port, rule.ports)) disagreements.push(`${where}: port ${JSON.stringify(facts.port)}`);
        else covered.push(facts.port);
        if (facts.sourcePort && !within(facts.sourcePort, rule.sourcePorts ?? [])) disagreements.push(`${where}: source port`);
        if (!p.erratum) {
          if (!cellNames(facts.source).some((n) => endpointNames(endpoints.get(rule.source)).includes(n))) {
            disagreements.push(`${where}: source "${facts.source}" is not a name of ${rule.source}`);
          }
          if (!cellNames(facts.destination).some((n) => endpointNames(endpoints.get(rule.destination)).includes(n))) {
            disagreements.push(`${where}: destination "${facts.destination}" is not a name of ${rule.destination}`);
          }
        }
      }
      // The rows together cover the rule's ports: nothing is opened that no row asks for.
      for (const r of rule.ports) {
        for (let port = r.from; port <= r.to; port += r.to - r.from > 100 ? r.to - r.from : 1) {
          if (!covered.some((c) => c.from <= port && port <= c.to)) disagreements.push(`${rule.id}: port ${port} is cited by no row`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('gives every rule a topology and every topology some rules', () => {
    const used = new Set(dataset.rules.flatMap((r) => r.topologies ?? []));
    for (const rule of dataset.rules) expect(rule.topologies?.length, rule.id).toBeGreaterThan(0);
    expect([...used].sort()).toEqual((dataset.topologies ?? []).map((t) => t.id).sort());
  });

  it('checks every port and transport that a zh-TW note mentions against the rule', () => {
    const wrong: string[] = [];
    for (const rule of dataset.rules) {
      for (const m of rule.notes['zh-TW'].matchAll(/\b(TCP|UDP)\s*\/?\s*(\d{2,5})\b/g)) {
        const transport = m[1]?.toLowerCase();
        const port = Number(m[2]);
        const matchesRule =
          transport === rule.transport && [...rule.ports, ...(rule.sourcePorts ?? [])].some((r) => r.from <= port && port <= r.to);
        if (!matchesRule) wrong.push(`${rule.id}: ${m[0]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the zh-TW notes free of the machine translation’s "UDP/443" error', () => {
    expect(dataset.rules.filter((r) => r.notes['zh-TW'].includes('UDP/443')).map((r) => r.id)).toEqual([]);
  });
});
