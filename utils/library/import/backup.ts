// Backup and restore: a versioned JSON file of every saved article (and optionally the image bytes). Import
// never trusts the file: its size is checked before it is read, its nesting before it is parsed, and every
// record before anything is written.
import type { SavedArticle } from '../../model/saved-article';
import type { LibraryDb, StoredImage } from '../schema';
import { LibraryError, toLibraryError } from '../errors';
import { checkSavedArticle, isPlainObject, isWebUrl } from '../validate';
import { bytesToBase64, base64ToBytes } from './base64';
import { stableStringify } from '../stable-json';
import { inWriteTx } from '../tx';
import { writeArticles, type ArticleWrite } from '../write';
import { sniffRasterType } from '../raster';
import type { ImportReport } from './import-report';
import { jsonDepthExceeds } from './json-depth';
import { readArticle, titleOf, type ReadArticleOptions } from './read-article';

export const BACKUP_FORMAT = 'tin-sach-library';
export const BACKUP_VERSION = 1;

export interface BackupImage {
  articleId: string;
  url: string;
  type: string;
  dataUrl: string;
}

/** A record the library could not vouch for (damaged on disk, or in quarantine), exported as it is. */
export interface DamagedRecord {
  id: string;
  reason: string;
  record: unknown;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  articles: SavedArticle[];
  images?: BackupImage[];
  /** Damaged and quarantined records, as they are: an export never silently leaves one out. */
  damaged?: DamagedRecord[];
}

/** What an export wrote: the file, and the records in it that are damaged (named to the reader). */
export interface ExportResult {
  json: string;
  articles: number;
  damaged: { id: string; title: string | null; reason: string }[];
}

export interface ExportOptions {
  images?: boolean;
  now?: () => Date;
}

export async function exportLibraryWithReport(db: LibraryDb, opts: ExportOptions = {}): Promise<ExportResult> {
  try {
    const tx = db.transaction(['articles', 'images', 'quarantine'], 'readonly');
    const [records, images, quarantined] = await Promise.all([
      tx.objectStore('articles').getAll() as Promise<unknown[]>,
      opts.images ? tx.objectStore('images').getAll() : Promise.resolve([] as StoredImage[]),
      tx.objectStore('quarantine').getAll(),
    ]);
    const articles: SavedArticle[] = [];
    const damaged: DamagedRecord[] = [];
    for (const r of records) {
      const problem = checkSavedArticle(r);
      if (problem === null) articles.push(r as SavedArticle);
      // A damaged record would make the whole file unimportable as an article: it goes out as it is, apart.
      else damaged.push({ id: isPlainObject(r) && typeof r.id === 'string' ? r.id : '', reason: problem, record: r });
    }
    for (const q of quarantined) damaged.push({ id: q.id, reason: `quarantined: ${q.reason}`, record: q.record });
    const file: BackupFile = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: (opts.now ?? (() => new Date()))().toISOString(),
      articles,
    };
    if (opts.images) {
      const kept = new Set(articles.map((a) => a.id));
      file.images = images
        .filter((im) => kept.has(im.articleId))
        .map((im) => ({ articleId: im.articleId, url: im.url, type: im.type, dataUrl: `data:${im.type};base64,${bytesToBase64(im.data)}` }));
    }
    if (damaged.length > 0) file.damaged = damaged;
    return {
      json: JSON.stringify(file),
      articles: articles.length,
      damaged: damaged.map((d) => ({ id: d.id, title: titleOf(d.record) ?? null, reason: d.reason })),
    };
  } catch (e) {
    throw toLibraryError(e);
  }
}

export async function exportLibrary(db: LibraryDb, opts: ExportOptions = {}): Promise<string> {
  return (await exportLibraryWithReport(db, opts)).json;
}

export interface ImportOptions extends ReadArticleOptions {
  /** Refuse larger files before reading them. Default 512 MB (a 10,000-article library with images). */
  maxBytes?: number;
  /** Per image, decoded. Default 5 MB. */
  maxImageBytes?: number;
}

const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
const DEFAULT_MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** A backup nests 4 levels (file → articles → article → figures → figure); anything deep is not ours. */
const MAX_DEPTH = 16;
const MAX_ARTICLES = 200_000;
/** Records written per writeArticles call (all inside the one import transaction). */
const WRITE_CHUNK = 500;

function invalid(detail: string): LibraryError {
  return new LibraryError('invalid-file', detail);
}

async function readFile(file: string | Blob, maxBytes: number): Promise<string> {
  // String length counts UTF-16 units: a cheap lower bound of its UTF-8 size, good enough for a guard.
  const size = typeof file === 'string' ? file.length : file.size;
  if (size > maxBytes) throw invalid(`file is ${size} bytes, more than the ${maxBytes} allowed`);
  if (size === 0) throw invalid('file is empty');
  return typeof file === 'string' ? file : file.text();
}

interface ParsedBackup {
  articles: SavedArticle[];
  /** For each article (same order), its position in the file. */
  positions: number[];
  images: Map<string, StoredImage[]> | null;
  skipped: ImportReport['skipped'];
}

/**
 * Validates the file. A file that is not a backup at all throws invalid-file (nothing is written); inside a
 * backup, every sound article is kept and every other one is listed in `skipped` with its title and why.
 */
export function parseBackup(text: string, opts: Pick<ImportOptions, 'maxImageBytes' | 'sanitizeHtml'> = {}): ParsedBackup {
  if (jsonDepthExceeds(text, MAX_DEPTH)) throw invalid(`nesting deeper than ${MAX_DEPTH} levels`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw invalid(`not JSON, or cut short (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isPlainObject(data) || Object.prototype.hasOwnProperty.call(data, '__proto__')) throw invalid('not a backup object');
  if (data.format !== BACKUP_FORMAT) throw invalid(`format is not "${BACKUP_FORMAT}"`);
  if (typeof data.version !== 'number' || data.version > BACKUP_VERSION) {
    throw invalid(`version ${String(data.version)} is newer than this extension understands; update Tin Sạch`);
  }
  if (data.version !== BACKUP_VERSION) throw invalid(`unknown version ${String(data.version)}`);
  if (!Array.isArray(data.articles)) throw invalid('"articles" is not a list');
  if (data.articles.length > MAX_ARTICLES) throw invalid(`more than ${MAX_ARTICLES} articles`);
  const articles: SavedArticle[] = [];
  const positions: number[] = [];
  const skipped: ImportReport['skipped'] = [];
  const seen = new Map<string, number>();
  /** File id → stored id (they differ for records re-keyed by readArticle). */
  const fileIds = new Map<string, string>();
  data.articles.forEach((raw: unknown, index: number) => {
    const fileId = isPlainObject(raw) && typeof raw.id === 'string' ? raw.id : '';
    const a = readArticle(raw, opts);
    if (typeof a === 'string') {
      skipped.push({ index, title: titleOf(raw), reason: a });
      return;
    }
    const first = seen.get(a.id);
    if (first !== undefined) {
      skipped.push({ index, title: a.title, reason: `duplicate of article ${first + 1}` });
      return;
    }
    seen.set(a.id, index);
    fileIds.set(fileId, a.id);
    articles.push(a);
    positions.push(index);
  });
  const articleCount = data.articles.length;
  if (Array.isArray(data.damaged)) {
    data.damaged.forEach((d: unknown, index: number) => {
      const record = isPlainObject(d) ? d.record : undefined;
      skipped.push({ index: articleCount + index, title: titleOf(record), reason: 'damaged in the library it was exported from' });
    });
  }
  let images: Map<string, StoredImage[]> | null = null;
  if (data.images !== undefined) {
    if (!Array.isArray(data.images)) throw invalid('"images" is not a list');
    images = new Map();
    const maxImageBytes = opts.maxImageBytes ?? DEFAULT_MAX_IMAGE_BYTES;
    const keys = new Set<string>();
    data.images.forEach((raw: unknown) => {
      const checked = checkImage(raw, maxImageBytes);
      // A bad image costs only itself: its article keeps its place and shows the picture's alt text.
      if (typeof checked === 'string') return;
      const articleId = fileIds.get(checked.articleId);
      if (articleId === undefined) return;
      const im = { ...checked, articleId };
      const key = `${im.articleId} ${im.url}`;
      if (keys.has(key)) return;
      keys.add(key);
      let list = images!.get(im.articleId);
      if (!list) images!.set(im.articleId, (list = []));
      list.push(im);
    });
  }
  return { articles, positions, images, skipped };
}

function checkImage(raw: unknown, maxBytes: number): StoredImage | string {
  if (!isPlainObject(raw) || Object.prototype.hasOwnProperty.call(raw, '__proto__')) return 'not an object';
  const { articleId: id, url, type, dataUrl } = raw;
  if (typeof id !== 'string' || id.length > 64) return 'bad articleId';
  if (!isWebUrl(url) && !(typeof url === 'string' && url.length < 1_000_000 && url.startsWith('data:image/'))) return 'bad url';
  if (typeof type !== 'string' || !/^image\/[a-z0-9.+-]{1,50}$/i.test(type)) return 'not an image type';
  if (typeof dataUrl !== 'string' || dataUrl.length > maxBytes * 1.4 + 100) return 'image data too large';
  const prefix = `data:${type};base64,`;
  if (!dataUrl.startsWith(prefix)) return 'data URL does not match its type';
  const data = base64ToBytes(dataUrl.slice(prefix.length));
  if (!data) return 'image data is not base64';
  if (data.byteLength > maxBytes) return 'image data too large';
  // The same rule as saving from a page: only raster bytes (an SVG would open as a scriptable document).
  const real = sniffRasterType(data);
  if (!real) return 'not a JPEG, PNG, GIF, WebP or AVIF image';
  return { articleId: id, url: url as string, type: real, data };
}

function sameImages(a: StoredImage[], b: StoredImage[]): boolean {
  if (a.length !== b.length) return false;
  const byUrl = new Map(a.map((im) => [im.url, im]));
  return b.every((im) => {
    const other = byUrl.get(im.url);
    if (!other || other.type !== im.type || other.data.byteLength !== im.data.byteLength) return false;
    const x = new Uint8Array(other.data);
    const y = new Uint8Array(im.data);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  });
}

/**
 * Imports a backup. All or nothing: the whole file is validated first, then written in ONE transaction
 * (IndexedDB transactions have no size limit besides quota; a quota error aborts it and leaves the library as
 * it was). Idempotent: a record equal to the stored one counts as unchanged; when both differ, the more
 * recently updated one wins (a stale backup never rolls back reading progress or tags).
 */
export async function importLibrary(db: LibraryDb, file: string | Blob, opts: ImportOptions = {}): Promise<ImportReport> {
  const text = await readFile(file, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  const parsed = parseBackup(text, opts);
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, skipped: [...parsed.skipped] };
  await inWriteTx(db, async (tx) => {
    const articles = tx.objectStore('articles');
    const imageIndex = tx.objectStore('images').index('articleId');
    let writes: ArticleWrite[] = [];
    for (let i = 0; i < parsed.articles.length; i++) {
      const incoming = parsed.articles[i]!;
      const images = parsed.images?.get(incoming.id);
      const existing = await articles.get(incoming.id);
      if (existing) {
        const sameArticle = stableStringify(existing) === stableStringify(incoming);
        const storedImages = images ? await imageIndex.getAll(incoming.id) : null;
        if (sameArticle && (!images || sameImages(storedImages!, images))) {
          report.unchanged++;
          continue;
        }
        if (!sameArticle && existing.updatedAt > incoming.updatedAt) {
          report.skipped.push({ index: parsed.positions[i]!, reason: 'the library has a newer copy' });
          continue;
        }
        report.updated++;
        // The copy the file replaces goes to the trash, never nowhere.
        await tx.objectStore('trash').put({ id: existing.id, deletedAt: new Date().toISOString(), article: existing, images: storedImages ?? (await imageIndex.getAll(incoming.id)) });
      } else report.added++;
      // Images: replaced when the file carries some for this article, otherwise the stored ones stay.
      writes.push({ article: incoming, images });
      if (writes.length >= WRITE_CHUNK) {
        await writeArticles(tx, writes);
        writes = [];
      }
    }
    if (writes.length > 0) await writeArticles(tx, writes);
  });
  report.skipped.sort((a, b) => a.index - b.index);
  return report;
}
