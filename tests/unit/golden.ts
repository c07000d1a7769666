/** Golden files under tests/fixtures/config: compared as text; `UPDATE_GOLDEN=1 npx vitest run …` rewrites them (review the diff). */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../fixtures/config/', import.meta.url));

export function golden(name: string, actual: string): string {
  const path = dir + name;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`missing golden file ${name}: run UPDATE_GOLDEN=1 npx vitest run and review it`);
  return readFileSync(path, 'utf8');
}
