/**
 * The firewall configuration for each product: Skype for Business Server 2015 and 2019 rules go
 * through the same generators, and the real nft and iptables-restore accept every topology's files;
 * each file's header names the product it was made for.
 */
import { describe, expect, it } from 'vitest';
import { generateIptables } from '../../src/shared/domain/config/iptables';
import { buildConfigModel } from '../../src/shared/domain/config/model';
import { generateNftables } from '../../src/shared/domain/config/nftables';
import { generatePanos } from '../../src/shared/domain/config/panos';
import { diagramPrefix } from '../../src/shared/domain/products';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import type { Dataset } from '../../src/shared/domain/schema';
import { FIREWALLS } from '../../src/shared/domain/zones';
import { readJson } from './helpers';
import { checkIptables, checkNft, underMutationTesting } from './netfilterTools';

const PRODUCTS = [
  ['sfb-2015', 'Skype for Business Server 2015'],
  ['sfb-2019', 'Skype for Business Server 2019'],
] as const;
const load = (id: string) => readJson<Dataset>(`public/data/${id}.json`);
/** One IPv4 host and one IPv6 network for every endpoint, so no rule is left to a placeholder. */
const addressesFor = (dataset: Dataset) =>
  Object.fromEntries(dataset.endpoints.map((e, i) => [e.id, [`10.1.${i}.1`, `2001:db8:${(i + 1).toString(16)}::/64`]]));

describe.skipIf(underMutationTesting)('the real tools accept every Skype for Business topology', () => {
  for (const [id] of PRODUCTS) {
    it(`${id}: nft -c, iptables-restore --test and ip6tables-restore --test, every topology × both firewalls`, () => {
      const dataset = load(id);
      const views = resolveRules(indexDataset(dataset));
      const topologies = (dataset.topologies ?? []).map((t) => t.id);
      expect(topologies).toEqual([
        'single-public',
        'single-nat',
        'scaled-dns-public',
        'scaled-dns-nat',
        'scaled-hlb',
        'reverse-proxy',
        'director-single',
        'director-hlb',
        'director-dns-hlb',
      ]);
      const nft: { name: string; text: string }[] = [];
      const v4: { name: string; text: string }[] = [];
      const v6: { name: string; text: string }[] = [];
      for (const topology of topologies) {
        const model = buildConfigModel(
          views.filter((v) => v.topologies.includes(topology)),
          addressesFor(dataset),
          dataset.product?.name.en,
        );
        for (const firewall of FIREWALLS) {
          const name = `${id}-${topology}-${firewall}`;
          nft.push({ name, text: generateNftables(model, firewall)[0]!.text });
          const [four, six] = generateIptables(model, firewall);
          v4.push({ name, text: four!.text });
          v6.push({ name, text: six!.text });
        }
      }
      expect(checkNft(nft)).toEqual({ ok: true, output: '' });
      expect(checkIptables(4, v4)).toEqual({ ok: true, output: '' });
      expect(checkIptables(6, v6)).toEqual({ ok: true, output: '' });
    });
  }
});

describe('the product in each generated file', () => {
  for (const [id, name] of PRODUCTS) {
    it(`names ${name} in the first header line of every format`, () => {
      const dataset = load(id);
      const views = resolveRules(indexDataset(dataset)).filter((v) => v.topologies.includes('single-public'));
      const model = buildConfigModel(views, addressesFor(dataset), dataset.product?.name.en);
      const first = (text: string) => text.split('\n')[0];
      expect(first(generateNftables(model, 'external')[0]!.text)).toBe(
        `# ${name} Edge, external firewall (Internet <-> perimeter network): nftables`,
      );
      expect(first(generateIptables(model, 'internal')[1]!.text)).toBe(
        `# ${name} Edge, internal firewall (perimeter network <-> internal network): ip6tables (IPv6) for ip6tables-restore`,
      );
      expect(first(generatePanos(model, 'external')[0]!.text)).toBe(
        `# ${name} Edge, external firewall (Internet <-> perimeter network): Palo Alto Networks PAN-OS set commands`,
      );
    });
  }

  it('says Lync Server 2013 for a model without a product, and keeps a product name on its comment line', () => {
    const dataset = load('sfb-2019');
    const views = resolveRules(indexDataset(dataset)).slice(0, 3);
    expect(generateNftables(buildConfigModel(views, {}), 'external')[0]!.text).toMatch(/^# Lync Server 2013 Edge, /);
    const hostile = generateNftables(buildConfigModel(views, {}, 'Evil\nflush ruleset'), 'external')[0]!.text;
    expect(hostile.split('\n')[0]).toBe('# Evil flush ruleset Edge, external firewall (Internet <-> perimeter network): nftables');
  });

  it('names diagram downloads after the product, as Lync files always were', () => {
    expect(diagramPrefix('sfb-2019')).toBe('sfb-2019-diagram');
    expect(diagramPrefix('lync-2013')).toBe('lync-diagram');
    expect(diagramPrefix(undefined)).toBe('lync-diagram');
  });
});
