/**
 * Issue #14, items 3, 4 and 5: addresses from a link are kept apart from the saved ones (merged only
 * on request, never replacing them); every address, whatever its origin, passes the full parser and
 * only valid ones reach paper, exports and configurations; everything read from localStorage is
 * validated, field by field, and a date that does not exist is never shifted.
 */
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSheetFields } from '../../src/features/sheet/useSheetFields';
import { readStoredJson, readStoredText } from '../../src/shared/browser/storage';
import { mergeAddresses, newAddresses, readStoredAddresses, viewAddresses, withAddresses } from '../../src/shared/domain/addressState';
import { formatLongDate, isIsoDate } from '../../src/shared/domain/calendar';
import { buildConfigModel, CONFIG_FORMATS } from '../../src/shared/domain/config';
import { isoDate } from '../../src/shared/domain/dates';
import { toCsv, toJson } from '../../src/shared/domain/exports';
import { buildRuleModel } from '../../src/shared/domain/pairs';
import { indexDataset } from '../../src/shared/domain/rules';
import { buildSheetRows, sheetRules } from '../../src/shared/domain/sheet';
import { decodeLinkState, fixedVocabulary } from '../../src/shared/domain/urlState';
import { loadShippedDataset, translator } from './helpers';

const dataset = loadShippedDataset();
const index = indexDataset(dataset);
const model = buildRuleModel(index);
const endpointIds = new Set(dataset.endpoints.map((e) => e.id));
const book = (entries: Record<string, string[]>) => new Map(Object.entries(entries));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('addresses from a link are the link’s until the user keeps them (item 3)', () => {
  const stored = { 'access-edge-external': ['198.51.100.10'], 'edge-internal': ['10.0.0.5'] };
  const link = decodeLinkState('?view=sheet&topology=single-public&addr=av-edge-external*198.51.100.7', fixedVocabulary(dataset)).state
    .addresses;

  it('are shown over the saved ones and marked as the link’s; nothing saved is hidden or lost', () => {
    const view = viewAddresses(stored, link, endpointIds);
    expect(Object.fromEntries(view.addresses)).toEqual({ ...stored, 'av-edge-external': ['198.51.100.7'] });
    expect(Object.fromEntries(view.fromLink)).toEqual({ 'av-edge-external': ['198.51.100.7'] });
    expect(Object.fromEntries(view.stored)).toEqual(stored);
  });

  it('typing in a field changes that endpoint only; keeping adds the link’s to the saved ones, never replacing them', () => {
    const view = viewAddresses(stored, link, endpointIds);
    expect(Object.fromEntries(withAddresses(view.stored, 'edge-internal', ['10.0.0.6']))).toEqual({
      'access-edge-external': ['198.51.100.10'],
      'edge-internal': ['10.0.0.6'],
    });
    const conflicting = viewAddresses(stored, { 'edge-internal': ['10.0.0.9'] }, endpointIds);
    expect(conflicting.addresses.get('edge-internal')).toEqual(['10.0.0.9']);
    expect(Object.fromEntries(mergeAddresses(conflicting.stored, conflicting.linkValid))).toEqual({
      'access-edge-external': ['198.51.100.10'],
      'edge-internal': ['10.0.0.5', '10.0.0.9'],
    });
  });

  it('a link that carries only what this browser already holds (one’s own shared link) brings nothing new', () => {
    expect(newAddresses(book(stored), book({ 'edge-internal': ['10.0.0.5'] })).size).toBe(0);
    expect(viewAddresses(stored, { 'edge-internal': ['10.0.0.5'] }, endpointIds).fromLink.size).toBe(0);
  });
});

describe('every address passes the full parser, whatever its origin (item 4)', () => {
  const vocabulary = fixedVocabulary(dataset);
  const { state } = decodeLinkState(
    '?view=sheet&rules=xmpp-gateway-23456-out&addr=edge-internal*999.999.999.999*javascript:x*10.0.0.5/8*10.0.0.9,internal-any*10.0.0.0/8',
    vocabulary,
  );

  it('the link of the issue: the invalid addresses are errors in the link’s notice, never on paper, in exports or in a configuration', () => {
    const view = viewAddresses({ 'front-end': ['10.1.1.1', '10.1.1.300'] }, state.addresses, endpointIds);
    expect(Object.fromEntries(view.addresses)).toEqual({
      'edge-internal': ['10.0.0.9'],
      'internal-any': ['10.0.0.0/8'],
      'front-end': ['10.1.1.1'],
    });
    expect(view.linkErrors.get('edge-internal')).toEqual([
      { input: '999.999.999.999', error: 'invalid' },
      { input: 'javascript:x', error: 'invalid' },
      { input: '10.0.0.5/8', error: 'host-bits', suggestion: '10.0.0.0/8' },
    ]);
    expect(view.storedErrors.get('front-end')).toEqual([{ input: '10.1.1.300', error: 'invalid' }]);

    const rules = sheetRules([], model.ordered, state.selection);
    const t = translator('en');
    const rows = buildSheetRows(rules, index, 'en', view.addresses, t);
    const outputs = [
      JSON.stringify(rows),
      toCsv(rows, t),
      toJson(rules, index, view.addresses, {}),
      ...CONFIG_FORMATS.flatMap((f) => f.generate(buildConfigModel(rules, view.addresses), 'internal').map((file) => file.text)),
    ];
    for (const text of outputs) for (const bad of ['999.999', 'javascript', '10.0.0.5/8', '10.1.1.300']) expect(text).not.toContain(bad);
    const csv = Papa.parse<string[]>(toCsv(rows, t).slice(1)).data;
    expect(csv[1]?.[csv[0]?.indexOf('Source addresses') ?? -1]).toBe('10.0.0.0/8');
    expect(csv[1]?.[csv[0]?.indexOf('Destination addresses') ?? -1]).toBe('10.0.0.9');
  });

  it('saved addresses of the wrong shape are dropped and named; link-safe ids such as "constructor" stay ordinary keys', () => {
    const raw = JSON.parse(
      '{"edge-internal":["10.0.0.1"],"Bad Id":["1.1.1.1"],"front-end":"10.0.0.2","constructor":["10.0.0.3"],"__proto__":["10.0.0.4"],"director":[1,2]}',
    );
    const { book: read, dropped } = readStoredAddresses(raw);
    expect(Object.fromEntries(read)).toEqual({ 'edge-internal': ['10.0.0.1'], constructor: ['10.0.0.3'] });
    expect(dropped).toEqual(['Bad Id', 'front-end', '__proto__', 'director']);
    expect(readStoredAddresses('garbage').dropped).toEqual(['"garbage"']);
  });
});

describe('stored sheet fields, field by field (item 5)', () => {
  it.each(['2026-13-01', '0000-00-00', '2026-02-31', '2025-02-29', '26-1-1', '2026-1-01', 42])(
    'date %s: today’s date, and the field is told',
    (date) => {
      const reported: [string, unknown][] = [];
      const fields = readSheetFields({ date, title: 'Kept' }, (part, value) => reported.push([part, value]));
      expect(fields.date).toBe(isoDate(new Date()));
      expect(fields.title).toBe('Kept');
      expect(reported).toEqual([['date', date]]);
    },
  );

  it('a date that exists is kept, an empty date stays empty, and each other field falls back alone', () => {
    const reported: string[] = [];
    const fields = readSheetFields(
      { date: '2024-02-29', title: 'x'.repeat(201), ticket: 7, requester: 'Ann', environment: '', justification: 'Why' },
      (part) => reported.push(part),
    );
    expect(fields).toEqual({ title: '', ticket: '', requester: 'Ann', date: '2024-02-29', environment: '', justification: 'Why' });
    expect(reported).toEqual(['title', 'ticket']);
    expect(readSheetFields({ date: '' }).date).toBe('');
    expect(readSheetFields('nonsense', (part) => reported.push(`root:${part}`)).date).toBe(isoDate(new Date()));
    expect(reported).toContain('root:');
  });

  it('a date that does not exist is never printed as another date', () => {
    expect(isIsoDate('2026-02-31')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('9999-12-31')).toBe(true);
    expect(formatLongDate('2026-02-31', 'en')).toBe('');
    expect(formatLongDate('2026-13-01', 'zh-TW')).toBe('');
    expect(formatLongDate('2026-11-23', 'en')).toBe('November 23, 2026');
    expect(formatLongDate('2026-11-23', 'zh-TW')).toBe('2026年11月23日');
    expect(formatLongDate('0001-01-01', 'en')).toMatch(/^January 1, 1\b/);
  });

  it('localStorage entries too large or not JSON are ignored and reported, never thrown', () => {
    const values: Record<string, string> = { big: 'x'.repeat(1_000_001), bad: '{"date":', ok: '{"date":"2026-11-23"}' };
    vi.stubGlobal('window', { localStorage: { getItem: (k: string) => values[k] ?? null } });
    expect(readStoredText('big')).toBeUndefined();
    expect(readStoredJson('bad')).toBeUndefined();
    expect(readStoredJson('ok')).toEqual({ date: '2026-11-23' });
    vi.stubGlobal('window', {
      localStorage: {
        getItem: () => {
          throw new Error('blocked');
        },
      },
    });
    expect(readStoredJson('ok')).toBeUndefined();
  });
});
