/**
 * Every row of every in-scope source table is accounted for, and every rule agrees with the rows
 * and paragraphs it cites: protocol, security, transport, ports, source ports, source and
 * destination; twin rules agree with each other; where a cited cell departs from the rule (another
 * endpoint, a narrowing the rule leaves out, a zh-TW port or transport that contradicts the
 * English), the citation carries an erratum. The sources are the in-repo copies under
 * tests/fixtures/sources (© Microsoft, CC BY 4.0).
 */
import { describe, expect, it } from 'vitest';
import { findPairs } from '../../src/shared/domain/pairs';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import { type Endpoint, isTableCitation, type ParagraphCitation, type PortRange, type Rule } from '../../src/shared/domain/schema';
import { loadShippedDataset, readJson } from './helpers';

type Cell = { en: string; 'zh-TW': string };
interface SourceTables {
  documents: { slug: string; tables: { columns: Cell[]; rows: Cell[][] }[] }[];
}
interface SourceParagraphs {
  documents: { id: string; slug: string; paragraphs: Cell[] }[];
}

const dataset = loadShippedDataset();
const tables = readJson<SourceTables>('tests/fixtures/sources/lync-server-2013-tables.json');
const prose = readJson<SourceParagraphs>('tests/fixtures/sources/lync-server-2013-paragraphs.json');
const endpoints = new Map(dataset.endpoints.map((e) => [e.id, e]));
const isParagraphCitation = (p: Rule['provenance'][number]): p is ParagraphCitation => !isTableCitation(p);

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

/** The endpoints a cell lists: one name, or a list ("Front End Server, Front End pool, Director"). */
function listedNames(text: string): string[] {
  const trimmed = text.trim();
  if (/^Any \(/.test(trimmed) || !trimmed.includes(', ')) return [trimmed];
  const isName = dataset.endpoints.some((e) => endpointNames(e).includes(trimmed));
  return isName ? [trimmed] : trimmed.split(', ').map((s) => s.trim());
}

/** Numbers (50,000 → 50000) and transports a cell states: what a translation must not change. */
function portFacts(text: string): string {
  const numbers = [...text.replace(/(\d),(\d{3})/g, '$1$2').matchAll(/(?<![A-Za-z\d])\d+/g)].map((m) => Number(m[0]));
  const transports = new Set([...text.matchAll(/\b(TCP|UDP)\b/gi)].map((m) => m[1]?.toUpperCase()));
  return JSON.stringify([[...new Set(numbers)].sort((a, b) => a - b), [...transports].sort()]);
}
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
      for (const p of rule.provenance.filter(isParagraphCitation)) {
        for (const m of p.quote.en.matchAll(/\d+/g)) covered.push({ from: Number(m[0]), to: Number(m[0]) });
      }
      // The rows and quotes together cover the rule's ports: nothing is opened that none asks for.
      for (const r of rule.ports) {
        for (let port = r.from; port <= r.to; port += r.to - r.from > 100 ? r.to - r.from : 1) {
          if (!covered.some((c) => c.from <= port && port <= c.to)) disagreements.push(`${rule.id}: port ${port} is cited by no row`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('models every endpoint a cited row lists, or says why not', () => {
    // A row may list several destinations ("Front End Server, Front End pool, Director, Director
    // pool, Office Web Apps for conferencing"). Each must be the endpoint of a rule citing that row;
    // a citation of a row that lists an endpoint no such rule has carries an erratum.
    const unexplained: string[] = [];
    for (const rule of dataset.rules) {
      for (const p of rule.provenance.filter(isTableCitation)) {
        if (p.erratum) continue;
        const doc = inScope.find((x) => x.source.id === p.source)?.doc;
        const facts = rowFacts(doc?.tables[p.table - 1]?.columns ?? [], p.cells.en);
        const citing = citations.get(`${p.source}/${p.table}/${p.row}`) ?? [];
        for (const [side, cell] of [
          ['source', facts.source],
          ['destination', facts.destination],
        ] as const) {
          const modelled = citing.flatMap((r) => endpointNames(endpoints.get(r[side])));
          for (const name of listedNames(cell)) {
            if (name !== 'Any' && !/^Any \(/.test(name) && !modelled.includes(name)) {
              unexplained.push(`${rule.id} ← ${p.source} ${p.table}.${p.row}: ${side} "${name}" is in no rule citing the row`);
            }
          }
          // "Any (can be defined as …)": the rule narrows that side too, or says why not.
          const canBe = side === 'source' ? rule.sourceCanBe : rule.destinationCanBe;
          if (/can be defined as/.test(cell) && !canBe?.length) {
            unexplained.push(`${rule.id} ← ${p.source} ${p.table}.${p.row}: ${side} narrowing "${cell}" left out`);
          }
        }
      }
    }
    expect(unexplained).toEqual([]);
  });

  it('cites paragraphs whose quotes are found verbatim in the source, naming a port of the rule', () => {
    const wrong: string[] = [];
    for (const rule of dataset.rules) {
      for (const p of rule.provenance.filter(isParagraphCitation)) {
        const text = prose.documents.find((d) => d.id === p.source)?.paragraphs[p.paragraph - 1];
        const where = `${rule.id} ← ${p.source} ¶${p.paragraph}`;
        if (!text) wrong.push(`${where}: no such paragraph`);
        else {
          if (!text.en.includes(p.quote.en)) wrong.push(`${where}: en quote not found verbatim`);
          if (!text['zh-TW'].includes(p.quote['zh-TW'])) wrong.push(`${where}: zh-TW quote not found verbatim`);
        }
        const numbers = [...p.quote.en.matchAll(/\d+/g)].map((m) => Number(m[0]));
        if (!numbers.some((n) => rule.ports.some((r) => r.from <= n && n <= r.to))) wrong.push(`${where}: quote names no port of the rule`);
      }
    }
    expect(wrong).toEqual([]);
    expect(dataset.rules.flatMap((r) => r.provenance.filter(isParagraphCitation)).length).toBeGreaterThan(0);
  });

  it('marks every quoted zh-TW cell whose ports or transport contradict the English cell', () => {
    const unmarked: string[] = [];
    let contradictions = 0;
    for (const rule of dataset.rules) {
      for (const p of rule.provenance) {
        const pairs: [string, string][] = isTableCitation(p)
          ? p.cells.en.map((en, i) => [en, p.cells['zh-TW'][i] ?? ''])
          : [[p.quote.en, p.quote['zh-TW']]];
        for (const [en, zh] of pairs) {
          if (portFacts(en) === portFacts(zh)) continue;
          contradictions++;
          const where = isTableCitation(p) ? `${p.source} ${p.table}.${p.row}` : `${p.source} ¶${p.paragraph}`;
          // The erratum is shown next to the quote: it must name what the zh-TW cell got wrong.
          const wrongTokens = JSON.parse(portFacts(zh))
            .flat()
            .filter((t: unknown) => !JSON.parse(portFacts(en)).flat().includes(t));
          const named = wrongTokens.every((t: unknown) => p.erratum?.en.includes(String(t)) && p.erratum['zh-TW'].includes(String(t)));
          if (!p.erratum || !named) unmarked.push(`${rule.id} ← ${where}: "${zh}" vs "${en}"`);
        }
      }
    }
    expect(unmarked).toEqual([]);
    expect(contradictions).toBe(11);
  });

  it('keeps twin rules (-nat, -vip) identical to their public-IP rule except endpoints, topologies, provenance, notes and summary', () => {
    const byId = new Map(dataset.rules.map((r) => [r.id, r]));
    // Twins whose public-IP rule has another id, and VIP rules with no public-IP counterpart.
    const publicOf: Record<string, string | null> = {
      'access-sip-5061-out-vip': 'sip-federation-5061-out',
      'edge-internal-vip-stun-tcp-443-in': 'edge-internal-stun-tcp-443',
      'edge-internal-vip-stun-tcp-443-out': null,
    };
    const fields = ['sourcePorts', 'ports', 'transport', 'protocol', 'security', 'requirement', 'legacy', 'scenarios', 'role'] as const;
    const differences: string[] = [];
    let twins = 0;
    for (const twin of dataset.rules.filter((r) => /-(nat|vip)$|-vip-/.test(r.id))) {
      const baseId = twin.id in publicOf ? publicOf[twin.id] : twin.id.replace(/-(nat|vip)$/, '').replace('-vip-', '-');
      if (baseId === null) continue;
      const base = baseId === undefined ? undefined : byId.get(baseId);
      if (!base) {
        differences.push(`${twin.id}: no public-IP rule ${baseId}`);
        continue;
      }
      twins++;
      for (const field of fields) {
        if (JSON.stringify(twin[field]) !== JSON.stringify(base[field])) {
          differences.push(`${twin.id} vs ${base.id}: ${field} ${JSON.stringify(twin[field])} ≠ ${JSON.stringify(base[field])}`);
        }
      }
    }
    expect(differences).toEqual([]);
    expect(twins).toBe(41);
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

describe('wording of the dataset', () => {
  const views = resolveRules(indexDataset(dataset));
  const pairs = findPairs(views);
  const twinBase = (id: string) => id.replace(/-(nat|vip)$/, '').replace('-vip-', '-');

  it('gives every rule a short summary in both languages, distinct except for twins and bidirectional pairs', () => {
    const problems: string[] = [];
    for (const rule of dataset.rules) {
      const { en, 'zh-TW': zh } = rule.summary;
      if (en.trim() === '' || zh.trim() === '') problems.push(`${rule.id}: empty summary`);
      if ([...en].length > 70) problems.push(`${rule.id}: en summary has ${[...en].length} characters`);
      if ([...zh].length > 40) problems.push(`${rule.id}: zh-TW summary has ${[...zh].length} characters`);
    }
    for (const [i, a] of dataset.rules.entries()) {
      for (const b of dataset.rules.slice(i + 1)) {
        const allowed = twinBase(a.id) === twinBase(b.id) || pairs.get(a.id) === b.id;
        for (const lang of ['en', 'zh-TW'] as const) {
          if (a.summary[lang] === b.summary[lang] && !allowed) problems.push(`${a.id} and ${b.id}: same ${lang} summary`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('tells the rules of one topology apart by their summaries', () => {
    const problems: string[] = [];
    for (const topology of dataset.topologies ?? []) {
      for (const lang of ['en', 'zh-TW'] as const) {
        const seen = new Map<string, string>();
        for (const view of views.filter((v) => v.topologies.includes(topology.id))) {
          const other = seen.get(view.rule.summary[lang]);
          if (other) problems.push(`${topology.id}: ${other} and ${view.rule.id} share the ${lang} summary`);
          seen.set(view.rule.summary[lang], view.rule.id);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  /** Every zh-TW string of the dataset, with its JSON path; quoted source text (cells, quotes, published titles) is left out: it stays verbatim. */
  function zhStrings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) zhStrings(item, `${path}[${i}]`, out);
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const verbatim = key === 'cells' || key === 'quote' || (key === 'title' && /^sources\[\d+\]$/.test(path));
        if (verbatim) continue;
        if (key === 'zh-TW' && typeof item === 'string') out.push([`${path}.${key}`, item]);
        else zhStrings(item, path === '' ? key : `${path}.${key}`, out);
      }
    }
    return out;
  }
  const HAN = '\\p{Script=Han}';

  /** What breaks the punctuation rules of the seed document's zh-TW; text quoted in 「」 is exempt. */
  function punctuationProblems(text: string): string[] {
    const own = text.replace(/「[^」]*」/g, '「」');
    const problems: string[] = [];
    if (new RegExp(`${HAN}\\s*[,:;]\\s*${HAN}`, 'u').test(own)) problems.push('ASCII , : or ; between CJK characters (use ，：；)');
    if (/[“”"]/.test(own)) problems.push('“ ” or " quotes (use 「」)');
    const latin = new RegExp(`${HAN}[A-Za-z0-9]|[A-Za-z0-9]${HAN}`, 'u').exec(own);
    if (latin) problems.push(`no space between CJK and Latin or digits: "${latin[0]}"`);
    const bracket = /[^\s(]\(/.exec(own);
    if (bracket) problems.push(`no space before "(": "${bracket[0]}"`);
    if (/[（）]/.test(own)) problems.push('full-width brackets (use half-width, with a space before)');
    return problems;
  }

  it('detects the punctuation problems it is meant to', () => {
    expect(punctuationProblems('Edge Server A/V介面')).toHaveLength(1);
    expect(punctuationProblems('同盟, 公用')).toHaveLength(1);
    expect(punctuationProblems('同盟: 公用')).toHaveLength(1);
    expect(punctuationProblems('寫“任何一個”')).toHaveLength(1);
    expect(punctuationProblems('私人 IP(NAT)')).toHaveLength(1);
    expect(punctuationProblems('介面（私人 IP）')).toHaveLength(1);
    expect(punctuationProblems('Edge Server A/V 介面 (私人 IP，NAT)')).toEqual([]);
    expect(punctuationProblems('來源將這條規則標為「Access/SIP(MTLS)」')).toEqual([]);
  });

  it('writes every zh-TW string with the seed document’s punctuation', () => {
    const strings = zhStrings(dataset, '');
    expect(strings.length).toBeGreaterThan(300);
    const problems = strings.flatMap(([path, text]) => punctuationProblems(text).map((p) => `${path}: ${p} in "${text}"`));
    expect(problems).toEqual([]);
  });

  it('uses one term for public IM connectivity (公用, not 公共) and US spelling in English', () => {
    const zh = zhStrings(dataset, '').filter(([, text]) => text.includes('公共'));
    expect(zh).toEqual([]);
    const english = JSON.stringify(dataset.rules.map((r) => [r.summary.en, r.notes.en, r.requirement.condition?.en]));
    expect(english).not.toMatch(/signall|recognis|licence|behaviour|organis|favour|colour/);
    expect(
      dataset.rules.filter((r) => /^\((Optional|選用)\)/.test(r.notes.en) || r.notes['zh-TW'].startsWith('(選用)')).map((r) => r.id),
    ).toEqual([]);
  });

  it('translates every zh-TW string: no English phrase left untranslated (e.g. an endpoint alias)', () => {
    // Lowercase words of the documents' English names; the zh-TW terms are 服務, 介面, 位址, 公用, 私人, 集區, 夥伴, 用戶端, 會議, 使用者.
    const english = /\b(service|interface|address|public|private|pool|partners?|clients?|conferencing|users?)\b/;
    expect(zhStrings(dataset, '').filter(([, text]) => english.test(text))).toEqual([]);
  });

  it('names the document, not "the seed document", in errata', () => {
    const errata = dataset.rules.flatMap((r) => r.provenance.flatMap((p) => (p.erratum ? [p.erratum] : [])));
    expect(errata.filter((e) => e['zh-TW'].includes('種子') || /seed document/i.test(e.en))).toEqual([]);
  });
});
