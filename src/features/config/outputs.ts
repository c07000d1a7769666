/** The configuration outputs the page shows: per firewall, its files and their warnings, and the files' names. */
import { useMemo } from 'react';
import type { Assignments } from '../../shared/domain/addressBook';
import {
  buildConfigModel,
  type ConfigFormat,
  type ConfigModel,
  type ConfigOptions,
  type ConfigOutput,
  type ConfigWarning,
  configFormat,
} from '../../shared/domain/config';
import type { Filters } from '../../shared/domain/filters';
import type { ConfigFormatId } from '../../shared/domain/linkState';
import type { ResolvedRule } from '../../shared/domain/rules';
import { exportFilename } from '../../shared/domain/sheet';
import { FIREWALLS, type Firewall } from '../../shared/domain/zones';

export interface FirewallOutput {
  firewall: Firewall;
  /** Rules crossing this firewall. */
  ruleCount: number;
  files: readonly ConfigOutput[];
  /** The files' warnings, each once (the iptables and ip6tables files share most of theirs). */
  warnings: readonly ConfigWarning[];
}

const ONE: Readonly<Record<Firewall, readonly Firewall[]>> = { external: ['external'], internal: ['internal'] };

/** The firewalls the `firewall=` filter names: one, or both when it names none (or both). The same array for the same answer. */
export const shownFirewalls = (filter: readonly string[]): readonly Firewall[] => {
  const one = FIREWALLS.find((f) => filter.length === 1 && filter[0] === f);
  return one ? ONE[one] : FIREWALLS;
};

export function uniqueWarnings(files: readonly ConfigOutput[]): ConfigWarning[] {
  const seen = new Map<string, ConfigWarning>();
  for (const warning of files.flatMap((file) => file.warnings)) seen.set(JSON.stringify(warning), warning);
  return [...seen.values()];
}

export const firewallOutputs = (
  model: ConfigModel,
  format: ConfigFormat,
  firewalls: readonly Firewall[],
  options: ConfigOptions = {},
): FirewallOutput[] =>
  firewalls.map((firewall) => {
    const files = format.generate(model, firewall, options);
    return { firewall, ruleCount: model.firewalls[firewall].length, files, warnings: uniqueWarnings(files) };
  });

/**
 * <product>-edge-rules-<filters>-<date>-<firewall>.<extension>, as the sheet's exports are named: `.nft`,
 * `.rules.v4` / `.rules.v6` (iptables-restore and ip6tables-restore), `.asa.txt`, `.panos.txt`.
 */
export function configFilename(
  filters: Filters,
  date: string,
  firewall: Firewall,
  formatId: ConfigFormatId,
  extension: string,
  prefix?: string,
): string {
  return exportFilename(filters, `${date}-${firewall}`, extension === 'txt' ? `${formatId}.txt` : extension, prefix);
}

/** "1\n2\n…" for the gutter: one number per line of the text (a final line break starts no line). */
export const lineNumbers = (text: string): string => {
  const count = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  return Array.from({ length: count }, (_, i) => i + 1).join('\n');
};

/**
 * The model and the outputs, built again only when their inputs change (the rules, the addresses,
 * the format, the firewalls shown, the device names), never for unrelated state such as the language.
 */
export function useConfigOutputs(
  rules: readonly ResolvedRule[],
  addresses: Assignments,
  formatId: ConfigFormatId,
  filter: readonly string[],
  options: ConfigOptions,
  product?: string,
) {
  const model = useMemo(() => buildConfigModel(rules, addresses, product), [rules, addresses, product]);
  const format = configFormat(formatId) ?? (configFormat('nftables') as ConfigFormat);
  const firewalls = shownFirewalls(filter);
  const outputs = useMemo(() => firewallOutputs(model, format, firewalls, options), [model, format, firewalls, options]);
  return { model, outputs };
}
