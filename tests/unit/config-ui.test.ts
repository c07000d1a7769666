/** The firewall configuration page's pure parts: formats in the link, what each output leaves out, file names, outputs per firewall. */
import { describe, expect, it } from 'vitest';
import { configOptions, readDeviceNames } from '../../src/features/config/deviceNames';
import { NOT_INCLUDED, notIncluded } from '../../src/features/config/notIncluded';
import { configFilename, firewallOutputs, lineNumbers, shownFirewalls, uniqueWarnings } from '../../src/features/config/outputs';
import { buildConfigModel, CONFIG_FORMATS, configFormat } from '../../src/shared/domain/config';
import { CONFIG_FORMAT_IDS } from '../../src/shared/domain/linkState';
import { FIREWALLS } from '../../src/shared/domain/zones';
import { DOC_ADDRESSES, topologyViews } from './configFixtures';
import { filtersFrom, readJson } from './helpers';

type Dict = Record<string, unknown>;
const locales = { en: readJson<Dict>('locales/en/translation.json'), 'zh-TW': readJson<Dict>('locales/zh-TW/translation.json') };
const has = (lang: 'en' | 'zh-TW', key: string) =>
  typeof key.split('.').reduce<unknown>((o, part) => (o as Dict | undefined)?.[part], locales[lang]) === 'string';

describe('formats in the link', () => {
  it('are the domain formats, in the same order', () => {
    expect([...CONFIG_FORMAT_IDS]).toEqual(CONFIG_FORMATS.map((f) => f.id));
  });
});

describe('what each output leaves out', () => {
  const model = buildConfigModel(topologyViews('single-public'), DOC_ADDRESSES);
  it.each(CONFIG_FORMAT_IDS)('%s: one translated item per "Not included" line of every file header', (id) => {
    const format = configFormat(id);
    for (const firewall of FIREWALLS)
      for (const file of format?.generate(model, firewall) ?? []) {
        const lines = file.text.split('\n');
        const start = lines.findIndex((line) => /^[#!] Not included:$/.test(line));
        const items = lines.slice(start + 1).findIndex((line) => !/^[#!] {3}- /.test(line));
        expect(start).toBeGreaterThan(0);
        expect(items).toBe(notIncluded(id).length);
      }
  });
  it('has every item, format hint and how-to in both languages', () => {
    const keys = [
      ...CONFIG_FORMAT_IDS.flatMap((id) => [
        ...notIncluded(id).map((key) => `config.notIncluded.${key}`),
        `config.formatHint.${id}`,
        `config.howTo.${id}`,
      ]),
      ...['placeholder', 'fqdn-omitted', 'no-common-family', 'invalid-address'].map((code) => `config.warning.${code}`),
      ...FIREWALLS.flatMap((f) => [`config.firewall.${f}`, `config.firewallShort.${f}`]),
    ];
    expect(Object.keys(NOT_INCLUDED)).toEqual([...CONFIG_FORMAT_IDS]);
    for (const lang of ['en', 'zh-TW'] as const) expect(keys.filter((key) => !has(lang, key))).toEqual([]);
  });
});

describe('file names', () => {
  const filters = filtersFrom({ facets: { topology: ['single-public'] } });
  it('follow the exports: filters, date, firewall, then the extension (txt formats named)', () => {
    expect(configFilename(filters, '2026-11-26', 'external', 'nftables', 'nft')).toBe(
      'lync-edge-rules-single-public-2026-11-26-external.nft',
    );
    expect(configFilename(filters, '2026-11-26', 'internal', 'iptables', 'rules.v6')).toBe(
      'lync-edge-rules-single-public-2026-11-26-internal.rules.v6',
    );
    expect(configFilename(filters, '2026-11-26', 'external', 'asa', 'txt')).toBe(
      'lync-edge-rules-single-public-2026-11-26-external.asa.txt',
    );
    expect(configFilename(filtersFrom(), '2026-11-26', 'internal', 'panos', 'txt')).toBe('lync-edge-rules-2026-11-26-internal.panos.txt');
  });
});

describe('outputs per firewall', () => {
  it('show the one firewall the filter names, else both (the same array each time)', () => {
    expect(shownFirewalls([])).toEqual(['external', 'internal']);
    expect(shownFirewalls(['internal'])).toEqual(['internal']);
    expect(shownFirewalls(['internal'])).toBe(shownFirewalls(['internal']));
    expect(shownFirewalls(['external', 'internal'])).toBe(shownFirewalls([]));
    expect(shownFirewalls(['constructor'])).toEqual(['external', 'internal']);
  });

  it('count the rules crossing each firewall and list each warning once', () => {
    const views = topologyViews('single-public').filter((v) => v.rule.scenarios.includes('xmpp-federation'));
    const model = buildConfigModel(views, { 'access-edge-external': ['198.51.100.10'] });
    const [external, internal] = firewallOutputs(model, configFormat('iptables')!, FIREWALLS);
    expect(external?.ruleCount).toBe(2);
    expect(internal?.ruleCount).toBe(1);
    expect(internal?.files.map((f) => f.part)).toEqual(['ipv4', 'ipv6']);
    // Both files warn about the same two placeholders: listed once.
    expect(internal?.warnings.map((w) => w.code)).toEqual(['placeholder', 'placeholder']);
    expect(uniqueWarnings(internal?.files ?? []).length).toBe(2);
  });

  it('number the lines of a text, a final line break starting none', () => {
    expect(lineNumbers('a\nb\n')).toBe('1\n2');
    expect(lineNumbers('a')).toBe('1');
  });

  it('stay fast for thousands of rules (generated once per input)', () => {
    const views = Array.from({ length: 40 }, () => topologyViews('single-public')).flat();
    const started = performance.now();
    const model = buildConfigModel(views, DOC_ADDRESSES);
    const outputs = CONFIG_FORMATS.flatMap((format) => firewallOutputs(model, format, FIREWALLS));
    const elapsed = performance.now() - started;
    expect(views.length).toBeGreaterThan(1000);
    expect(outputs.every((o) => o.files.every((f) => f.text.length > 0))).toBe(true);
    expect(elapsed).toBeLessThan(5000);
  });
});

describe('device names kept in this browser', () => {
  it('keep each valid name and report the others (the default is used)', () => {
    const reported: string[] = [];
    const names = readDeviceNames(
      { asa: { internet: 'edge-out', perimeter: 'bad name;', constructor: 'x' }, panos: 'trust', other: 1 },
      (part) => reported.push(part),
    );
    expect(names).toEqual({ asa: { internet: 'edge-out' }, panos: {} });
    expect(reported).toEqual(['asa.perimeter', 'panos']);
    expect(readDeviceNames('x', (part) => reported.push(`top${part}`))).toEqual({ asa: {}, panos: {} });
    expect(reported.at(-1)).toBe('top');
    expect(readDeviceNames(undefined)).toEqual({ asa: {}, panos: {} });
  });
  it('rename the ASA interfaces and PAN-OS zones in the output', () => {
    const model = buildConfigModel(topologyViews('single-public'), DOC_ADDRESSES);
    const options = configOptions({ asa: { internet: 'edge-out' }, panos: { perimeter: 'lync-dmz' } });
    const [asa] = firewallOutputs(model, configFormat('asa')!, ['external'], options);
    expect(asa?.files[0]?.text).toContain('access-group LYNC-EDGE-OUT-IN in interface edge-out');
    const [panos] = firewallOutputs(model, configFormat('panos')!, ['external'], options);
    expect(panos?.files[0]?.text).toMatch(/from untrust to lync-dmz /);
  });
});
