/**
 * Issue #14, items 2 and 6 and the language and message fixes: dataset text is cleaned of bidi and
 * control characters when it is validated, so no view or export can be reordered by it; every
 * Unicode line break is a line break in CSV, Markdown and firewall configurations; lang=zh-HK means
 * zh-TW to the link decoder and to the language detector alike; every problem reads as a sentence.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectionLabel } from '../../src/features/diagram/model';
import { CONFIG_FORMATS } from '../../src/shared/domain/config/formats';
import { buildConfigModel } from '../../src/shared/domain/config/model';
import { safeComment } from '../../src/shared/domain/config/names';
import { toCsv, toJson, toMarkdown } from '../../src/shared/domain/exports';
import { describeFilters } from '../../src/shared/domain/filterSummary';
import { buildRuleModel } from '../../src/shared/domain/pairs';
import { indexDataset } from '../../src/shared/domain/rules';
import type { Dataset } from '../../src/shared/domain/schema';
import { buildSheetRows } from '../../src/shared/domain/sheet';
import { displayValue } from '../../src/shared/domain/text';
import { decodeLinkState, fixedVocabulary, languageFromLink, readLanguage } from '../../src/shared/domain/urlState';
import { type DatasetProblem, validateDataset } from '../../src/shared/domain/validate';
import { FIREWALLS } from '../../src/shared/domain/zones';
import { endpoint, syntheticView } from './configFixtures';
import { filtersFrom, loadSeedDataset, readJson, translator } from './helpers';

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: what must not survive
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u206f\ufeff]/;
const HOSTILE = [
  '\u202E',
  '\u202D',
  '\u202A',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u0000',
  '\u001b',
  '\ufeff',
];
/** Keys whose strings are ids, enums or references (the schema's patterns refuse any control there). */
const NOT_TEXT = new Set([
  'id',
  'source',
  'destination',
  'role',
  'protocol',
  'transport',
  'zone',
  'kind',
  'level',
  'security',
  'rule',
  'in',
  'change',
]);
const ID_LISTS = new Set(['scenarios', 'topologies', 'sourceCanBe', 'destinationCanBe', 'products', 'fields']);

/** Inserts `control` into every free-text string of a dataset (in the middle, and at the end). */
function poison(value: unknown, control: string, key = ''): unknown {
  if (typeof value === 'string') {
    if (NOT_TEXT.has(key)) return value;
    const at = Math.ceil(value.length / 2);
    return `${value.slice(0, at)}${control}${value.slice(at)}${control}`;
  }
  if (Array.isArray(value)) return ID_LISTS.has(key) ? value : value.map((item) => poison(item, control, key === 'cells' ? '' : key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, control, k)]));
  return value;
}

function exportsOf(dataset: Dataset): string {
  const index = indexDataset(dataset);
  const { ordered } = buildRuleModel(index);
  const t = translator('en');
  const rows = buildSheetRows(ordered, index, 'en', {}, t);
  const summary = describeFilters(
    filtersFrom({ facets: { scenario: dataset.scenarios.map((s) => s.id) } }),
    (_, id) => index.scenarioName(id, 'en'),
    t,
  );
  return [toCsv(rows, t).slice(1), toMarkdown(rows, t, 'title', summary), toJson(ordered, index, {}, { summary }), summary].join('\n');
}

describe('bidi and control characters in a dataset (item 2)', () => {
  it.each(HOSTILE)('U+%s in every text field is removed at validation: views and exports get the cleaned text', (control) => {
    const seed = loadSeedDataset();
    const result = validateDataset(poison(seed, control));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(JSON.stringify(result.dataset)).not.toMatch(CONTROL);
    // Nothing else changed: removing the characters gives back the seed.
    expect(result.dataset).toEqual(seed);
    expect(exportsOf(result.dataset)).not.toMatch(CONTROL);
  });

  it('any text: the validated value never holds a bidi control, and is the text without the controls', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60, unit: fc.constantFrom('a', ' ', '中', ...HOSTILE, '\u2028', '\u00e9') }),
        (note) => {
          const seed = loadSeedDataset();
          seed.rules[0]!.notes.en = `${note}x`;
          const result = validateDataset(seed);
          if (!result.ok) return;
          expect(result.dataset.rules[0]!.notes.en).not.toMatch(BIDI);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the fixture: a protocol label, a scenario name and a source URL with U+202E are shown and exported cleaned', () => {
    const result = validateDataset(readJson('tests/fixtures/datasets/bidi.json'));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const index = indexDataset(result.dataset);
    const [first] = buildRuleModel(index).ordered;
    expect(connectionLabel(index, first!)).toBe('SIP/MTLS TCP 5061');
    expect(result.dataset.scenarios[0]!.name.en).toBe('SIP federation');
    expect(result.dataset.sources[0]!.url).toBe('https://evil.example/#moc.tfosorcim.tenhcet//:sptth');
    expect(exportsOf(result.dataset)).not.toMatch(CONTROL);
  });

  it('file names and other values quoted in app sentences are cleaned, one line and cut', () => {
    expect(displayValue('rules\u202Enosj.exe\u2028x.json')).toBe('rulesnosj.exe x.json');
    expect(displayValue('a'.repeat(500), 120)).toHaveLength(121);
  });
});

describe('every Unicode line break is a line break in the outputs (item 6)', () => {
  const BREAKS = ['\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\r', '\n', '\r\n'];
  const seed = loadSeedDataset();
  const index = indexDataset(seed);
  const { ordered } = buildRuleModel(index);
  const t = translator('en');

  it.each(BREAKS.map((b) => [JSON.stringify(b), b]))(
    '%s in a note: Markdown keeps one table row per rule, CSV quotes the cell',
    (_, br) => {
      const rows = buildSheetRows(ordered, index, 'en', {}, t).map((row) => ({ ...row, justification: `first${br}| second${br}=third` }));
      const markdown = toMarkdown(rows, t, `title${br}# injected`, `summary${br}| x |`);
      const lines = markdown.trimEnd().split('\n');
      expect(lines).toHaveLength(4 + 2 + rows.length);
      expect(markdown).not.toMatch(/[\u2028\u2029\u0085\v\f\r]/);
      expect(lines.slice(-rows.length).every((line) => line.startsWith('| ') && line.endsWith(' |'))).toBe(true);
      const csv = toCsv(rows, t);
      expect(csv).not.toMatch(/[\u2028\u2029\u0085\v\f]/);
      const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data).toHaveLength(rows.length + 1);
      expect(parsed.data[1]).toContain('first\n| second\n=third');
    },
  );

  it.each(BREAKS.map((b) => [JSON.stringify(b), b]))('%s in ids and names: every configuration comment stays on its line', (_, br) => {
    expect(safeComment(`a${br}b`, 80)).toBe('a b');
    const lines = (evil: boolean) => {
      const edge = endpoint(evil ? `edge${br}-A INPUT -j DROP` : 'edge_-A INPUT -j DROP', 'perimeter');
      const net = endpoint('internet-any', 'internet', 'party');
      const view = syntheticView({ id: evil ? `r1${br}drop` : 'r1_drop', source: net, destination: edge, ports: [{ from: 443, to: 443 }] });
      return CONFIG_FORMATS.flatMap((format) =>
        FIREWALLS.flatMap((firewall) =>
          format.generate(buildConfigModel([view], {}), firewall).map((file) => file.text.split('\n').length),
        ),
      );
    };
    expect(lines(true)).toEqual(lines(false));
  });
});

describe('lang=zh-HK (decided: read as zh-TW, no notice)', () => {
  const vocabulary = fixedVocabulary(loadSeedDataset());
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each([
    ['zh-HK', 'zh-TW'],
    ['zh-tw', 'zh-TW'],
    ['zh', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['fr', undefined],
    ['', undefined],
  ] as const)('lang=%s → %s, the same for the link decoder and the detector', async (value, lang) => {
    expect(readLanguage(value)).toBe(lang);
    const decoded = decodeLinkState(`?lang=${value}&view=sheet`, vocabulary);
    expect(decoded.state.lang).toBe(lang);
    expect(decoded.ignored).toEqual(lang || value === '' ? [] : [{ param: 'lang', value }]);
    expect(languageFromLink(`?view=sheet&lang=${value}`)).toBe(lang);
    // The i18n detector: the link first, then the saved choice, then the browser.
    const saved: Record<string, string> = {};
    const storage = { getItem: (k: string) => saved[k] ?? null, setItem: (k: string, v: string) => (saved[k] = v), removeItem: () => {} };
    vi.stubGlobal('window', { location: { search: `?lang=${value}` }, localStorage: storage });
    vi.stubGlobal('navigator', { languages: ['fr-FR'], language: 'fr-FR' });
    const { languageDetector } = await import('../../src/shared/i18n/detect');
    const detected = languageDetector.detect();
    expect(detected).toBe(lang ?? 'en');
    languageDetector.cacheUserLanguage?.(String(detected));
    expect(saved['lync-port-matrix.lang']).toBe(lang ?? 'en');
  });
});

describe('every problem reads as a sentence, in both languages', () => {
  const render = (problem: DatasetProblem, lang: 'en' | 'zh-TW') =>
    translator(lang)(`problem.code.${problem.code}`, { expected: problem.expected ?? '', received: problem.received ?? '' });

  it('a port of 65535.5 is "not a whole number", never "Expected , found 65535.5"', () => {
    const seed = loadSeedDataset();
    seed.rules[0]!.ports[0]!.to = 65535.5;
    const result = validateDataset(seed);
    expect(result.ok ? [] : result.problems).toEqual([{ path: 'rules[0].ports[0].to', code: 'integer', received: '65535.5' }]);
    if (!result.ok) {
      expect(render(result.problems[0]!, 'en')).toBe('Expected a whole number, found 65535.5.');
      expect(render(result.problems[0]!, 'zh-TW')).toBe('應為整數，實際為 65535.5。');
    }
  });

  it('random edits: every message fills each of its placeholders', () => {
    const seed = loadSeedDataset();
    const edits = fc.record({
      rule: fc.nat({ max: seed.rules.length - 1 }),
      key: fc.constantFrom('ports', 'notes', 'summary', 'scenarios', 'provenance', 'id', 'source', 'legacy', 'requirement', 'transport'),
      value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(65535.5), fc.constant([]), fc.constant(''), fc.constant('x'.repeat(6000))),
    });
    fc.assert(
      fc.property(edits, ({ rule, key, value }) => {
        const dataset = structuredClone(seed) as unknown as { rules: Record<string, unknown>[] };
        (dataset.rules[rule] as Record<string, unknown>)[key] = value;
        const result = validateDataset(dataset);
        if (result.ok) return;
        for (const problem of result.problems)
          for (const lang of ['en', 'zh-TW'] as const) {
            const message = render(problem, lang);
            expect(message).not.toMatch(/error\.code|Expected ,|Expected \.|應為 ，/);
            const template = readJson<{ problem: { code: Record<string, string> } }>(`locales/${lang}/translation.json`).problem.code[
              problem.code
            ];
            for (const name of ['expected', 'received'] as const)
              if (template?.includes(`{{${name}}}`)) expect(problem[name], JSON.stringify(problem)).toBeTruthy();
          }
      }),
      { numRuns: 300 },
    );
  });
});
