/**
 * Which rules are *covered by* other rules: a firewall that already allows the covering rules lets
 * the covered rule's traffic through, so the covered rule opens nothing more. Pure functions over
 * rule views; the UI marks covered rules and can list only the openings needed.
 *
 * Rule A's flow contains rule B's when:
 * - the transport is the same (the application protocol does not matter to the firewall);
 * - every destination port of B is within A's destination ports;
 * - if A states source ports, B states source ports too, all within A's (if A states none, any
 *   source port is allowed and B's do not matter);
 * - B's source is A's source, or A's source is "Any" and B's source is in the same zone (a named
 *   party or one of our interfaces on that side); the same for the destinations.
 *
 * A covers B when A's flow contains B's and they share at least one topology. B is *covered* when
 * the rules covering it, together, are in every topology of B: a rule that is still needed in one
 * of its topologies is not covered. Two rules with exactly the same flow would cover each other:
 * only the one in more topologies covers the other (a superset of them), and with the same
 * topologies the one whose id sorts first; so the answer is deterministic and never circular.
 * To ask about one topology only, pass the views of that topology.
 */
import type { ResolvedRule } from './rules';
import type { Endpoint, PortRange } from './schema';

export interface CoveringOptions {
  /** Whether an endpoint stands for every address of its zone. Default: {@link isAnyEndpoint}. */
  isAny?: (endpoint: Endpoint) => boolean;
}

/** "Any (Internet)", "Any (internal network)": a remote party whose English name starts with "Any". */
export const isAnyEndpoint = (endpoint: Endpoint): boolean => endpoint.kind === 'party' && /^Any\b/.test(endpoint.name.en);

/** Merges ranges into sorted, disjoint, non-adjacent ranges. */
function merge(ranges: readonly PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const out: PortRange[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.from <= last.to + 1) last.to = Math.max(last.to, range.to);
    else out.push({ from: range.from, to: range.to });
  }
  return out;
}

/** Every port of `inner` is in `outer` (ranges may span several of `outer`'s if they touch). */
export function portsWithin(inner: readonly PortRange[], outer: readonly PortRange[]): boolean {
  const merged = merge(outer);
  return inner.every((range) => merged.some((o) => o.from <= range.from && range.to <= o.to));
}

/** `inner` is `outer`, or `outer` is "Any" and `inner` is in the same zone. */
export function endpointWithin(inner: Endpoint, outer: Endpoint, isAny: (endpoint: Endpoint) => boolean = isAnyEndpoint): boolean {
  return inner.id === outer.id || (isAny(outer) && outer.zone === inner.zone);
}

/** The traffic `covered` allows is all allowed by `covering` (topologies aside). */
export function flowWithin(covered: ResolvedRule, covering: ResolvedRule, options: CoveringOptions = {}): boolean {
  const isAny = options.isAny ?? isAnyEndpoint;
  const a = covering.rule;
  const b = covered.rule;
  if (a.transport !== b.transport) return false;
  if (!portsWithin(b.ports, a.ports)) return false;
  if (a.sourcePorts && !(b.sourcePorts && portsWithin(b.sourcePorts, a.sourcePorts))) return false;
  return endpointWithin(covered.source, covering.source, isAny) && endpointWithin(covered.destination, covering.destination, isAny);
}

const shareTopology = (a: ResolvedRule, b: ResolvedRule): boolean => a.topologies.some((t) => b.topologies.includes(t));
const includesAll = (outer: readonly string[], inner: readonly string[]): boolean => inner.every((t) => outer.includes(t));

/** Whether `covering` covers `covered` in the topologies they share, with the tie-break for identical flows. */
export function covers(covering: ResolvedRule, covered: ResolvedRule, options: CoveringOptions = {}): boolean {
  if (covering.rule.id === covered.rule.id) return false;
  if (!shareTopology(covering, covered) || !flowWithin(covered, covering, options)) return false;
  if (!flowWithin(covering, covered, options)) return true;
  // Identical flows: the rule in a superset of the other's topologies covers it; equal sets: the first id.
  if (!includesAll(covering.topologies, covered.topologies)) return false;
  if (!includesAll(covered.topologies, covering.topologies)) return true;
  return covering.rule.id < covered.rule.id;
}

/**
 * Maps the id of every covered rule to the ids of the rules that cover it, in the order of
 * `views`. A rule is covered when its covering rules are, together, in all of its topologies;
 * rules that are not covered are absent.
 */
export function findCoverings(views: readonly ResolvedRule[], options: CoveringOptions = {}): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const covered of views) {
    const by = views.filter((covering) => covers(covering, covered, options));
    const topologies = new Set(by.flatMap((v) => v.topologies));
    if (by.length > 0 && covered.topologies.every((t) => topologies.has(t))) {
      result.set(
        covered.rule.id,
        by.map((v) => v.rule.id),
      );
    }
  }
  return result;
}
