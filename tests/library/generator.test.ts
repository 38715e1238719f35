// The bench generator reads the shared corpus (next to the project root).
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createArticleGenerator, loadCorpusText } from '../../tools/bench/generate-library';

const shared = path.resolve(process.cwd(), '../shared');
const available = fs.existsSync(shared);
if (!available) {
  if (process.env.CI) throw new Error(`shared material missing at ${shared} (required in CI)`);
  console.warn(`[generator.test] ${shared} not found: skipping the generator tests`);
}

describe.runIf(available)('generate-library', () => {
  it('builds ~1,500-word Vietnamese articles from corpus words, the same for the same seed', () => {
    const paragraphs = loadCorpusText(shared);
    expect(paragraphs.some((p) => p.includes('tuyên vận'))).toBe(true);
    const a = createArticleGenerator({ seed: 5, paragraphs }).next();
    const b = createArticleGenerator({ seed: 5, paragraphs }).next();
    const c = createArticleGenerator({ seed: 6, paragraphs }).next();
    expect(a).toEqual(b);
    expect(c.text).not.toBe(a.text);
    expect(a.wordCount).toBeGreaterThan(1400);
    expect(a.wordCount).toBeLessThan(1700);
    expect(a.text.startsWith(a.lead)).toBe(true);
    // Mostly Vietnamese syllables: many words carry diacritics.
    const words = a.text.split(/\s+/);
    const marked = words.filter((w) => w.normalize('NFD') !== w || /đ/i.test(w)).length;
    expect(marked / words.length).toBeGreaterThan(0.4);
    expect(new URL(a.url).protocol).toBe('https:');
  });
});
