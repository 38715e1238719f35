// Pocket's export (CSV: title,url,time_added,tags,status) becomes "to read" stubs: title and URL only, marked
// `pending` until the user opens the page and saves it for real (saveArticle then replaces the stub).
import type { SavedArticle } from '../../model/saved-article';
import type { LibraryDb } from '../schema';
import { LibraryError } from '../errors';
import { isWebUrl } from '../validate';
import { articleId } from '../id';
import { inWriteTx } from '../tx';
import { writeArticles } from '../write';
import { normaliseTags } from '../update';
import type { ImportReport } from './import-report';

const MAX_ROWS = 100_000;
const MAX_CSV_CHARS = 64 * 1024 * 1024;

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"') {
        if (csv[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && csv[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

function stub(url: string, title: string, savedAt: string, tags: string[], archived: boolean): SavedArticle {
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    /* validated before */
  }
  return {
    url,
    canonicalUrl: url,
    title: title.trim().slice(0, 1000) || url.slice(0, 1000),
    byline: null,
    publishedAt: null,
    siteName: host || null,
    lang: 'vi',
    lead: '',
    html: '',
    text: '',
    images: [],
    attachments: [],
    wordCount: 0,
    readingMinutes: 0,
    extractedAt: savedAt,
    figures: [],
    keyFigures: [],
    summary: [],
    id: articleId(url),
    savedAt,
    updatedAt: savedAt,
    // Pocket's "archive" means the user already read it.
    readAt: archived ? savedAt : null,
    progress: 0,
    tags,
    missingImages: [],
    pending: true,
  };
}

/**
 * Imports a Pocket CSV export as stubs. Rows with no http(s) URL are skipped (index = data row, 0-based);
 * URLs already in the library are left alone (a real saved article beats a stub), so importing twice adds
 * nothing. A file without the title/url header is refused with LibraryError('invalid-file').
 */
export async function importPocketCsv(db: LibraryDb, csv: string, opts: { now?: () => Date } = {}): Promise<ImportReport> {
  if (csv.length > MAX_CSV_CHARS) throw new LibraryError('invalid-file', 'CSV file too large');
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string): number => header.indexOf(name);
  if (col('url') < 0 || col('title') < 0) throw new LibraryError('invalid-file', 'not a Pocket CSV export (no title,url header)');
  if (rows.length > MAX_ROWS) throw new LibraryError('invalid-file', `more than ${MAX_ROWS} rows`);
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, skipped: [] };
  const now = (opts.now ?? (() => new Date()))().toISOString();
  const stubs: SavedArticle[] = [];
  const seen = new Set<string>();
  rows.forEach((r, index) => {
    const url = (r[col('url')] ?? '').trim();
    if (!isWebUrl(url)) {
      report.skipped.push({ index, reason: url ? 'not an http(s) URL' : 'no URL' });
      return;
    }
    const seconds = Number(r[col('time_added')] ?? '');
    const savedAt = Number.isFinite(seconds) && seconds > 0 && seconds < 1e11 ? new Date(seconds * 1000).toISOString() : now;
    const tags = normaliseTags((r[col('tags')] ?? '').split('|'));
    const status = (r[col('status')] ?? '').trim().toLowerCase();
    const s = stub(url, r[col('title')] ?? '', savedAt, tags, status === 'archive' || status === 'archived');
    if (seen.has(s.id)) {
      report.skipped.push({ index, reason: 'duplicate URL in the file' });
      return;
    }
    seen.add(s.id);
    stubs.push(s);
  });
  await inWriteTx(db, async (tx) => {
    const existing = await Promise.all(stubs.map((s) => tx.objectStore('articles').getKey(s.id)));
    const fresh = stubs.filter((_, i) => existing[i] === undefined);
    report.unchanged = stubs.length - fresh.length;
    report.added = fresh.length;
    for (let i = 0; i < fresh.length; i += 500) {
      await writeArticles(tx, fresh.slice(i, i + 500).map((article) => ({ article, images: [] })));
    }
  });
  return report;
}
