/**
 * The output formats, listed once: adding a format means adding its module and one entry here.
 * The caller picks the firewall(s) and builds file names from the suggested extensions.
 */
import type { Firewall } from '../zones';
import { generateAsa } from './asa';
import { generateIptables } from './iptables';
import type { ConfigModel, ConfigOptions, ConfigOutput } from './model';
import { generateNftables } from './nftables';
import { generatePanos } from './panos';

export interface ConfigFormat {
  id: string;
  /** ASCII label for menus; the UI may translate `config.format.<id>` instead. */
  label: string;
  /** The files it produces, in the order `generate` returns them. */
  files: readonly { part: string; extension: string }[];
  generate(model: ConfigModel, firewall: Firewall, options?: ConfigOptions): ConfigOutput[];
}

export const CONFIG_FORMATS = [
  { id: 'nftables', label: 'nftables', files: [{ part: 'main', extension: 'nft' }], generate: generateNftables },
  {
    id: 'iptables',
    label: 'iptables-restore',
    files: [
      { part: 'ipv4', extension: 'rules.v4' },
      { part: 'ipv6', extension: 'rules.v6' },
    ],
    generate: generateIptables,
  },
  { id: 'asa', label: 'Cisco ASA', files: [{ part: 'main', extension: 'txt' }], generate: generateAsa },
  { id: 'panos', label: 'Palo Alto PAN-OS', files: [{ part: 'main', extension: 'txt' }], generate: generatePanos },
] as const satisfies readonly ConfigFormat[];

export type ConfigFormatId = (typeof CONFIG_FORMATS)[number]['id'];

export const configFormat = (id: string): ConfigFormat | undefined => CONFIG_FORMATS.find((format) => format.id === id);
