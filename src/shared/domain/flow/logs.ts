/**
 * Firewall log lines as flows. Each reader returns undefined when the line is not its format, a
 * typed error when it is but cannot be read, and never throws.
 *
 * - netfilter (iptables LOG, nftables `log`): the kernel's nf_log_syslog format,
 *   `… IN=eth0 OUT= … SRC=192.0.2.1 DST=198.51.100.2 LEN=60 … PROTO=TCP SPT=51667 DPT=80 …`
 *   (IPv6 addresses are printed in full, `2001:0db8:0000:…`). The first SRC/DST/PROTO/SPT/DPT
 *   are the packet's; a bracketed copy inside an ICMP error comes later.
 * - Cisco ASA / FTD syslog (Cisco Secure Firewall ASA Series Syslog Messages):
 *   106001 `Inbound TCP connection denied from IP/port to IP/port flags … on interface NAME`,
 *   106023 `Deny PROTOCOL src IFACE:IP/port dst IFACE:IP/port … by access-group "ACL" …`,
 *   106100 `access-list ACL {permitted|denied|est-allowed} PROTOCOL IFACE/IP(port) -> IFACE/IP(port) hit-cnt …`.
 * - Windows Firewall pfirewall.log (W3C-like): `#Fields: date time action protocol src-ip dst-ip
 *   src-port dst-port size tcpflags tcpsyn tcpack tcpwin icmptype icmpcode info path [pid]`, then
 *   one space-separated line per event, `-` for an empty field. A pasted `#Fields:` line is used.
 */
import { buildFlow, type Flow, type FlowError, type FlowField, flowError, MAX_INPUT, type RawFlow } from './flow';

export type LogFormat = 'netfilter' | 'asa' | 'windows';
export type LogResult =
  | { ok: true; flow: Flow; format: LogFormat; action?: 'allow' | 'deny'; message?: string }
  | { ok: false; error: FlowError };

/** Builds the flow from the pieces found, with their offsets shifted to the whole input. */
function finish(raw: RawFlow, offset: number, extra: { format: LogFormat; action?: 'allow' | 'deny'; message?: string }): LogResult {
  const positions = Object.fromEntries(Object.entries(raw.positions ?? {}).map(([k, v]) => [k, v + offset])) as Partial<
    Record<FlowField, number>
  >;
  const built = buildFlow({ ...raw, positions });
  return built.ok ? { ok: true, flow: built.flow, ...extra } : built;
}

const protocolError = (protocol: string, position: number): LogResult | undefined =>
  /^(tcp|udp|6|17)$/i.test(protocol) ? undefined : flowError('unsupported-protocol', 'transport', position, protocol);

export function readNetfilter(line: string, offset = 0): LogResult | undefined {
  if (!/(^|\s)SRC=\S/.test(line) || !/\sDST=/.test(line)) return undefined;
  const fields = new Map<string, { value: string; at: number }>();
  for (const m of line.matchAll(/(^|[\s[])([A-Z]+)=(\S*)/g)) {
    const key = m[2] ?? '';
    if (!fields.has(key)) fields.set(key, { value: m[3] ?? '', at: (m.index ?? 0) + (m[1] ?? '').length + key.length + 1 });
  }
  const get = (key: string) => fields.get(key) ?? { value: '', at: -1 };
  const proto = get('PROTO');
  if (proto.at < 0) return flowError('missing-field', 'transport', offset + line.length);
  const unsupported = protocolError(proto.value, offset + proto.at);
  if (unsupported) return unsupported;
  const [src, dst, spt, dpt] = ['SRC', 'DST', 'SPT', 'DPT'].map(get) as [
    ReturnType<typeof get>,
    ReturnType<typeof get>,
    ReturnType<typeof get>,
    ReturnType<typeof get>,
  ];
  if (dpt.at < 0) return flowError('missing-field', 'destinationPort', offset + line.length);
  if (spt.at < 0) return flowError('missing-field', 'sourcePort', offset + line.length);
  return finish(
    {
      source: src.value,
      destination: dst.value,
      transport: proto.value,
      destinationPort: dpt.value,
      sourcePort: spt.value,
      positions: { source: src.at, destination: dst.at, transport: proto.at, destinationPort: dpt.at, sourcePort: spt.at },
    },
    offset,
    { format: 'netfilter' },
  );
}

const ASA_HEADER = /%(?:ASA|FTD|PIX|FWSM)-\d-(\d{6}):/;
/** A Map: the message id comes from the log line (data), so it must never find Object.prototype's members. */
const ASA_MESSAGES = new Map<string, { pattern: RegExp; action: (m: RegExpExecArray) => 'allow' | 'deny' }>(
  Object.entries({
    '106001': {
      pattern: /Inbound (TCP) connection denied from (\S+)\/(\d+) to (\S+)\/(\d+)/d,
      action: () => 'deny',
    },
    '106023': {
      pattern: /Deny (\S+) src [^\s:]+:(\S+?)\/(\d+)(?:\([^)]*\))* dst [^\s:]+:(\S+?)\/(\d+)/d,
      action: () => 'deny',
    },
    '106100': {
      pattern:
        /access-list \S+ (?:permitted|denied|est-allowed) (\S+) [^\s/]+\/(\S+?)\((\d+)\)(?: ?\([^)]*\))*\s*->\s*[^\s/]+\/(\S+?)\((\d+)\)/d,
      action: (m) => (/ denied /.test(m[0]) ? 'deny' : 'allow'),
    },
  }),
);

export function readAsa(line: string, offset = 0): LogResult | undefined {
  const header = ASA_HEADER.exec(line);
  if (!header) return undefined;
  const id = header[1] ?? '';
  const message = ASA_MESSAGES.get(id);
  if (!message) return flowError('unsupported-message', 'line', offset + header.index, id);
  const body = line.slice(header.index + header[0].length);
  const base = header.index + header[0].length;
  const protocol = /^\s*(?:Deny|access-list \S+ \S+|Inbound) (\S+)/d.exec(body);
  const unsupported = protocol?.[1] ? protocolError(protocol[1], offset + base + (protocol.indices?.[1]?.[0] ?? 0)) : undefined;
  if (unsupported) return unsupported;
  const m = message.pattern.exec(body);
  if (!m?.indices) return flowError('missing-field', 'source', offset + base);
  const at = (i: number) => (m.indices?.[i]?.[0] ?? 0) + base;
  return finish(
    {
      transport: m[1] ?? '',
      source: m[2] ?? '',
      sourcePort: m[3] ?? '',
      destination: m[4] ?? '',
      destinationPort: m[5] ?? '',
      positions: { transport: at(1), source: at(2), sourcePort: at(3), destination: at(4), destinationPort: at(5) },
    },
    offset,
    { format: 'asa', action: message.action(m), message: id },
  );
}

/** The documented default field order, used when no #Fields line is pasted. */
export const WINDOWS_FIELDS =
  'date time action protocol src-ip dst-ip src-port dst-port size tcpflags tcpsyn tcpack tcpwin icmptype icmpcode info path'.split(' ');

export function readWindows(text: string): LogResult | undefined {
  const lines = text.split('\n');
  const header = lines.find((l) => l.startsWith('#Fields:'));
  const fields = header ? header.slice('#Fields:'.length).trim().split(/\s+/) : WINDOWS_FIELDS;
  const index = lines.findIndex((l) => /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}:\d{2} [A-Z-]+ /.test(l));
  if (index < 0) return header ? flowError('missing-field', 'line', text.length) : undefined;
  const line = lines[index] ?? '';
  const offset = lines.slice(0, index).reduce((sum, l) => sum + l.length + 1, 0);
  const tokens = [...line.matchAll(/\S+/g)].map((m) => ({ value: m[0], at: m.index ?? 0 }));
  const get = (name: string) => {
    const token = tokens[fields.indexOf(name)];
    return token && token.value !== '-' ? token : { value: '', at: token?.at ?? line.length };
  };
  const protocol = get('protocol');
  const unsupported = protocol.value === '' ? undefined : protocolError(protocol.value, offset + protocol.at);
  if (unsupported) return unsupported;
  const action = get('action').value.toUpperCase();
  const [src, dst, sport, dport] = ['src-ip', 'dst-ip', 'src-port', 'dst-port'].map(get) as [
    ReturnType<typeof get>,
    ReturnType<typeof get>,
    ReturnType<typeof get>,
    ReturnType<typeof get>,
  ];
  if (sport.value === '') return flowError('missing-field', 'sourcePort', offset + sport.at);
  return finish(
    {
      source: src.value,
      destination: dst.value,
      transport: protocol.value,
      destinationPort: dport.value,
      sourcePort: sport.value,
      positions: { source: src.at, destination: dst.at, transport: protocol.at, destinationPort: dport.at, sourcePort: sport.at },
    },
    offset,
    {
      format: 'windows',
      ...(action === 'DROP' ? { action: 'deny' } : /^(ALLOW|OPEN|OPEN-INBOUND)$/.test(action) ? { action: 'allow' } : {}),
    },
  );
}

/** Reads a pasted log line (or a few lines: the first one in a known format is used). */
export function parseLogLine(input: string): LogResult {
  if (input.length > MAX_INPUT) return flowError('too-long', 'line', MAX_INPUT);
  if (input.trim() === '') return flowError('empty', 'line');
  let offset = 0;
  for (const line of input.split('\n')) {
    const result = readAsa(line, offset) ?? readNetfilter(line, offset);
    if (result) return result;
    offset += line.length + 1;
  }
  return readWindows(input) ?? flowError('unknown-format', 'line', 0);
}
