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

/** Port space is cut into blocks; a rule is filed under every block its ports touch. */
const BLOCK = 256;

/**
 * Maps the id of every covered rule to the ids of the rules that cover it, in the order of
 * `views`. A rule is covered when its covering rules are, together, in all of its topologies;
 * rules that are not covered are absent.
 *
 * Only a rule with the same transport, whose source and destination are the covered rule's own or
 * an "Any" of the same zone, and whose ports include the covered rule's first port, can cover it.
 * Candidates therefore come from buckets keyed by transport, source, destination and port block,
 * so the work grows with the size of those buckets, not with the square of the dataset
 * (100,000 generated rules take well under a second).
 */
export function findCoverings(views: readonly ResolvedRule[], options: CoveringOptions = {}): Map<string, string[]> {
  const isAny = options.isAny ?? isAnyEndpoint;
  const position = new Map<ResolvedRule, number>();
  const buckets = new Map<string, ResolvedRule[]>();
  const anyIds = new Map<string, Set<string>>();
  const key = (transport: string, source: string, destination: string, block: number) =>
    `${transport}\u0000${source}\u0000${destination}\u0000${block}`;
  views.forEach((view, i) => {
    position.set(view, i);
    for (const range of merge(view.rule.ports)) {
      for (let block = Math.floor(range.from / BLOCK); block <= Math.floor(range.to / BLOCK); block++) {
        const k = key(view.rule.transport, view.source.id, view.destination.id, block);
        const bucket = buckets.get(k);
        if (bucket) bucket.push(view);
        else buckets.set(k, [view]);
      }
    }
    for (const e of [view.source, view.destination]) {
      if (!isAny(e)) continue;
      const ids = anyIds.get(e.zone) ?? new Set<string>();
      ids.add(e.id);
      anyIds.set(e.zone, ids);
    }
  });
  const sides = (e: Endpoint) => [...new Set([e.id, ...(anyIds.get(e.zone) ?? [])])];
  const result = new Map<string, string[]>();
  for (const covered of views) {
    const first = covered.rule.ports[0];
    if (!first) continue;
    const block = Math.floor(first.from / BLOCK);
    const candidates = new Set<ResolvedRule>();
    for (const source of sides(covered.source))
      for (const destination of sides(covered.destination))
        for (const view of buckets.get(key(covered.rule.transport, source, destination, block)) ?? []) candidates.add(view);
    const by = [...candidates]
      .filter((covering) => covers(covering, covered, options))
      .sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
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
