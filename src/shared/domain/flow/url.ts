/**
 * A flow in a link: `flow=tcp*203.0.113.5*198.51.100.10*443*50123` (transport, source,
 * destination, destination port, optional source port), never the pasted log line. `*` joins the
 * parts as in `addr=`; it is left as is by URL encoding, and IPv6 colons need no escaping in a
 * query. decodeFlow takes the parameter's decoded value and never throws.
 */
import { type Flow, type FlowResult, flowError, parseFlowFields } from './flow';

const MAX_LENGTH = 200;

export function encodeFlow(flow: Flow): string {
  const parts = [flow.transport, flow.source, flow.destination, String(flow.destinationPort)];
  return (flow.sourcePort === undefined ? parts : [...parts, String(flow.sourcePort)]).join('*');
}

export function decodeFlow(value: string): FlowResult {
  if (typeof value !== 'string' || value.trim() === '') return flowError('empty', 'line');
  if (value.length > MAX_LENGTH) return flowError('too-long', 'line', MAX_LENGTH);
  const parts = value.trim().split('*');
  if (parts.length > 5) return flowError('unknown-format', 'line');
  if (parts.length < 4) return flowError('missing-field', 'destinationPort');
  const [transport = '', source = '', destination = '', destinationPort = '', sourcePort] = parts;
  return parseFlowFields({ transport, source, destination, destinationPort, sourcePort });
}
