// A backup file is hostile input too: someone can hand a reader a "library" whose article HTML carries the
// vectors. importLibrary's tripwire (utils/library/validate.ts) refuses the plain forms outright; what it lets
// through (entity- and whitespace-obfuscated URLs, mXSS strings, CSS…) is stored as it came, so it must be
// neutralised when rendered: SafeHtml sanitises again at insertion. Both halves are asserted per vector, and a
// backup of the hostile pages as the extension saved them must import (sanitised HTML is not an attack).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { parseHtml, sanitizerWindow } from '../../utils/html/parse-html';
import { analyseArticle } from '../../utils/analysis/analyse-article';
import { saveArticle } from '../../utils/library/save';
import { getArticle, listArticles } from '../../utils/library/read';
import { exportLibrary, importLibrary, BACKUP_FORMAT, BACKUP_VERSION } from '../../utils/library/import/backup';
import { LibraryError } from '../../utils/library/errors';
import { articleId } from '../../utils/library/id';
import type { SavedArticle } from '../../utils/model/saved-article';
import { freshLibrary } from '../library/helpers';
import { HOSTILE_PAGES, HOSTILE_VECTORS, pageHtml, vector } from './hostile-fixtures';
import { activeMarkupProblems } from './active-markup';
import { createTrapWindow, installGlobals, provoke } from './trap-window';
import { renderSafeHtml } from './render-views';
import { sanitizeArticleHtml } from '../../utils/html/sanitize';

const URL = 'https://thu-nghiem.laocai.gov.vn/hostile/sao-luu.html';
const PARAGRAPH = 'UBND huyện Bát Xát đã hỗ trợ 36 hộ dân bị thiệt hại do mưa lũ, tổng kinh phí hơn 400 triệu đồng.';

/** A well-formed saved record whose html is the paragraph plus `html`. */
function record(html: string, over: Partial<SavedArticle> = {}): SavedArticle {
  return {
    url: URL,
    canonicalUrl: URL,
    title: 'Bản sao lưu thử nghiệm',
    byline: null,
    publishedAt: '2024-09-12',
    siteName: 'Cổng TTĐT thử nghiệm',
    lang: 'vi',
    lead: '',
    html: `<p>${PARAGRAPH}</p>${html}`,
    text: PARAGRAPH,
    images: [],
    attachments: [],
    wordCount: 22,
    readingMinutes: 1,
    extractedAt: '2024-09-12T12:00:00.000Z',
    figures: [],
    keyFigures: [],
    summary: [],
    id: articleId(URL),
    savedAt: '2024-09-12T12:00:00.000Z',
    updatedAt: '2024-09-12T12:00:00.000Z',
    readAt: null,
    progress: 0,
    tags: [],
    missingImages: [],
    ...over,
  };
}

const backup = (...articles: SavedArticle[]): string =>
  JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2024-09-13T00:00:00.000Z', articles });

type Outcome = { refused: LibraryError } | { stored: SavedArticle };

async function tryImport(file: string): Promise<Outcome> {
  const db = await freshLibrary();
  try {
    const report = await importLibrary(db, file);
    // A refused article is skipped (named with its reason) and nothing of it is written; the file's other
    // articles would still be imported (one bad article must not refuse the whole backup).
    if (report.skipped.length > 0) {
      expect((await listArticles(db)).total).toBe(0);
      return { refused: new LibraryError('invalid-file', report.skipped[0]!.reason) };
    }
    return { stored: (await getArticle(db, articleId(URL)))! };
  } catch (e) {
    expect(e).toBeInstanceOf(LibraryError);
    expect((e as LibraryError).code).toBe('invalid-file');
    // All or nothing: a refused file writes nothing.
    expect((await listArticles(db)).total).toBe(0);
    return { refused: e as LibraryError };
  } finally {
    db.close();
  }
}

describe('importLibrary with a vector in an article', () => {
  it.each(HOSTILE_VECTORS.map((v) => [v.id, v] as const))('%s: refused, or stored and inert when rendered', async (_id, v) => {
    const outcome = await tryImport(backup(record(v.html)));
    if ('refused' in outcome) {
      expect(outcome.refused.message).toMatch(/active content/);
      return;
    }
    expect(outcome.stored.html).toBe(`<p>${PARAGRAPH}</p>${v.html}`);
    const live = await createTrapWindow();
    const view = await renderSafeHtml(live, outcome.stored.html);
    try {
      expect(view.body.textContent).toContain(PARAGRAPH);
      expect(activeMarkupProblems(view.body.innerHTML, live.document, { rendered: true })).toEqual([]);
      const restore = installGlobals(live);
      try {
        await provoke(live, view.body);
      } finally {
        restore();
      }
      expect(live.fired()).toEqual([]);
    } finally {
      view.unmount();
      live.close();
    }
  });

  it('refuses the plain forms: <script>, <iframe>/<object>/<embed>/<base>/<meta>/<link>, on* handlers, javascript:/vbscript:/data:text URLs', async () => {
    const plain = ['script-inline', 'svg-script', 'iframe-srcdoc', 'object-javascript', 'embed-javascript', 'base-href', 'meta-refresh', 'link-stylesheet-js', 'img-onerror', 'svg-onload', 'details-ontoggle', 'a-javascript', 'a-vbscript', 'a-data-html', 'form-action', 'button-formaction'];
    for (const id of plain) expect('refused' in (await tryImport(backup(record(vector(id).html)))), id).toBe(true);
  });
});

describe('importLibrary with the sanitiser the library page passes', () => {
  it.each(HOSTILE_VECTORS.map((v) => [v.id, v] as const))('%s: what is stored is already inert', async (_id, v) => {
    const win = await sanitizerWindow();
    const db = await freshLibrary();
    try {
      await importLibrary(db, backup(record(v.html)), { sanitizeHtml: (html) => sanitizeArticleHtml(html, win) });
      const stored = await getArticle(db, articleId(URL));
      expect(stored?.html).toContain(PARAGRAPH);
      expect(activeMarkupProblems(stored!.html, win.document as unknown as Document)).toEqual([]);
    } catch (e) {
      // Validation may still refuse the file first: then nothing is written.
      expect((e as LibraryError).code).toBe('invalid-file');
      expect((await listArticles(db)).total).toBe(0);
    } finally {
      db.close();
    }
  });
});

describe('importLibrary: script URLs in the URL fields', () => {
  it.each([
    ['url', { url: 'javascript:alert(1)' }],
    ['canonicalUrl', { canonicalUrl: 'jav\tascript:alert(1)' }],
    ['images[].src', { images: [{ src: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', alt: '', caption: '' }] }],
    ['images[].src (svg)', { images: [{ src: 'javascript:alert(1)//a.jpg', alt: '', caption: '' }] }],
    ['attachments[].href', { attachments: [{ name: 'QĐ 12.pdf', href: 'javascript:alert(1)//QD-12.pdf' }] }],
    ['attachments[].href (vbscript)', { attachments: [{ name: 'QĐ 12.pdf', href: 'vbscript:msgbox(1)' }] }],
    ['missingImages', { missingImages: ['javascript:alert(1)'] }],
  ] as [string, Partial<SavedArticle>][])('refuses %s', async (_field, over) => {
    const outcome = await tryImport(backup(record('', over)));
    expect('refused' in outcome).toBe(true);
  });
});

describe('a backup of the hostile pages as the extension saved them', () => {
  it('exports and imports whole: sanitised HTML is never mistaken for an attack', async () => {
    const src = await freshLibrary();
    const dst = await freshLibrary();
    try {
      const win = await sanitizerWindow();
      for (const p of HOSTILE_PAGES) {
        const r = extractArticle(parseHtml(pageHtml(p.file), p.url), p.url, { window: win });
        if (!r.ok) throw new Error(`${p.file}: ${r.reason}`);
        await saveArticle(src, analyseArticle(r.article));
      }
      const report = await importLibrary(dst, await exportLibrary(src));
      expect(report).toEqual({ added: HOSTILE_PAGES.length, updated: 0, unchanged: 0, skipped: [] });
    } finally {
      src.close();
      dst.close();
    }
  });
});
