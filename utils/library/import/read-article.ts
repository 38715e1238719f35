// One article of an untrusted file, checked and cleaned the way an import does it; a quarantined record being
// put back passes the very same checks.
import type { SavedArticle } from '../../model/saved-article';
import { LIMITS, checkSavedArticle, isPlainObject } from '../validate';
import { cleanSavedArticle } from './clean';
import { articleId } from '../id';
import { identityUrl } from '../../sites/same-site';

export interface ReadArticleOptions {
  /**
   * Sanitiser for imported article HTML (the extension pages pass utils/html/sanitize.ts). A backup file is
   * untrusted like a web page: validation refuses active markup it recognises, and this makes what is
   * stored as clean as an extracted article. Left out in Node, where the renderer sanitises anyway.
   */
  sanitizeHtml?: (html: string) => string;
}

/** The title a record gives, when it gives one: the reader recognises titles, not positions. */
export const titleOf = (record: unknown): string | undefined => {
  const t = isPlainObject(record) ? record.title : undefined;
  return typeof t === 'string' && t.trim() ? t.trim().slice(0, 200) : undefined;
};

/** One article of a file: the record to write, or why it is skipped. Sizes are judged after sanitising. */
export function readArticle(raw: unknown, opts: ReadArticleOptions): SavedArticle | string {
  const problem = checkSavedArticle(raw);
  if (problem) return problem;
  const a = cleanSavedArticle(raw);
  if (opts.sanitizeHtml) {
    // What is stored is what counts: sanitising can grow the HTML (entities, rel attributes), so its size and
    // its content are checked on the sanitised result, the record the library would quarantine on read.
    a.html = opts.sanitizeHtml(a.html);
    if (a.html.length > LIMITS.html) return `html is larger than ${LIMITS.html} characters once cleaned`;
  }
  const stored = checkSavedArticle(a, { untrustedHtml: true });
  if (stored) return stored;
  const id = articleId(identityUrl(a));
  if (a.id !== id) {
    // Before v4 an article was keyed by any canonical address: such a record moves to its own key (as the
    // upgrade does); any other mismatch could let one record overwrite an unrelated article.
    if (a.id !== articleId(a.canonicalUrl)) return 'id does not match its URL';
    a.id = id;
  }
  return a;
}
