// Generates a schema-valid dataset of N rules from the shipped one (same endpoints, scenarios,
// roles, protocols, sources), for the benchmark. Notes carry "quartz" on every other rule so a
// one-letter search ("q") matches about half of them.
import { readFileSync } from 'node:fs';

export function generateDataset(count, base = JSON.parse(readFileSync('public/data/rules.json', 'utf8'))) {
  const rules = [];
  for (let i = 0; i < count; i++) {
    const template = base.rules[i % base.rules.length];
    const port = 1024 + ((i * 7919) % 64000);
    const word = i % 2 === 0 ? 'quartz' : 'marble';
    const first = template.provenance[0];
    rules.push({
      ...template,
      id: `bench-${i}`,
      ports: i % 5 === 0 ? [{ from: port, to: Math.min(65535, port + 99) }] : [{ from: port, to: port }],
      notes: { en: `Generated rule ${i}, ${word} group ${i % 97}.`, 'zh-TW': `產生的規則 ${i}，${word} 群組 ${i % 97}。` },
      provenance: [
        'paragraph' in first
          ? { source: first.source, paragraph: first.paragraph, quote: { en: `rule ${i}`, 'zh-TW': `規則 ${i}` } }
          : { source: first.source, table: first.table, row: first.row, cells: { en: [`rule ${i}`], 'zh-TW': [`規則 ${i}`] } },
      ],
      legacy: i % 50 === 0,
    });
  }
  return { ...base, version: `bench-${count}`, rules };
}
