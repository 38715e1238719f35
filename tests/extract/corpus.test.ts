// Every check of the shared corpus's scorer (score.mjs), reimplemented, one `it` per page (same normalisation:
// NFC, whitespace collapsed, loose title compare). Plus: on the news pages the clean-up never makes the
// text worse than plain Readability (every fragment plain Readability gets right, we get right too).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { CORPUS_DIR, sharedAvailable } from '../helpers/shared';
import { parseHtml } from '../../utils/html/parse-html';
import { extractHtml, norm } from './helpers';

interface Expected {
  file: string;
  url: string;
  isArticle: boolean;
  title: string | null;
  publishedAt: string | null;
  byline: string | null;
  lead: string | null;
  mustInclude: string[];
  mustExclude: string[];
  images?: number;
  attachments?: Array<{ href: string }>;
}

const loose = (s: unknown) => norm(s).toLowerCase().replace(/[\s.:;,!?"'“”‘’-]+$/u, '');

function expectations(): Array<{ name: string; e: Expected; html: string }> {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(CORPUS_DIR)
    .filter((p) => p.endsWith('.expected.json'))
    .sort()
    .map((p) => {
      const e = JSON.parse(readFileSync(p, 'utf8')) as Expected;
      return { name: e.file, e, html: readFileSync(join(CORPUS_DIR, e.file), 'utf8') };
    });
}

if (!sharedAvailable('the extraction corpus test')) {
  it('corpus test needs ../shared (skipped, see the warning above)', () => {
    expect(process.env.CI).toBeFalsy();
  });
} else {
  const pages = expectations();

  describe('corpus: every score.mjs check', () => {
    it.each(pages.map((p) => [p.name, p] as const))('%s', async (_name, { e, html }) => {
      const r = await extractHtml(html, e.url);
      if (!e.isArticle) {
        expect(r).toMatchObject({ ok: false, reason: 'not-article' });
        return;
      }
      if (!r.ok) throw new Error(`not read as an article: ${r.reason}`);
      const a = r.article;
      const text = norm(a.text);
      if (e.title != null) expect(loose(a.title), 'title').toBe(loose(e.title));
      if (e.publishedAt != null) expect(String(a.publishedAt ?? '').slice(0, 10), 'date').toBe(e.publishedAt);
      if (e.byline != null) expect(loose(a.byline), 'byline').toContain(loose(e.byline));
      if (e.lead != null) {
        const i = text.indexOf(norm(e.lead));
        expect(i, 'lead present').toBeGreaterThanOrEqual(0);
        expect(i, 'lead within the first 400 characters').toBeLessThan(400);
      }
      for (const f of e.mustInclude) expect(text, 'mustInclude').toContain(norm(f));
      for (const f of e.mustExclude) expect(text, 'mustExclude').not.toContain(norm(f));
      if (typeof e.images === 'number') expect(a.images.length, 'images').toBe(e.images);
      for (const at of e.attachments ?? []) {
        const path = at.href.replace(/^https?:\/\/[^/]+/, '');
        expect(a.attachments.some((x) => x.href.endsWith(path)), `attachment ${at.href}`).toBe(true);
      }
    });
  });

  describe('corpus: never worse than plain Readability', () => {
    const articles = pages.filter((p) => p.e.isArticle);
    it.each(articles.map((p) => [p.name, p] as const))('%s', async (_name, { e, html }) => {
      const plain = new Readability<Element>(parseHtml(html, e.url), { serializer: (el) => el as Element }).parse();
      const plainText = norm(plain?.content?.textContent);
      const r = await extractHtml(html, e.url);
      if (!r.ok) throw new Error(r.reason);
      const ours = norm(r.article.text);
      for (const f of e.mustInclude) if (plainText.includes(norm(f))) expect(ours).toContain(norm(f));
      for (const f of e.mustExclude) if (!plainText.includes(norm(f))) expect(ours).not.toContain(norm(f));
      // And no paragraph of plain Readability's body is lost to the clean-up.
      const lost = Array.from(plain?.content?.querySelectorAll('p, li, blockquote') ?? [])
        .map((el) => norm(el.textContent))
        .filter((t) => t.length > 120 && !ours.includes(t.slice(0, 100)));
      expect(lost).toEqual([]);
    });
  });

  describe('corpus: pages a live browser shows differently', () => {
    it('refuses the chinhphu.vn search page even once its script has made it visible', async () => {
      const p = pages.find((x) => x.name.includes('chinhphu.vn_search'))!;
      const live = p.html.replace(/(<form[^>]*id="form1"[^>]*?)\s*style="display:\s*none;?"/i, '$1');
      expect(live).not.toBe(p.html);
      expect(await extractHtml(live, p.e.url)).toMatchObject({ ok: false, reason: 'not-article' });
    });
  });
}
