// An article as a sync file: written once, named by the article's identity and a hash of its content, so two
// devices saving the same version write the same name (the second create-only write is a harmless 412) and a
// changed version gets a new name instead of overwriting. What arrives is read as an untrusted backup is.
import type { SavedArticle } from '../model/saved-article';
import { readArticle, type ReadArticleOptions } from '../library/import/read-article';
import { decryptFile, encryptFile, opaqueName, type SyncKeys } from './crypto';

/** Larger than any article the library accepts, with its text and markup. */
const MAX_ARTICLE_FILE_BYTES = 8 * 1024 * 1024;

export interface ArticleFile {
  /** "article/<id>/<sha-256 of the content>": bound into the encryption, never sent. */
  logicalName: string;
  /** The opaque name on the server. */
  name: string;
  bytes: Uint8Array;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sealArticle(keys: SyncKeys, article: SavedArticle): Promise<ArticleFile> {
  const plain = new TextEncoder().encode(JSON.stringify(article));
  const logicalName = `article/${article.id}/${await sha256Hex(plain)}`;
  return { logicalName, name: await opaqueName(keys, logicalName), bytes: await encryptFile(keys, logicalName, plain) };
}

/**
 * The article in a file from the server, checked and cleaned exactly as an imported backup's article, or why it
 * was refused (the caller moves it to the quarantine). Decryption failures (DamagedFileError) propagate.
 */
export async function openArticle(
  keys: SyncKeys,
  logicalName: string,
  sealed: Uint8Array,
  opts: ReadArticleOptions,
): Promise<{ article: SavedArticle } | { problem: string }> {
  if (sealed.length > MAX_ARTICLE_FILE_BYTES) return { problem: 'file is larger than any article' };
  const plain = await decryptFile(keys, logicalName, sealed);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    return { problem: 'not a JSON article' };
  }
  const result = readArticle(raw, opts);
  if (typeof result === 'string') return { problem: result };
  if (!logicalName.startsWith(`article/${result.id}/`)) return { problem: 'article does not match its file name' };
  return { article: result };
}
