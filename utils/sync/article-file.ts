// An article as a sync file: a one-article backup (the article and its photos), written once and named by the
// article's identity and a hash of its content, so two devices saving the same version write the same name (the
// second create-only write is a harmless 412) and a changed version gets a new name instead of overwriting.
// The reader's own state (read, position, tags) is left out: it travels in the devices' state files, so marking
// an article read never makes a new copy of its text. What arrives is read as an untrusted backup is.
import type { SavedArticle } from '../model/saved-article';
import type { StoredImage } from '../library/schema';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type BackupFile, type BackupImage } from '../library/import/backup';
import { bytesToBase64 } from '../library/import/base64';
import { stableStringify } from '../library/stable-json';
import { LibraryError } from '../library/errors';
import { LIMITS } from '../library/validate';
import { decryptFile, encryptFile, opaqueName, type SyncKeys } from './crypto';

/** Larger than any article the library accepts with its photos (base64), encrypted. */
export const MAX_ARTICLE_FILE_BYTES = 32 * 1024 * 1024;

export interface ArticleFile {
  /** "article/<id>/<sha-256 of the content>": bound into the encryption, never sent. */
  logicalName: string;
  /** The opaque name on the server. */
  name: string;
  bytes: Uint8Array;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const articleLogicalName = (id: string, hash: string): string => `article/${id}/${hash}`;

/** The article as every device stores it before its own reading state is applied. */
function withoutReaderState(article: SavedArticle): SavedArticle {
  return { ...article, readAt: null, progress: 0, tags: [], updatedAt: article.savedAt };
}

/** The file's plain text and its content hash: the same article and photos always give the same bytes. */
export async function articlePlainText(article: SavedArticle, images: readonly StoredImage[] = []): Promise<{ text: string; hash: string }> {
  const backupImages: BackupImage[] = [...images]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((im) => ({ articleId: im.articleId, url: im.url, type: im.type, dataUrl: `data:${im.type};base64,${bytesToBase64(im.data)}` }));
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: article.savedAt,
    articles: [withoutReaderState(article)],
    ...(backupImages.length ? { images: backupImages } : {}),
  };
  const text = stableStringify(file);
  return { text, hash: await sha256Hex(new TextEncoder().encode(text)) };
}

export async function sealArticle(keys: SyncKeys, article: SavedArticle, images: readonly StoredImage[] = []): Promise<ArticleFile & { hash: string }> {
  const { text, hash } = await articlePlainText(article, images);
  const logicalName = articleLogicalName(article.id, hash);
  return { logicalName, hash, name: await opaqueName(keys, logicalName), bytes: await encryptFile(keys, logicalName, new TextEncoder().encode(text)) };
}

/**
 * The sanitiser an arriving article's HTML goes through: utils/html/sanitize.ts, run where there is a DOM (Firefox's
 * background page, or Chrome's offscreen document for its service worker). Asynchronous for that reason.
 */
export type ArrivingHtmlSanitiser = (html: string) => Promise<string>;

/** The HTML of each article a backup text names, when it is one the import would go on to sanitise. */
function articleHtmlIn(text: string): string[] {
  try {
    const data = JSON.parse(text) as { articles?: unknown };
    if (!Array.isArray(data.articles) || data.articles.length !== 1) return [];
    const html = (data.articles[0] as { html?: unknown } | null)?.html;
    return typeof html === 'string' && html.length <= LIMITS.html ? [html] : [];
  } catch {
    // Not JSON: parseBackup says so in its own words.
    return [];
  }
}

/**
 * The import's sanitiser step (ReadArticleOptions.sanitizeHtml is synchronous) fed with HTML sanitised beforehand:
 * the article's HTML is sanitised first, then handed over when the import asks for exactly that HTML. Anything
 * else throws, which refuses the file: nothing unsanitised is ever stored.
 */
async function presanitised(text: string, sanitise: ArrivingHtmlSanitiser): Promise<(html: string) => string> {
  const done = new Map<string, string>();
  for (const html of articleHtmlIn(text)) {
    const clean = await sanitise(html);
    if (typeof clean !== 'string') throw new Error('the sanitiser gave no HTML back');
    done.set(html, clean);
  }
  return (html) => {
    const clean = done.get(html);
    if (clean === undefined) throw new Error('HTML that was not sanitised');
    return clean;
  };
}

/**
 * The backup text in a file from the server and its one article, checked and cleaned exactly as an imported
 * backup's article (sanitised by `sanitise` when given), or why it was refused (the caller moves it to the
 * quarantine). Decryption failures (DamagedFileError) and a sanitiser that fails propagate.
 */
export async function openArticle(
  keys: SyncKeys,
  logicalName: string,
  sealed: Uint8Array,
  sanitise?: ArrivingHtmlSanitiser,
): Promise<{ article: SavedArticle; text: string; sanitizeHtml?: (html: string) => string } | { problem: string }> {
  if (sealed.length > MAX_ARTICLE_FILE_BYTES) return { problem: 'file is larger than any article' };
  const plain = await decryptFile(keys, logicalName, sealed);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return { problem: 'not UTF-8 text' };
  }
  const sanitizeHtml = sanitise ? await presanitised(text, sanitise) : undefined;
  let parsed: ReturnType<typeof parseBackup>;
  try {
    parsed = parseBackup(text, sanitizeHtml ? { sanitizeHtml } : {});
  } catch (error) {
    return { problem: error instanceof LibraryError ? error.message : 'not an article file' };
  }
  if (parsed.skipped.length > 0) return { problem: parsed.skipped[0]!.reason };
  if (parsed.articles.length !== 1) return { problem: 'not exactly one article' };
  const article = parsed.articles[0]!;
  if (!logicalName.startsWith(`article/${article.id}/`)) return { problem: 'article does not match its file name' };
  return { article, text, ...(sanitizeHtml ? { sanitizeHtml } : {}) };
}
