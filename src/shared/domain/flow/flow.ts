/**
 * A flow: the 5-tuple a firewall decides on. Built from fields typed by hand or from a log line;
 * every parser here returns a typed error (code, field, position) and never throws.
 */
import ipaddr from 'ipaddr.js';
import type { Transport } from '../schema';

export interface Flow {
  /** Canonical text: "192.0.2.1", "2001:db8::1" (an IPv4-mapped IPv6 address becomes IPv4). */
  source: string;
  destination: string;
  transport: Transport;
  destinationPort: number;
  /** Absent when not known (typed by hand without it). */
  sourcePort?: number;
}

export type FlowField = 'line' | 'source' | 'destination' | 'transport' | 'destinationPort' | 'sourcePort';

/**
 * empty / too-long: nothing to read, or more than MAX_INPUT characters.
 * unknown-format: not a netfilter, Cisco ASA or Windows Firewall log line.
 * unsupported-message: an ASA message other than 106001, 106023 and 106100 (`value` is its id).
 * missing-field / invalid-address / invalid-port: the field is absent or unreadable.
 * unsupported-protocol: not TCP or UDP (ICMP, GRE…); `value` is what the line says.
 * family-mismatch: one address is IPv4, the other IPv6.
 */
export type FlowErrorCode =
  | 'empty'
  | 'too-long'
  | 'unknown-format'
  | 'unsupported-message'
  | 'missing-field'
  | 'invalid-address'
  | 'invalid-port'
  | 'unsupported-protocol'
  | 'family-mismatch';

export interface FlowError {
  code: FlowErrorCode;
  field?: FlowField;
  /** 0-based character offset in the input where the field's value starts (log lines). */
  position?: number;
  /** The offending text, at most 64 characters. */
  value?: string;
}

export type FlowResult = { ok: true; flow: Flow } | { ok: false; error: FlowError };

export const MAX_INPUT = 8192;

export const flowError = (code: FlowErrorCode, field?: FlowField, position?: number, value?: string): { ok: false; error: FlowError } => ({
  ok: false,
  error: {
    code,
    ...(field ? { field } : {}),
    ...(position !== undefined && position >= 0 ? { position } : {}),
    ...(value !== undefined ? { value: value.slice(0, 64) } : {}),
  },
});

/** One host address (no prefix); IPv4 in four-part decimal; IPv4-mapped IPv6 becomes IPv4. */
export function parseHostAddress(text: string): { ip: ipaddr.IPv4 | ipaddr.IPv6; value: string } | undefined {
  const trimmed = text.trim();
  if (ipaddr.IPv4.isValidFourPartDecimal(trimmed)) {
    const ip = ipaddr.IPv4.parse(trimmed);
    return { ip, value: ip.toString() };
  }
  if (!trimmed.includes(':') || trimmed.includes('%') || !ipaddr.IPv6.isValid(trimmed)) return undefined;
  const v6 = ipaddr.IPv6.parse(trimmed);
  const ip = v6.isIPv4MappedAddress() ? v6.toIPv4Address() : v6;
  return { ip, value: ip.toString() };
}

/** A port: decimal digits only, 1 to 65535 (a flow's source port may also be 0 in some logs; it is refused). */
export function parsePortNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,5}$/.test(trimmed)) return undefined;
  const port = Number(trimmed);
  return port >= 1 && port <= 65535 ? port : undefined;
}

/** "tcp", "TCP", "6" → tcp; "udp", "17" → udp. */
export function parseTransport(text: string): Transport | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'tcp' || t === '6') return 'tcp';
  if (t === 'udp' || t === '17') return 'udp';
  return undefined;
}

export interface RawFlow {
  source: string;
  destination: string;
  transport: string;
  destinationPort: string;
  sourcePort?: string | undefined;
  /** Offsets of each value in the original input, for error positions. */
  positions?: Partial<Record<FlowField, number>>;
}

/** Validates the five fields (a flow typed by hand, or the pieces a log parser found). */
export function buildFlow(raw: RawFlow): FlowResult {
  const at = (field: FlowField) => raw.positions?.[field];
  const source = parseHostAddress(raw.source);
  if (raw.source.trim() === '') return flowError('missing-field', 'source', at('source'));
  if (!source) return flowError('invalid-address', 'source', at('source'), raw.source);
  const destination = parseHostAddress(raw.destination);
  if (raw.destination.trim() === '') return flowError('missing-field', 'destination', at('destination'));
  if (!destination) return flowError('invalid-address', 'destination', at('destination'), raw.destination);
  if (source.ip.kind() !== destination.ip.kind()) return flowError('family-mismatch', 'destination', at('destination'), raw.destination);
  if (raw.transport.trim() === '') return flowError('missing-field', 'transport', at('transport'));
  const transport = parseTransport(raw.transport);
  if (!transport) return flowError('unsupported-protocol', 'transport', at('transport'), raw.transport);
  if (raw.destinationPort.trim() === '') return flowError('missing-field', 'destinationPort', at('destinationPort'));
  const destinationPort = parsePortNumber(raw.destinationPort);
  if (destinationPort === undefined) return flowError('invalid-port', 'destinationPort', at('destinationPort'), raw.destinationPort);
  const flow: Flow = { source: source.value, destination: destination.value, transport, destinationPort };
  if (raw.sourcePort === undefined || raw.sourcePort.trim() === '') return { ok: true, flow };
  const sourcePort = parsePortNumber(raw.sourcePort);
  if (sourcePort === undefined) return flowError('invalid-port', 'sourcePort', at('sourcePort'), raw.sourcePort);
  return { ok: true, flow: { ...flow, sourcePort } };
}

/** A flow typed by hand: the form's fields as strings (the source port may be left empty). */
export const parseFlowFields = (fields: Omit<RawFlow, 'positions'>): FlowResult => buildFlow(fields);
