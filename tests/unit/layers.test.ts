/**
 * The layers of src/: app → features → shared, no feature importing another, and a domain
 * (src/shared/domain) with no React, i18next or DOM. Also: no import cycles anywhere in src/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

type Sources = Map<string, string>;

function readTree(dir: string, out: Sources = new Map()): Sources {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readTree(path, out);
    else if (/\.tsx?$/.test(name)) out.set(relative(SRC, path), readFileSync(path, 'utf8'));
  }
  return out;
}

const stripComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** Every module a file imports: resolved to a src-relative path for relative imports, the package name otherwise. */
function importsOf(file: string, code: string, files: Sources): string[] {
  const specifiers = [...stripComments(code).matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
  return specifiers.map((spec) => {
    if (!spec.startsWith('.')) return spec;
    const base = normalize(join(dirname(file), spec));
    return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => files.has(candidate)) ?? base;
  });
}

const layer = (path: string) => path.split('/')[0];
const feature = (path: string) => (path.startsWith('features/') ? path.split('/')[1] : undefined);
const FORBIDDEN_IN_DOMAIN = /^(react|react-dom|react-i18next|i18next|@tanstack\/.*)(\/.*)?$/;
const DOM_GLOBALS = /\b(window|document|localStorage|sessionStorage|navigator|HTMLElement|CSSStyleSheet)\b/;

/** The broken rules, one line each ("features/a/x.ts → features/b/y.ts: a feature imports another feature"). */
function layerViolations(files: Sources): string[] {
  const problems: string[] = [];
  for (const [file, code] of files) {
    for (const target of importsOf(file, code, files)) {
      const local = files.has(target);
      if (local && layer(file) === 'shared' && (layer(target) === 'features' || layer(target) === 'app'))
        problems.push(`${file} → ${target}: shared code imports ${layer(target)}`);
      if (local && layer(file) === 'features' && layer(target) === 'app') problems.push(`${file} → ${target}: a feature imports the app`);
      if (local && feature(file) && feature(target) && feature(file) !== feature(target))
        problems.push(`${file} → ${target}: a feature imports another feature`);
      if (file.startsWith('shared/domain/') && FORBIDDEN_IN_DOMAIN.test(target))
        problems.push(`${file} → ${target}: the domain imports UI code`);
    }
    if (file.startsWith('shared/domain/') && DOM_GLOBALS.test(stripComments(code).replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '""')))
      problems.push(`${file}: the domain uses the DOM`);
  }
  return problems;
}

/** Import cycles, as "a → b → a". */
function importCycles(files: Sources): string[] {
  const graph = new Map([...files].map(([file, code]) => [file, importsOf(file, code, files).filter((t) => files.has(t))]));
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, path: string[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'open') {
      cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
      return;
    }
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    state.set(node, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  return cycles;
}

describe('the layer checks themselves', () => {
  const sample = (entries: Record<string, string>) => new Map(Object.entries(entries));
  it('catch each kind of violation', () => {
    const files = sample({
      'shared/domain/a.ts': "import { x } from '../../features/table/t';\nimport React from 'react';\nwindow.alert(1);",
      'shared/ui/b.tsx': "import { App } from '../../app/App';",
      'features/table/t.ts': "import { y } from '../filters/f';\nexport const x = 1;",
      'features/filters/f.ts': "import { z } from '../../app/App';\nexport const y = 1;",
      'app/App.tsx': "import { x } from '../features/table/t';\nexport const App = 1;",
    });
    expect(layerViolations(files)).toEqual([
      'shared/domain/a.ts → features/table/t.ts: shared code imports features',
      'shared/domain/a.ts → react: the domain imports UI code',
      'shared/domain/a.ts: the domain uses the DOM',
      'shared/ui/b.tsx → app/App.tsx: shared code imports app',
      'features/table/t.ts → features/filters/f.ts: a feature imports another feature',
      'features/filters/f.ts → app/App.tsx: a feature imports the app',
    ]);
  });
  it('find a cycle, including a type-only one, and ignore words in strings and comments', () => {
    const files = sample({
      'shared/domain/a.ts': "import type { B } from './b';\n// window\nexport const s = 'document';",
      'shared/domain/b.ts': "import { a } from './a';",
    });
    expect(importCycles(files)).toEqual(['shared/domain/a.ts → shared/domain/b.ts → shared/domain/a.ts']);
    expect(layerViolations(files)).toEqual([]);
  });
});

describe('src/', () => {
  const files = readTree(SRC);
  it('has the three layers and reads every module', () => {
    expect(new Set([...files.keys()].map(layer))).toEqual(new Set(['app', 'features', 'shared', 'main.tsx']));
  });
  it('imports flow app → features → shared, features stay apart, the domain is plain TypeScript', () => {
    expect(layerViolations(files)).toEqual([]);
  });
  it('has no import cycle', () => {
    expect(importCycles(files)).toEqual([]);
  });
});
