// Fuzzing the extractor and the figure finder with 500 seeded mutations of real corpus pages:
// deleted, duplicated and reordered nodes, truncated HTML, random attributes, giant text nodes.
// No exception may escape, every result must be a valid Article or a typed failure, and each call
// must return (the extractor bounds its own work; a hang would time the test out).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { findFigures } from '../../utils/figures';
import { parseHtml, sanitizerWindow } from '../../utils/html/parse-html';
import type { ExtractResult } from '../../utils/model/article';
import { corpusPages, sharedAvailable } from '../helpers/shared';
import { mulberry32 } from '../../tools/bench/generate-library';

const MUTATIONS = 500;
const REASONS = new Set(['not-article', 'empty', 'too-large', 'restricted', 'error']);

// Seeded, so every failure can be replayed from its seed.
const rng = mulberry32;

const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)]!;

function elementsOf(doc: Document): Element[] {
  const out: Element[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1);
  while (walker.nextNode() && out.length < 20_000) out.push(walker.currentNode as Element);
  return out;
}

const ATTRS = ['class', 'id', 'style', 'hidden', 'data-src', 'srcset', 'onerror', 'href', 'aria-hidden', 'role', 'lang'];
const VALUES = ['', 'hidden', 'display:none', 'javascript:alert(1)', '__proto__', 'content', 'sapo', 'tin-lien-quan', '1x1.gif', 'x'.repeat(5000)];

function mutate(doc: Document, r: () => number): void {
  const steps = 1 + Math.floor(r() * 6);
  for (let s = 0; s < steps; s++) {
    const els = elementsOf(doc);
    if (els.length < 2) return;
    const el = pick(r, els);
    switch (Math.floor(r() * 6)) {
      case 0: // delete a node
        el.remove();
        break;
      case 1: // duplicate a node next to itself
        el.after(el.cloneNode(true));
        break;
      case 2: { // move a node somewhere else (never into itself: the DOM forbids cycles)
        const target = pick(r, els);
        if (!el.contains(target)) target.append(el);
        break;
      }
      case 3: // random attribute
        el.setAttribute(pick(r, ATTRS), pick(r, VALUES));
        break;
      case 4: // giant text node
        el.append(doc.createTextNode(`${pick(r, ['Tin liên quan ', '1,6 tỷ đồng ', 'ab ', '8/19 '])}`.repeat(1 + Math.floor(r() * 20_000))));
        break;
      default: // empty a node
        el.textContent = '';
    }
  }
}

function assertValid(result: ExtractResult, label: string): void {
  expect(typeof result.ok, label).toBe('boolean');
  if (!result.ok) {
    expect(REASONS.has(result.reason), `${label}: reason ${result.reason}`).toBe(true);
    expect(result.message.length, label).toBeGreaterThan(0);
    return;
  }
  const a = result.article;
  for (const key of ['url', 'canonicalUrl', 'title', 'lang', 'lead', 'html', 'text', 'extractedAt'] as const) {
    expect(typeof a[key], `${label}: ${key}`).toBe('string');
  }
  expect(a.byline === null || typeof a.byline === 'string', label).toBe(true);
  expect(a.publishedAt === null || /^\d{4}-\d{2}-\d{2}/.test(a.publishedAt), `${label}: ${a.publishedAt}`).toBe(true);
  expect(Array.isArray(a.images) && Array.isArray(a.attachments), label).toBe(true);
  expect(Number.isFinite(a.wordCount) && Number.isFinite(a.readingMinutes), label).toBe(true);
  // Whatever the mutation injected, stored HTML never carries script vectors.
  expect(a.html, label).not.toMatch(/<script|\son\w+\s*=|javascript:/i);
}

describe('fuzzing extractArticle and findFigures', () => {
  const run = sharedAvailable('the fuzz test over the corpus') ? it : it.skip;
  run(
    `${MUTATIONS} seeded mutations never throw and always give a valid result`,
    async () => {
      const win = await sanitizerWindow();
      const pages = corpusPages();
      // Parsing a page with a browser-grade parser (jsdom) is the slow part: each page is parsed once and each
      // mutation works on a deep copy; only truncated HTML is parsed again (and its window closed after).
      const parsed = new Map<string, Document>();
      let articles = 0;
      let failures = 0;
      for (let seed = 1; seed <= MUTATIONS; seed++) {
        const r = rng(seed);
        const page = pages[seed % pages.length]!;
        const label = `seed ${seed} (${page.file})`;
        const truncated = r() < 0.2;
        let doc: Document;
        if (truncated) doc = parseHtml(page.html.slice(0, Math.floor(r() * page.html.length)), page.url); // truncated HTML
        else {
          if (!parsed.has(page.file)) parsed.set(page.file, parseHtml(page.html, page.url));
          doc = parsed.get(page.file)!.cloneNode(true) as Document;
        }
        mutate(doc, r);
        let result: ExtractResult;
        expect(() => (result = extractArticle(doc, page.url, { window: win })), label).not.toThrow();
        assertValid(result!, label);
        if (result!.ok) {
          articles++;
          const text = result!.article.text;
          const figures = findFigures(text);
          for (const f of figures) expect(text.slice(f.start, f.end), label).toBe(f.text);
        } else failures++;
        // The figure finder on raw, mangled page text as well.
        const raw = (doc.body?.textContent ?? '').slice(0, 50_000);
        expect(() => findFigures(raw), label).not.toThrow();
        if (truncated) doc.defaultView?.close();
      }
      // The mutations are mostly small: most pages must still read as articles.
      expect(articles).toBeGreaterThan(MUTATIONS / 3);
      expect(articles + failures).toBe(MUTATIONS);
    },
    600_000,
  );
});
