/**
 * A changed rule field in words (changeFields.ts), field by field, over two small hand-written
 * datasets and a translator that shows which key was asked for, so each expectation names the
 * exact text the code must produce.
 */
import { describe, expect, it } from 'vitest';
import { describeChanges, describeRequirement, formatFieldValue } from '../../src/shared/domain/changeFields';
import type { FieldChange } from '../../src/shared/domain/compare';
import { indexDataset } from '../../src/shared/domain/rules';
import type { ChangeField, Dataset } from '../../src/shared/domain/schema';

const name = (en: string, zh: string) => ({ en, 'zh-TW': zh });

/** The parts of a dataset the field words read; each look-up has one known id and one unknown. */
function datasetOf(edgeName: string): Dataset {
  return {
    protocols: [
      { id: 'sip', label: 'SIP' },
      { id: 'xmpp', label: 'XMPP' },
    ],
    endpoints: [
      { id: 'edge', name: name(edgeName, '邊緣'), zone: 'perimeter', kind: 'interface' },
      { id: 'fe', name: name('Front End', '前端'), zone: 'internal', kind: 'party' },
    ],
    topologies: [{ id: 'single', name: name('Single Edge', '單一邊緣') }],
    scenarios: [{ id: 'im', name: name('IM and presence', '即時訊息') }],
    roles: [{ id: 'edge-role', name: name('Edge Server', '邊緣伺服器') }],
    sources: [],
    rules: [],
  } as unknown as Dataset;
}

const index = () => indexDataset(datasetOf('Edge Server'));

/** Keys in brackets, options after a bar; the two keys the lists use are plain text. */
const t = (key: string, options?: Record<string, unknown>) => {
  if (key === 'changes.none') return 'NONE';
  if (key === 'summary.listSeparator') return ' + ';
  return options ? `[${key}|${Object.values(options).join(',')}]` : `[${key}]`;
};

const en = (field: ChangeField, value: unknown) => formatFieldValue(field, value, index(), 'en', t);
const zh = (field: ChangeField, value: unknown) => formatFieldValue(field, value, index(), 'zh-TW', t);

describe('formatFieldValue', () => {
  it('gives a protocol its label, and an unknown protocol its id', () => {
    expect(en('protocol', 'xmpp')).toBe('XMPP');
    expect(en('protocol', 'sip')).toBe('SIP');
    expect(en('protocol', 'rtp')).toBe('rtp');
  });

  it('writes the transport in capitals', () => {
    expect(en('transport', 'udp')).toBe('UDP');
  });

  it('writes ports and source ports as ranges, and no source ports as none', () => {
    expect(en('ports', [{ from: 5061, to: 5061 }])).toBe('5061');
    expect(en('sourcePorts', [{ from: 50000, to: 59999 }])).toBe('50000-59999');
    expect(en('sourcePorts', undefined)).toBe('NONE');
  });

  it('names the source and destination in the reader’s language, and an unknown endpoint by its id', () => {
    expect(en('source', 'edge')).toBe('Edge Server');
    expect(zh('source', 'edge')).toBe('邊緣');
    expect(en('destination', 'fe')).toBe('Front End');
    expect(en('destination', 'gone')).toBe('gone');
  });

  it('lists what an endpoint can be narrowed to, and an empty or absent list as none', () => {
    expect(en('sourceCanBe', ['edge', 'fe'])).toBe('Edge Server + Front End');
    expect(zh('destinationCanBe', ['fe', 'gone'])).toBe('前端 + gone');
    expect(en('destinationCanBe', ['fe'])).toBe('Front End');
    expect(en('sourceCanBe', [])).toBe('NONE');
    expect(en('destinationCanBe', undefined)).toBe('NONE');
  });

  it('says the requirement', () => {
    expect(en('requirement', { level: 'required' })).toBe('[sheet.required]');
    expect(zh('requirement', { level: 'optional', condition: name('with federation', '同盟時') })).toBe('[sheet.optionalWhen|同盟時]');
  });

  it('says legacy or current', () => {
    expect(en('legacy', true)).toBe('[changes.legacyYes]');
    expect(en('legacy', false)).toBe('[changes.legacyNo]');
  });

  it('names topologies and scenarios, an unknown one by its id, none when the list is empty', () => {
    expect(en('topologies', ['single', 'scaled'])).toBe('Single Edge + scaled');
    expect(zh('topologies', ['single'])).toBe('單一邊緣');
    expect(en('topologies', [])).toBe('NONE');
    expect(en('scenarios', ['im', 'voice'])).toBe('IM and presence + voice');
    expect(zh('scenarios', ['im'])).toBe('即時訊息');
  });

  it('names the role, and an unknown role by its id', () => {
    expect(en('role', 'edge-role')).toBe('Edge Server');
    expect(zh('role', 'edge-role')).toBe('邊緣伺服器');
    expect(en('role', 'director')).toBe('director');
  });

  it('gives the notes in the reader’s language', () => {
    expect(en('notes', name('Open it', '開啟'))).toBe('Open it');
    expect(zh('notes', name('Open it', '開啟'))).toBe('開啟');
  });

  it('writes any other field as text, and none when it is absent', () => {
    expect(en('security', 'MTLS')).toBe('MTLS');
    expect(en('security', undefined)).toBe('NONE');
  });
});

describe('describeRequirement', () => {
  it('says required, optional, or optional with its condition in the reader’s language', () => {
    expect(describeRequirement({ level: 'required' }, 'en', t)).toBe('[sheet.required]');
    expect(describeRequirement({ level: 'required', condition: name('if', '若') }, 'en', t)).toBe('[sheet.required]');
    expect(describeRequirement({ level: 'optional' }, 'en', t)).toBe('[sheet.optional]');
    expect(describeRequirement({ level: 'optional', condition: name('if federated', '若同盟') }, 'en', t)).toBe(
      '[sheet.optionalWhen|if federated]',
    );
  });
});

describe('describeChanges', () => {
  it('labels each field and words the old value with the earlier dataset, the new one with the later', () => {
    const sides = { from: indexDataset(datasetOf('Edge (2013)')), to: indexDataset(datasetOf('Edge (2019)')) };
    const changes: FieldChange[] = [
      { field: 'source', from: 'edge', to: 'edge' },
      { field: 'transport', from: 'tcp', to: 'udp' },
    ];
    expect(describeChanges(changes, sides, 'en', t)).toEqual([
      { field: 'source', label: '[changes.field.source]', from: 'Edge (2013)', to: 'Edge (2019)' },
      { field: 'transport', label: '[changes.field.transport]', from: 'TCP', to: 'UDP' },
    ]);
    expect(describeChanges([], sides, 'en', t)).toEqual([]);
  });
});
