/** Turns filtered rules into diagram input: pure, no React. */
import { formatPortRanges } from '../../shared/domain/ports';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import type { Translate } from '../../shared/domain/translate';
import type { DiagramNode, DiagramRule } from './layout';

/** "SIP/MTLS TCP 5061", "RTP TCP 50000-59999", "STUN/MSTURN UDP 3478". */
export function connectionLabel(index: DatasetIndex, resolved: ResolvedRule): string {
  const { rule } = resolved;
  const protocol = index.dataset.protocols.find((p) => p.id === rule.protocol)?.label ?? rule.protocol;
  return `${protocol}${rule.security ? `/${rule.security}` : ''} ${rule.transport.toUpperCase()} ${formatPortRanges(rule.ports)}`;
}

export function nodeOf(resolved: ResolvedRule, which: 'source' | 'destination', lang: Language): DiagramNode {
  const endpoint = resolved[which];
  return { id: endpoint.id, name: endpoint.name[lang], zone: endpoint.zone };
}

/** The rules of one interface's diagram: every filtered rule that has the interface as source or destination. */
export function interfaceDiagramRules(
  interfaceId: string,
  rules: readonly ResolvedRule[],
  index: DatasetIndex,
  lang: Language,
  pairs: ReadonlyMap<string, string>,
): DiagramRule[] {
  const involved = rules.filter((v) => v.source.id === interfaceId || v.destination.id === interfaceId);
  const ids = new Set(involved.map((v) => v.rule.id));
  return involved.map((resolved) => {
    const toInterface = resolved.destination.id === interfaceId;
    const partner = pairs.get(resolved.rule.id);
    return {
      id: resolved.rule.id,
      peer: nodeOf(resolved, toInterface ? 'source' : 'destination', lang),
      toInterface,
      label: connectionLabel(index, resolved),
      direction: resolved.direction,
      firewalls: resolved.firewalls,
      ...(partner && ids.has(partner) ? { partner } : {}),
    };
  });
}

/**
 * An arrow's accessible name as one phrase: "SIP/MTLS TCP 5061 from A to B, Outbound, crosses the
 * internal firewall" / "…，經過內部防火牆"; "crosses no firewall" / "不經過防火牆" when it crosses none.
 */
export function arrowName(resolved: ResolvedRule, label: string, lang: Language, t: Translate): string {
  const firewall =
    resolved.firewalls.length === 0
      ? t('diagram.crossesNone')
      : t('diagram.crosses', { firewalls: resolved.firewalls.map((f) => t(`diagram.firewallName.${f}`)).join(t('diagram.firewallAnd')) });
  return t('diagram.arrowName', {
    label,
    source: resolved.source.name[lang],
    destination: resolved.destination.name[lang],
    direction: t(`direction.${resolved.direction}`),
    firewall,
  });
}
