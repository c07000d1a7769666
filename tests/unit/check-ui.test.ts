/** The flow check page's sentences (errors, matches, near misses), in both languages, from the real translations. */
import { describe, expect, it } from 'vitest';
import { endpointMatchText, flowErrorText, nearMissText, zoneText } from '../../src/features/check/words';
import { matchFlow, parseLogLine } from '../../src/shared/domain/flow';
import { index, topologyViews } from './configFixtures';
import { readJson, translator } from './helpers';

const en = translator('en');
const zh = translator('zh-TW');
const views = topologyViews('single-public');
const addresses = { 'access-edge-external': ['198.51.100.10'], 'edge-internal': ['192.0.2.10'] };
const byId = new Map(views.map((v) => [v.rule.id, v]));
const LOG =
  'Nov 26 10:00:00 fw kernel: [12345.678] IN=eth0 OUT=eth1 SRC=203.0.113.7 DST=198.51.100.10 LEN=60 TTL=52 ID=4242 DF PROTO=TCP SPT=40123 DPT=5269 WINDOW=64240 SYN URGP=0';

describe('a flow that passes', () => {
  const read = parseLogLine(LOG);
  if (!read.ok) throw new Error('the example line must read');
  const verdict = matchFlow(read.flow, views, addresses);

  it('is allowed by xmpp-5269-in only, and each endpoint says how it matched', () => {
    expect(verdict.matches.map((m) => m.ruleId)).toEqual(['xmpp-5269-in']);
    const [match] = verdict.matches;
    expect(endpointMatchText(en, index, 'en', '203.0.113.7', match!.source)).toBe(
      '203.0.113.7 matches Any (Internet): any address in its zone (Internet).',
    );
    expect(endpointMatchText(en, index, 'en', '198.51.100.10', match!.destination)).toBe(
      '198.51.100.10 is Edge Server Access interface: the address entered for it, 198.51.100.10.',
    );
    expect(endpointMatchText(zh, index, 'zh-TW', '198.51.100.10', match!.destination)).toBe(
      '198.51.100.10 是 Edge Server 存取介面：為它輸入的位址 198.51.100.10。',
    );
    expect(zoneText(en, index, 'en', '198.51.100.10', verdict.destinationZone)).toBe(
      '198.51.100.10: Perimeter network, an address entered for Edge Server Access interface.',
    );
  });
});

describe('a flow on a wrong port', () => {
  const verdict = matchFlow(
    { source: '203.0.113.7', destination: '198.51.100.10', transport: 'tcp', destinationPort: 5270 },
    views,
    addresses,
  );
  it('is not allowed, and the XMPP rule is a near miss on another port, in words', () => {
    expect(verdict.matches).toEqual([]);
    const miss = verdict.nearMisses.find((m) => m.ruleId === 'xmpp-5269-in');
    expect(miss?.kind).toBe('other-port');
    expect(nearMissText(en, 'en', miss!, byId.get('xmpp-5269-in')!)).toBe(
      'Same endpoints, another port: this rule allows TCP 5269 from Any (Internet) to Edge Server Access interface.',
    );
    expect(nearMissText(zh, 'zh-TW', miss!, byId.get('xmpp-5269-in')!)).toBe(
      '端點相同，連接埠不同：這條規則允許從 任何一個 (網際網路) 到 Edge Server 存取介面 的 TCP 5269。',
    );
  });
});

describe('errors', () => {
  it('name the field and what is wrong, in both languages', () => {
    const bad = parseLogLine('IN=eth0 SRC=203.0.113.7 DST=198.51.100.10 PROTO=TCP SPT=40123 DPT=75269');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(flowErrorText(en, bad.error)).toBe('Destination port: 75269 is not a port (1 to 65535).');
    expect(flowErrorText(zh, bad.error)).toBe('目的地連接埠：75269 不是連接埠 (1 到 65535)。');
    expect(bad.error.position).toBe(66); // the 7 of DPT=75269, 0-based
    const unknown = parseLogLine('hello');
    expect(unknown.ok ? '' : flowErrorText(en, unknown.error)).toMatch(/^This is not a log line the page can read/);
  });

  it('have a sentence for every code, near-miss kind, zone basis and log format in both languages', () => {
    type Dict = Record<string, unknown>;
    const keys = [
      ...['empty', 'too-long', 'unknown-format', 'unsupported-message', 'missing-field', 'invalid-address', 'invalid-port'].map(
        (c) => `check.error.${c}`,
      ),
      'check.error.unsupported-protocol',
      'check.error.family-mismatch',
      ...['other-source-port', 'other-port', 'reverse', 'reply', 'other-endpoints'].map((k) => `check.near.${k}`),
      ...['assigned', 'private', 'special', 'public'].map((b) => `check.zone.${b}`),
      ...['netfilter', 'asa', 'windows'].map((f) => `check.readAs.${f}`),
      ...['line', 'source', 'destination', 'transport', 'destinationPort', 'sourcePort'].map((f) => `check.field.${f}`),
    ];
    for (const lang of ['en', 'zh-TW']) {
      const json = readJson<Dict>(`locales/${lang}/translation.json`);
      const missing = keys.filter(
        (key) => typeof key.split('.').reduce<unknown>((o, p) => (o as Dict | undefined)?.[p], json) !== 'string',
      );
      expect(missing).toEqual([]);
    }
  });
});
