/** Turns filtered rules into diagram input: pure, no React. */
import { formatPortRanges } from '../../shared/domain/ports';
import type { DatasetIndex, RuleView } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import type { DiagramNode, DiagramRule } from './layout';

/** "SIP/MTLS TCP 5061", "RTP TCP 50000-59999", "STUN/MSTURN UDP 3478". */
export function connectionLabel(index: DatasetIndex, view: RuleView): string {
  const { rule } = view;
  const protocol = index.dataset.protocols.find((p) => p.id === rule.protocol)?.label ?? rule.protocol;
  return `${protocol}${rule.security ? `/${rule.security}` : ''} ${rule.transport.toUpperCase()} ${formatPortRanges(rule.ports)}`;
}

export function nodeOf(view: RuleView, which: 'source' | 'destination', lang: Language): DiagramNode {
  const endpoint = view[which];
  return { id: endpoint.id, name: endpoint.name[lang], zone: endpoint.zone };
}

/** The rules of one interface's diagram: every filtered rule that has the interface as source or destination. */
export function interfaceDiagramRules(
  interfaceId: string,
  views: readonly RuleView[],
  index: DatasetIndex,
  lang: Language,
  pairs: ReadonlyMap<string, string>,
): DiagramRule[] {
  const involved = views.filter((v) => v.source.id === interfaceId || v.destination.id === interfaceId);
  const ids = new Set(involved.map((v) => v.rule.id));
  return involved.map((view) => {
    const toInterface = view.destination.id === interfaceId;
    const partner = pairs.get(view.rule.id);
    return {
      id: view.rule.id,
      peer: nodeOf(view, toInterface ? 'source' : 'destination', lang),
      toInterface,
      label: connectionLabel(index, view),
      direction: view.direction,
      firewalls: view.firewalls,
      ...(partner && ids.has(partner) ? { partner } : {}),
    };
  });
}

/** The interfaces that have a diagram: every endpoint of kind "interface", in dataset order. */
export function diagramInterfaces(index: DatasetIndex): DiagramNode[] {
  return index.dataset.endpoints.filter((e) => e.kind === 'interface').map((e) => ({ id: e.id, name: e.name.en, zone: e.zone }));
}
