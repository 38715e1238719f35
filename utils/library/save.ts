// Saving an article for offline reading.
import type { AnalysedArticle } from '../model/analysed-article';
import type { SavedArticle } from '../model/saved-article';
import type { StoredImage } from './schema';
import type { LibraryDb } from './schema';
import { articleId, isRecordOfPage } from './id';
import { identityUrl } from '../sites/same-site';
import { LibraryError } from './errors';
import { inWriteTx } from './tx';
import { writeArticles } from './write';
import { checkSavedArticle } from './validate';
import { scheduleCompaction } from './compact';
import { TAIL_LIMIT } from './search-index';
import { sniffRasterType } from './raster';
import { isRefusedImageUrl } from '../sites/internal-address';

export type FetchImage = (url: string) => Promise<Blob | null>;

export interface SaveOptions {
  fetchImage?: FetchImage;
  now?: () => Date;
  /** Per image; larger images are skipped (recorded in missingImages). Default 3 MB. */
  maxImageBytes?: number;
  /** Default 40: a photo-report page can carry hundreds; the reader shows the alt text for the rest. */
  maxImages?: number;
  /** Replace a saved record whose title or text differ (the reader said yes). Without it such a save is
   *  refused with LibraryError('conflict') and nothing changes. */
  replace?: boolean;
}

export interface SaveResult {
  id: string;
  created: boolean;
  missingImages: string[];
}

const DEFAULT_MAX_IMAGE_BYTES = 3 * 1024 * 1024;
const DEFAULT_MAX_IMAGES = 40;
/** Parallel image downloads: enough to hide latency, few enough not to hammer a small provincial server. */
const FETCH_CONCURRENCY = 4;

/** Copies exactly the AnalysedArticle fields, so a SavedArticle passed in does not smuggle its state along. */
function analysedPart(a: AnalysedArticle): AnalysedArticle {
  return {
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    title: a.title,
    byline: a.byline,
    publishedAt: a.publishedAt,
    siteName: a.siteName,
    lang: a.lang,
    lead: a.lead,
    html: a.html,
    text: a.text,
    images: a.images,
    attachments: a.attachments,
    wordCount: a.wordCount,
    readingMinutes: a.readingMinutes,
    extractedAt: a.extractedAt,
    figures: a.figures,
    keyFigures: a.keyFigures,
    summary: a.summary,
    // A legal document's kind and card (absent on articles).
    ...(a.kind ? { kind: a.kind } : {}),
    ...(a.document ? { document: { ...a.document } } : {}),
  };
}

/**
 * Downloads images BEFORE the transaction: an IndexedDB transaction auto-commits as soon as it has no pending
 * request at the end of a task, so awaiting the network inside it would commit half a save.
 */
export async function fetchImages(
  id: string,
  srcs: string[],
  opts: SaveOptions,
  pageUrl: string,
): Promise<{ images: StoredImage[]; missing: string[] }> {
  const maxBytes = opts.maxImageBytes ?? DEFAULT_MAX_IMAGE_BYTES;
  const maxImages = opts.maxImages ?? DEFAULT_MAX_IMAGES;
  const unique = [...new Set(srcs)];
  // Never asked for: a photo on the reader's own machine or network (utils/sites/internal-address.ts). It stays
  // listed as missing, and "Tải lại ảnh" refuses it again by the same rule.
  const wanted = opts.fetchImage ? unique.filter((src) => !isRefusedImageUrl(src, pageUrl)).slice(0, maxImages) : [];
  const missing = new Set(unique.filter((s) => !wanted.includes(s)));
  const images: StoredImage[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < wanted.length) {
      const url = wanted[next++]!;
      try {
        const blob = await opts.fetchImage!(url);
        if (!blob || blob.size === 0 || blob.size > maxBytes) {
          missing.add(url);
          continue;
        }
        // Error pages, trackers and SVG documents are refused by their bytes, whatever type they declare;
        // the type stored is the one the bytes are (portals often send a PNG as image/jpg).
        const data = await blob.arrayBuffer();
        const type = sniffRasterType(data);
        if (!type) {
          missing.add(url);
          continue;
        }
        images.push({ articleId: id, url, type, data });
      } catch {
        missing.add(url);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(FETCH_CONCURRENCY, wanted.length) }, worker));
  // Keep the article's image order (the workers finish in any order).
  images.sort((a, b) => unique.indexOf(a.url) - unique.indexOf(b.url));
  return { images, missing: unique.filter((s) => missing.has(s)) };
}

/**
 * Another page's words would replace the saved ones: the saved article is not this page's (its address and
 * canonical address are both another page's: a page naming another page of its site as its canonical address,
 * or a share link variant) and its title or text differ. Only the reader can tell, so they are asked first.
 * The same page saved again after the site edited it simply updates (keeping the reader's state), and a
 * Pocket "to read" stub is filled in.
 */
function differs(stored: SavedArticle, fresh: AnalysedArticle): boolean {
  if (stored.pending === true || isRecordOfPage(stored, fresh.url)) return false;
  return stored.title !== fresh.title || stored.text !== fresh.text;
}

function conflict(id: string, stored: SavedArticle): LibraryError {
  return new LibraryError('conflict', `"${stored.title}" (${stored.url})`, { articleId: id });
}

/** A sound stored record, or undefined (a damaged one contributes nothing and may be replaced). */
const sound = (r: SavedArticle | undefined): SavedArticle | undefined => (r && checkSavedArticle(r) === null ? r : undefined);

export async function saveArticle(db: LibraryDb, article: AnalysedArticle, opts: SaveOptions = {}): Promise<SaveResult> {
  // Keyed by the tab's own address, or a canonical address on the same site: never by what a page claims
  // about another site (utils/sites/same-site.ts).
  const id = articleId(identityUrl(article));
  if (!opts.replace) {
    // Asked before the images are downloaded; asked again inside the write transaction below.
    const before = sound(await db.get('articles', id).catch(() => undefined));
    if (before && differs(before, article)) throw conflict(id, before);
  }
  const { images, missing } = await fetchImages(id, article.images.map((im) => im.src), opts, article.url);
  const now = (opts.now ?? (() => new Date()))().toISOString();
  const fresh: SavedArticle = {
    ...analysedPart(article),
    id,
    savedAt: now,
    updatedAt: now,
    readAt: null,
    progress: 0,
    tags: [],
    missingImages: missing,
  };
  // A malformed article is a caller bug: refuse it here rather than store a record getArticle() would quarantine.
  const problem = checkSavedArticle(fresh);
  if (problem) throw new TypeError(`saveArticle: not a valid article (${problem})`);
  const result = await inWriteTx(db, async (tx) => {
    // Read inside the same transaction as the write: two concurrent saves of one URL are serialised by
    // IndexedDB, so the second sees the first and updates it instead of creating a twin.
    const existing = await tx.objectStore('articles').get(id);
    // The reader's own state survives a re-save (a stored record that is itself damaged contributes nothing).
    const keep = sound(existing);
    // A link to read (Pocket import) becomes an article now: it is saved now, and goes to the top of the list.
    if (keep && !opts.replace && differs(keep, fresh)) throw conflict(id, keep);
    const record: SavedArticle = keep
      ? { ...fresh, savedAt: keep.pending ? now : keep.savedAt, readAt: keep.readAt, progress: keep.progress, tags: keep.tags }
      : fresh;
    // The reader chose to replace other words (another page's, or an earlier version of this page's): what
    // they replace goes to the trash, never nowhere.
    if (keep && opts.replace && !keep.pending && (keep.title !== fresh.title || keep.text !== fresh.text)) {
      const replacedImages = await tx.objectStore('images').index('articleId').getAll(id);
      await tx.objectStore('trash').put({ id, deletedAt: now, article: keep, images: replacedImages });
    }
    const tail = await writeArticles(tx, [{ article: record, images }]);
    return { id, created: existing === undefined, missingImages: missing, tail };
  });
  if (result.tail >= TAIL_LIMIT) void scheduleCompaction(db);
  return { id: result.id, created: result.created, missingImages: result.missingImages };
}
