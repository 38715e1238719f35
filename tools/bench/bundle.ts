// Bundle sizes from the build output (run `npm run build` first): what each page and the content script cost.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult } from './types';

const OUT = '.output/chrome-mv3';

/** The JS files an HTML page loads (its module scripts and their static chunks). */
function pageScripts(html: string): string[] {
  const src = [...readFileSync(join(OUT, html), 'utf8').matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!.replace(/^\//, ''));
  return [...new Set(src)];
}

function size(files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(OUT, f));
    raw += buf.byteLength;
    gzip += gzipSync(buf, { level: 9 }).byteLength;
  }
  return { raw, gzip };
}

function entry(name: string, files: string[]): BenchResult[] {
  const { raw, gzip } = size(files);
  return [
    { name: `bundle.${name}.raw_kb`, unit: 'KB', median: raw / 1024, p95: null },
    { name: `bundle.${name}.gzip_kb`, unit: 'KB', median: gzip / 1024, p95: null, note: files.join(' ') },
  ];
}

export async function run(): Promise<BenchResult[]> {
  if (!existsSync(join(OUT, 'manifest.json'))) throw new Error('no build: run `npm run build` first');
  const contentDir = join(OUT, 'content-scripts');
  const content = readdirSync(contentDir).filter((f) => f.endsWith('.js') && statSync(join(contentDir, f)).isFile()).map((f) => `content-scripts/${f}`);
  return [
    ...entry('content', content),
    ...entry('extractor', ['extractor.js']),
    ...entry('analyser', ['analyser.js']),
    // The Vietnamese word list of the chip labels, injected just before the analyser (entrypoints/words.ts).
    ...entry('words', ['words.js']),
    // What a popup opened on a page the extractor has not read yet injects: all three files.
    ...entry('extractor+analyser', ['extractor.js', 'words.js', 'analyser.js']),
    ...entry('popup', pageScripts('popup.html')),
    ...entry('library', pageScripts('library.html')),
    ...entry('reader', pageScripts('reader.html')),
  ];
}
