// An article arriving by sync passes the backup import's sanitiser (utils/html/sanitize.ts, here on jsdom as the
// browsers run it on their DOM): a hostile file, validly encrypted under the library's key, is stored clean with
// every word of its paragraphs; without a sanitiser it is refused; a sanitiser that fails stores nothing.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createKeycheck, encryptFile } from '../../utils/sync/crypto';
import { articleLogicalName, articlePlainText } from '../../utils/sync/article-file';
import { receiveArticle } from '../../utils/sync/receive-article';
import { getArticle, openLibrary, saveArticle } from '../../utils/library';
import { listQuarantine } from '../../utils/library/quarantine';
import { sanitizeArticleHtml } from '../../utils/html/sanitize';
import { sanitizerWindow } from '../../utils/html/parse-html';
import { makeArticle } from '../library/fixtures/articles';
import { HOSTILE_BANNED, HOSTILE_HTML, HOSTILE_KEPT } from './third-device';

async function hostileFile() {
  const source = await openLibrary({ name: `sync-source-${Math.random()}` });
  const saved = await saveArticle(source, makeArticle({ images: [] }));
  const article = { ...(await getArticle(source, saved.id))!, html: HOSTILE_HTML };
  const { text, hash } = await articlePlainText(article);
  const { keys } = await createKeycheck('cây đa giếng nước sân đình', 1000);
  const logicalName = articleLogicalName(article.id, hash);
  return { id: article.id, keys, logicalName, sealed: await encryptFile(keys, logicalName, new TextEncoder().encode(text)) };
}

describe('an article arriving by sync', () => {
  it('is stored through the import sanitiser: no script, handler, javascript: link, form or SVG; every word kept', async () => {
    const file = await hostileFile();
    const db = await openLibrary({ name: `sync-arrive-${Math.random()}` });
    const window = await sanitizerWindow();
    const sanitise = async (html: string) => sanitizeArticleHtml(html, window);
    expect(await receiveArticle(db, file.keys, file.logicalName, file.sealed, sanitise)).toEqual({ outcome: 'added' });
    const html = (await getArticle(db, file.id))!.html;
    for (const banned of HOSTILE_BANNED) expect(html).not.toMatch(banned);
    for (const words of HOSTILE_KEPT) expect(html).toContain(words);
    expect(html).toContain('href="https://giaphu.laocai.gov.vn/bien-ban"');
    expect(html).toContain('src="https://giaphu.laocai.gov.vn/anh.jpg"');
    expect(await listQuarantine(db)).toEqual([]);
  });

  it('is refused to the quarantine when no sanitiser is given, and nothing is stored when the sanitiser fails', async () => {
    const file = await hostileFile();
    const db = await openLibrary({ name: `sync-refuse-${Math.random()}` });
    expect(await receiveArticle(db, file.keys, file.logicalName, file.sealed)).toMatchObject({ outcome: 'quarantined' });
    expect(await getArticle(db, file.id)).toBeUndefined();

    const other = await openLibrary({ name: `sync-fail-${Math.random()}` });
    const failing = () => Promise.reject(new Error('offscreen document closed'));
    await expect(receiveArticle(other, file.keys, file.logicalName, file.sealed, failing)).rejects.toThrow('offscreen document closed');
    expect(await getArticle(other, file.id)).toBeUndefined();
    expect(await listQuarantine(other)).toEqual([]);
  });
});
