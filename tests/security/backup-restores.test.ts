// @vitest-environment jsdom
// Backups always restore. An image whose alt text was " onload= " made the validator refuse every
// later backup of the library, even into an empty one; one bad article refused the whole file.
import { describe, expect, it } from 'vitest';
import { freshLibrary, snapshot } from '../library/helpers';
import { makeArticle } from '../library/fixtures/articles';
import { saveArticle } from '../../utils/library/save';
import { exportLibrary, exportLibraryWithReport, importLibrary, type BackupFile } from '../../utils/library/import/backup';
import { sanitizeArticleHtml } from '../../utils/html/sanitize';
import { hasActiveMarkup } from '../../utils/library/active-markup';
import { quarantineArticle } from '../../utils/library/quarantine';

const HOSTILE = [
  ' onload= ', '" onerror="alert(1)', "'><script>alert(1)</script>", 'javascript:alert(1)', '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x")', '</p><iframe src=javascript:alert(1)>', '&lt;b&gt; &amp; &#x3c;', '\u0000\u202e đảo ngược', 'src=javascript:x',
  '{"__proto__":{"x":1}}', '<!--', ']]>', 'Tuyên vận <em>cơ sở</em>', '"\'`', ' on error = x ',
];

/** Deterministic pseudo-random numbers (mulberry32): a failing case can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');
const png = () => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])], { type: 'image/png' });

describe('the validator reads markup, not text inside attribute values', () => {
  it('an alt, title or text that looks like a handler or a tag is not active content', () => {
    expect(hasActiveMarkup('<p><img src="https://a.gov.vn/1.jpg" alt=" onload= "></p>')).toBe(false);
    expect(hasActiveMarkup('<a href="https://a.gov.vn/" title="<script>alert(1)</script>">x</a>')).toBe(false);
    expect(hasActiveMarkup('<p>&lt;img src=x onerror=alert(1)&gt; onload= </p>')).toBe(false);
  });
  it('real handlers, script elements and script URLs still are, however they are written', () => {
    for (const html of ['<img src=x onerror=alert(1)>', '<IMG SRC=x OnLoad="a()">', '<script>1</script>', '<a href=" jav&#x61;script:alert(1)">x</a>',
      '<a href="java\tscript:x">x</a>', '<svg><a xlink:href="javascript:x"/></svg>', '<img/onerror=alert(1) src=x>']) {
      expect(hasActiveMarkup(html), html).toBe(true);
    }
  });
  it('is linear on hostile input (a guard against a hang, not a timing test)', () => {
    expect(hasActiveMarkup('<a '.repeat(300_000) + '"'.repeat(300_000))).toBe(false);
  });
});

describe('export → wipe → import', () => {
  it('an article whose image alt is " onload= " exports and imports again', async () => {
    const db = await freshLibrary();
    const html = sanitizeArticleHtml('<p>Đoạn một.</p><p><img src="https://baothang.laocai.gov.vn/a.jpg" alt=" onload= "></p>');
    await saveArticle(db, makeArticle({ html, images: [{ src: 'https://baothang.laocai.gov.vn/a.jpg', alt: ' onload= ', caption: '' }] }), { fetchImage: async () => png() });
    const json = await exportLibrary(db, { images: true });
    const empty = await freshLibrary();
    const report = await importLibrary(empty, json, { sanitizeHtml: (h) => sanitizeArticleHtml(h) });
    expect(report).toEqual({ added: 1, updated: 0, unchanged: 0, skipped: [] });
    expect(await snapshot(empty)).toEqual(await snapshot(db));
  });

  it.each([1, 2, 3, 4, 5])('a generated library with hostile text, alt and title values comes back identical (seed %i)', async (seed) => {
    const random = rng(seed);
    const pick = () => HOSTILE[Math.floor(random() * HOSTILE.length)]!;
    const db = await freshLibrary();
    const count = 8 + Math.floor(random() * 8);
    for (let n = 0; n < count; n++) {
      const url = `https://xa${n}.laocai.gov.vn/tin/${seed}-${n}.html`;
      const src = `https://xa${n}.laocai.gov.vn/anh/${n}.jpg`;
      const title = `${pick()} Bản tin ${n} ${pick()}`;
      const alt = pick() + pick();
      const para = `${pick()} nội dung ${n} ${pick()}`;
      const html = sanitizeArticleHtml(`<p>${escapeText(para)}</p><p><img src="${src}" alt="${escapeAttr(alt)}" title="${escapeAttr(pick())}"></p>`);
      await saveArticle(db, makeArticle({ url, canonicalUrl: url, title, html, text: para, lead: pick(), images: [{ src, alt, caption: pick() }], figures: [], summary: [] }), {
        fetchImage: async () => png(),
      });
    }
    const { json, damaged } = await exportLibraryWithReport(db, { images: true });
    expect(damaged).toEqual([]);
    const empty = await freshLibrary();
    const report = await importLibrary(empty, json, { sanitizeHtml: (h) => sanitizeArticleHtml(h) });
    expect(report).toEqual({ added: count, updated: 0, unchanged: 0, skipped: [] });
    // What the reader has: articles, images and list rows, exactly. (Search postings are numbered in write
    // order, which an import does not replay.)
    const [a, b] = [await snapshot(empty), await snapshot(db)];
    for (const store of ['articles', 'images', 'summaries']) expect(a[store], store).toEqual(b[store]);
  });
});

describe('import keeps every sound article; export leaves none out silently', () => {
  it('lists skipped articles by title and reason and imports the rest', async () => {
    const db = await freshLibrary();
    await saveArticle(db, makeArticle());
    const file = JSON.parse(await exportLibrary(db)) as BackupFile;
    const good = file.articles[0]!;
    const other = { ...good, url: 'https://x.gov.vn/b', canonicalUrl: 'https://x.gov.vn/b', title: 'Bài hỏng', wordCount: -1 };
    const empty = await freshLibrary();
    const report = await importLibrary(empty, JSON.stringify({ ...file, articles: [other, good] }));
    expect(report).toEqual({ added: 1, updated: 0, unchanged: 0, skipped: [{ index: 0, title: 'Bài hỏng', reason: 'bad or missing "wordCount"' }] });
  });

  it('an HTML that grows past the limit once sanitised is skipped, not stored to be quarantined later', async () => {
    const db = await freshLibrary();
    await saveArticle(db, makeArticle());
    const file = JSON.parse(await exportLibrary(db)) as BackupFile;
    const empty = await freshLibrary();
    const report = await importLibrary(empty, JSON.stringify(file), { sanitizeHtml: (h) => h + 'x'.repeat(5_000_001) });
    expect(report.added).toBe(0);
    expect(report.skipped[0]).toMatchObject({ title: makeArticle().title, reason: expect.stringMatching(/once cleaned/) });
  });

  it('damaged and quarantined records go out as they are, named in the export report and the import report', async () => {
    const db = await freshLibrary();
    const { id } = await saveArticle(db, makeArticle());
    await saveArticle(db, makeArticle({ url: 'https://x.gov.vn/c', canonicalUrl: 'https://x.gov.vn/c', title: 'Bài vẫn tốt' }));
    await db.put('articles', { ...(await db.get('articles', id))!, progress: 7 });
    const out = await exportLibraryWithReport(db);
    expect(out.articles).toBe(1);
    expect(out.damaged).toEqual([{ id, title: makeArticle().title, reason: 'bad or missing "progress"' }]);
    await quarantineArticle(db, id, 'bad or missing "progress"');
    const again = await exportLibraryWithReport(db);
    expect(again.damaged).toEqual([{ id, title: makeArticle().title, reason: 'quarantined: bad or missing "progress"' }]);
    const file = JSON.parse(again.json) as BackupFile;
    expect(file.damaged![0]!.record).toMatchObject({ id, progress: 7 });
    const report = await importLibrary(await freshLibrary(), again.json);
    expect(report.added).toBe(1);
    expect(report.skipped).toEqual([{ index: 1, title: makeArticle().title, reason: 'damaged in the library it was exported from' }]);
  });
});
