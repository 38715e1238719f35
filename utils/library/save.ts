// Saving an article for offline reading.
import type { AnalysedArticle, SavedArticle } from './types';
import type { StoredImage } from './records';
import type { LibraryDb } from './db';
import { articleId } from './id';
import { inWriteTx } from './tx';
import { writeArticles } from './write';
import { checkSavedArticle } from './validate';
import { scheduleCompaction } from './compact';
import { TAIL_LIMIT } from './search-index';

export type FetchImage = (url: string) => Promise<Blob | null>;

export interface SaveOptions {
  fetchImage?: FetchImage;
  now?: () => Date;
  /** Per image; larger images are skipped (recorded in missingImages). Default 3 MB. */
  maxImageBytes?: number;
  /** Default 40: a photo-report page can carry hundreds; the reader shows the alt text for the rest. */
  maxImages?: number;
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
  };
}

/**
 * Downloads images BEFORE the transaction: an IndexedDB transaction auto-commits as soon as it has no pending
 * request at the end of a task, so awaiting the network inside it would commit half a save.
 */
async function fetchImages(
  id: string,
  srcs: string[],
  opts: SaveOptions,
): Promise<{ images: StoredImage[]; missing: string[] }> {
  const maxBytes = opts.maxImageBytes ?? DEFAULT_MAX_IMAGE_BYTES;
  const maxImages = opts.maxImages ?? DEFAULT_MAX_IMAGES;
  const unique = [...new Set(srcs)];
  const wanted = opts.fetchImage ? unique.slice(0, maxImages) : [];
  const missing = new Set(unique.filter((s) => !wanted.includes(s)));
  const images: StoredImage[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < wanted.length) {
      const url = wanted[next++]!;
      try {
        const blob = await opts.fetchImage!(url);
        // Error pages and trackers come back as text/html or empty: only real images are kept.
        if (!blob || !/^image\//i.test(blob.type) || blob.size === 0 || blob.size > maxBytes) {
          missing.add(url);
          continue;
        }
        images.push({ articleId: id, url, type: blob.type, data: await blob.arrayBuffer() });
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

export async function saveArticle(db: LibraryDb, article: AnalysedArticle, opts: SaveOptions = {}): Promise<SaveResult> {
  const id = articleId(article.canonicalUrl || article.url);
  const { images, missing } = await fetchImages(id, article.images.map((im) => im.src), opts);
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
    const keep = existing && checkSavedArticle(existing) === null ? existing : undefined;
    // A link to read (Pocket import) becomes an article now: it is saved now, and goes to the top of the list.
    const record: SavedArticle = keep
      ? { ...fresh, savedAt: keep.pending ? now : keep.savedAt, readAt: keep.readAt, progress: keep.progress, tags: keep.tags }
      : fresh;
    const tail = await writeArticles(tx, [{ article: record, images }]);
    return { id, created: existing === undefined, missingImages: missing, tail };
  });
  if (result.tail >= TAIL_LIMIT) void scheduleCompaction(db);
  return { id: result.id, created: result.created, missingImages: result.missingImages };
}
