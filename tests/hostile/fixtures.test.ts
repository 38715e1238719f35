// The hostile fixtures stay what the suites think they are: vectors.json matches the page files (both
// generators' pages), every vector sits in its page verbatim, and every trap in a page is in the manifest.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_DIR, HOSTILE_PAGES, HOSTILE_VECTORS, MANIFEST, pageHtml } from './hostile-fixtures';

interface Generator {
  manifest(dir: string): unknown;
  morePages(): { file: string; html: string }[];
}

async function generator(): Promise<Generator> {
  // A plain .mjs script (no type declarations): imported through a variable.
  const specifier = path.join(FIXTURE_DIR, 'make-more-pages.mjs');
  return (await import(specifier)) as Generator;
}

/** The HTML with its base64 data: URLs decoded too (several payloads hide inside one). */
const withDecodedData = (html: string): string =>
  html + [...html.matchAll(/;base64,([A-Za-z0-9+/=]+)/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8')).join('\n');

describe('tests/fixtures/hostile', () => {
  it('vectors.json and the generated pages are up to date (run node tests/fixtures/hostile/make-more-pages.mjs)', async () => {
    const gen = await generator();
    expect(gen.manifest(FIXTURE_DIR)).toEqual(MANIFEST);
    for (const { file, html } of gen.morePages()) expect(readFileSync(path.join(FIXTURE_DIR, file), 'utf8'), file).toBe(html);
  });

  it('every vector is in its page verbatim, once per id, and a trap vector names its own id in its payload', () => {
    const ids = new Set<string>();
    for (const v of HOSTILE_VECTORS) {
      expect(ids.has(v.id), `duplicate ${v.id}`).toBe(false);
      ids.add(v.id);
      expect(pageHtml(v.page).includes(v.html), `${v.id} not found in ${v.page}`).toBe(true);
      expect(HOSTILE_PAGES.find((p) => p.file === v.page)?.vectorIds).toContain(v.id);
      if (v.trap) expect(withDecodedData(v.html), v.id).toContain(v.id);
    }
  });

  it('every trap set in a page belongs to a vector of that page', () => {
    for (const p of HOSTILE_PAGES) {
      const html = pageHtml(p.file);
      const traps = new Set([...html.matchAll(/__pwned(?:=|%3D)'([\w-]+)'/g)].map((m) => m[1]!));
      for (const id of traps) expect(p.vectorIds, `${p.file}: trap ${id}`).toContain(id);
      for (const para of p.paragraphs) expect(html).toContain(para);
    }
  });
});
