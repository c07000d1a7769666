#!/usr/bin/env node
// Assembles dist/lync-port-matrix.html: the whole app (script, styles, both languages) and every
// built-in product's dataset in one file that works opened from disk (file://) with no network.
// It must stay under 1.5 MB (checked below).
// Run after `vite build` (npm run build does both). The Content-Security-Policy stays strict:
// the inline script and style are allowed by their SHA-256 hashes, never by 'unsafe-inline'.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

execFileSync('npx', ['vite', 'build', '--mode', 'single', '--logLevel', 'warn'], { stdio: 'inherit' });
const dir = '.cache/single';
let html = readFileSync(join(dir, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script type="module" crossorigin src="\.\/([^"]+)"><\/script>/g)];
const styles = [...html.matchAll(/<link rel="stylesheet" crossorigin href="\.\/([^"]+)">/g)];
if (scripts.length !== 1) throw new Error(`expected one script in the single build, found ${scripts.length}`);

// `</script` and `<!--` must not appear inside an inline script; in JS source they can only be in
// strings, regular expressions or comments, where `<\/` is the same text.
const js = readFileSync(join(dir, scripts[0][1]), 'utf8')
  .replace(/<\/(script)/gi, '<\\/$1')
  .replace(/<!--/g, '<\\!--');
const css = styles
  .map((m) => readFileSync(join(dir, m[1]), 'utf8'))
  .join('\n')
  .replace(/<\/(style)/gi, '<\\/$1');
// Each product's JSON, gzip-compressed and base64-encoded (no `<` can occur), in a data block that
// src/shared/dataset/embedded.ts unpacks with the browser's DecompressionStream: about 8 times smaller
// than the JSON. The ids are the ones src/shared/dataset/load.ts reads (Lync Server 2013 keeps `embedded-dataset`).
const PRODUCTS = [
  ['embedded-dataset', 'public/data/rules.json'],
  ['embedded-dataset-sfb-2015', 'public/data/sfb-2015.json'],
  ['embedded-dataset-sfb-2019', 'public/data/sfb-2019.json'],
];
const datasets = PRODUCTS.map(([id, file]) => {
  const gzip = gzipSync(JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))), { level: 9 }).toString('base64');
  return `<script type="application/gzip-base64" id="${id}">${gzip}</script>`;
}).join('\n    ');
const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const csp = [
  "default-src 'none'",
  `script-src ${sha(js)}`,
  `style-src ${sha(css)}`,
  'img-src data: blob:',
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

html = html
  .replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*\/?>/s, `<meta http-equiv="Content-Security-Policy" content="${csp}" />`)
  .replace(/\s*<link rel="preload"[^>]*>/, '')
  .replace(scripts[0][0], () => `<script type="module">${js}</script>`)
  .replace(/<link rel="stylesheet" crossorigin href="[^"]+">/g, '')
  .replace('</head>', () => `<style>${css}</style>\n  </head>`)
  .replace('<div id="root"></div>', () => `<div id="root"></div>\n    ${datasets}`);
if (!html.includes("default-src 'none'")) throw new Error('the Content-Security-Policy meta tag was not found in index.html');

const out = 'dist/lync-port-matrix.html';
writeFileSync(out, html);
const size = statSync(out).size;
// 1.5 MB counted in decimal (1,500,000 bytes), the stricter reading.
if (size > 1_500_000) throw new Error(`${out} is ${size.toLocaleString('en')} bytes, over the 1,500,000-byte (1.5 MB) limit`);
console.log(
  `${out}: ${size.toLocaleString('en')} bytes (limit 1,500,000), ${PRODUCTS.length} products, works from file:// with no network`,
);
