#!/usr/bin/env node
// Builds public/data/sfb-2015.json and public/data/sfb-2019.json from the Skype for Business Server
// rule spec (rules-edge.mjs, rules-internal.mjs, history.mjs, notes.mjs, endpoints.mjs, meta.mjs) and the
// in-repo copy of the SfB tables and cited paragraphs (tests/fixtures/sources), quoting them verbatim.
// Usage: node scripts/dataset/sfb/build.mjs            (writes the files)
//        node scripts/dataset/sfb/build.mjs --check    (fails if a file is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import { L } from './common.mjs';
import { sfbEndpoints } from './endpoints.mjs';
import { HISTORY, NOT_IN_2019 } from './history.mjs';
import { ADAPTATION, DOCS, NOT_RULES, PRODUCTS, PROTOCOLS, ROLES, SCENARIOS, TOPOLOGIES } from './meta.mjs';
import { externalRules } from './rules-edge.mjs';
import { internalRules } from './rules-internal.mjs';

const root = new URL('../../../', import.meta.url);
const readFixture = (name) => JSON.parse(readFileSync(new URL(`tests/fixtures/sources/${name}`, root), 'utf8'));
const tables = readFixture('skype-for-business-server-tables.json');
const paragraphs = readFixture('skype-for-business-server-paragraphs.json');
const docBySlug = new Map(tables.documents.map((d) => [d.slug, d]));
const LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';
const VERSION = '2026.11.1';

/** A row reference (E10.1) or paragraph reference (SR#44), optionally { ref, erratum, en, zh }, as provenance. */
function cite(reference) {
  const { ref, erratum, en, zh } = typeof reference === 'string' ? { ref: reference } : reference;
  const m = /^([A-Z]+)(?:(\d+)\.(\d+)|#(\d+))$/.exec(ref);
  const doc = m && DOCS[m[1]];
  if (!doc) throw new Error(`bad reference ${ref}`);
  const extra = erratum ? { erratum } : {};
  if (m[4]) {
    const paragraph = Number(m[4]);
    const p = paragraphs.documents.find((d) => d.slug === doc.slug)?.paragraphs.find((x) => x.paragraph === paragraph);
    if (!p) throw new Error(`${ref}: paragraph not in the fixture`);
    const quote = L(en ?? p.en, zh ?? p['zh-TW']);
    if (!p.en.includes(quote.en) || !p['zh-TW'].includes(quote['zh-TW'])) throw new Error(`${ref}: quote not in the paragraph`);
    return { source: doc.id, paragraph, quote, ...extra };
  }
  const [table, row] = [Number(m[2]), Number(m[3])];
  const cells = docBySlug.get(doc.slug)?.tables[table - 1]?.rows[row - 1];
  if (!cells) throw new Error(`${ref} does not exist`);
  // The hybrid port table has no zh-TW translation: its zh-TW cells are null, cited as none.
  const zhCells = cells.every((c) => c['zh-TW'] === null) ? [] : cells.map((c) => c['zh-TW']);
  return { source: doc.id, table, row, cells: { en: cells.map((c) => c.en), 'zh-TW': zhCells }, ...extra };
}

const topologyOrder = TOPOLOGIES.map(([id]) => id);
const byTopologyOrder = (ids) => [...new Set(ids)].sort((a, b) => topologyOrder.indexOf(a) - topologyOrder.indexOf(b));

function buildRule(r) {
  if (!r.topologies?.length) throw new Error(`${r.id} has no topology`);
  for (const [lang, max] of [
    ['en', 70],
    ['zh-TW', 40],
  ]) {
    if ([...r.summary[lang]].length > max) throw new Error(`${r.id}: ${lang} summary longer than ${max}`);
  }
  return {
    id: r.id,
    summary: r.summary,
    scenarios: r.scenarios,
    topologies: byTopologyOrder(r.topologies),
    role: r.role,
    protocol: r.protocol,
    ...(r.security ? { security: r.security } : {}),
    transport: r.transport,
    ports: r.ports,
    ...(r.sourcePorts ? { sourcePorts: r.sourcePorts } : {}),
    source: r.source,
    ...(r.sourceCanBe ? { sourceCanBe: r.sourceCanBe } : {}),
    destination: r.destination,
    ...(r.destinationCanBe ? { destinationCanBe: r.destinationCanBe } : {}),
    notes: r.notes,
    requirement: r.requirement,
    legacy: r.legacy,
    provenance: r.rows.map(cite),
  };
}

const spec = [...externalRules, ...internalRules];
const ids = spec.map((r) => r.id);
const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
if (duplicate) throw new Error(`duplicate rule id ${duplicate}`);

function buildDataset(productId) {
  const rules = spec.filter((r) => !r.products || r.products.includes(productId)).map(buildRule);
  const notRules = productId === 'sfb-2019' ? [...NOT_RULES, ...NOT_IN_2019] : NOT_RULES;

  // Every row of every table must be cited by a rule or declared as not a rule.
  const used = new Set(rules.flatMap((r) => r.provenance.filter((p) => p.table).map((p) => `${p.source}/${p.table}/${p.row}`)));
  for (const n of notRules) for (const row of n.rows) used.add(`${DOCS[n.doc].id}/${n.table}/${row}`);
  const missing = [];
  let rowCount = 0;
  for (const [key, doc] of Object.entries(DOCS)) {
    docBySlug.get(doc.slug).tables.forEach((t, ti) => {
      t.rows.forEach((_, ri) => {
        rowCount++;
        if (!used.has(`${doc.id}/${ti + 1}/${ri + 1}`)) missing.push(`${key}${ti + 1}.${ri + 1}`);
      });
    });
  }
  if (missing.length > 0) throw new Error(`${productId}: rows not mapped to any rule: ${missing.join(', ')}`);

  const usedEndpoints = new Set(rules.flatMap((r) => [r.source, r.destination, ...(r.sourceCanBe ?? []), ...(r.destinationCanBe ?? [])]));
  const endpoints = sfbEndpoints(usedEndpoints);
  for (const id of usedEndpoints) if (!endpoints.some((e) => e.id === id)) throw new Error(`${productId}: unknown endpoint ${id}`);

  const ruleIds = new Set(rules.map((r) => r.id));
  const history = HISTORY[productId];
  for (const n of history.notes.filter((x) => x.in === productId)) {
    if ((n.change === 'removed') === ruleIds.has(n.rule))
      throw new Error(`${productId}: ${n.change} note for ${n.rule} does not match the rules`);
  }
  const usedScenarios = new Set(rules.flatMap((r) => r.scenarios));
  const usedRoles = new Set(rules.map((r) => r.role));
  const named = ([id, en, zh]) => ({ id, name: L(en, zh) });
  const dataset = {
    schemaVersion: 1,
    version: VERSION,
    title: PRODUCTS[productId].title,
    product: { id: productId, name: PRODUCTS[productId].name },
    adaptation: ADAPTATION,
    history: {
      products: history.products,
      // A note on a rule this product no longer has is of use only if it says so (removed).
      changes: history.notes
        .filter((n) => n.change === 'removed' || ruleIds.has(n.rule))
        .map(({ rule, change, in: step, fields, reason, refs }) => ({
          rule,
          change,
          in: step,
          ...(fields ? { fields } : {}),
          reason,
          provenance: refs.map(cite),
        })),
    },
    sources: Object.entries(DOCS).map(([key, doc]) => {
      const d = docBySlug.get(doc.slug);
      const declared = notRules.filter((n) => n.doc === key).map(({ table, rows, reason }) => ({ table, rows, reason }));
      return {
        id: doc.id,
        slug: doc.slug,
        title: d.title,
        url: d.technetUrl,
        credit: '© Microsoft, CC BY 4.0',
        license: 'CC-BY-4.0',
        licenseUrl: LICENSE_URL,
        ...(declared.length ? { notRules: declared } : {}),
      };
    }),
    topologies: TOPOLOGIES.map(named),
    scenarios: SCENARIOS.filter(([id]) => usedScenarios.has(id)).map(named),
    roles: ROLES.filter(([id]) => usedRoles.has(id)).map(named),
    protocols: PROTOCOLS.map(([id, label]) => ({ id, label })),
    endpoints,
    rules,
  };
  console.log(
    `${productId}: ${rowCount} source rows in ${Object.keys(DOCS).length} documents → ${rules.length} rules, ${endpoints.length} endpoints`,
  );
  return dataset;
}

let stale = false;
for (const productId of Object.keys(PRODUCTS)) {
  const path = `public/data/${productId}.json`;
  const text = `${JSON.stringify(buildDataset(productId), null, 2)}\n`;
  const target = new URL(path, root);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(`${path} is out of date: run node scripts/dataset/sfb/build.mjs`);
      stale = true;
    }
  } else {
    writeFileSync(target, text);
  }
}
if (stale) process.exit(1);
