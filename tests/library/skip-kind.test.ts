// @vitest-environment jsdom
// Every reason an import gives for leaving an entry out is told to the reader as one of a few kinds, in their
// language (utils/library/import/skip-kind.ts). This drives the real import with files damaged in each way a reader
// may meet and checks the kind each skip gets, so a new reason worded differently cannot fall through unnoticed.
import { describe, expect, it } from 'vitest';
import { freshLibrary } from './helpers';
import { numberedArticle } from './fixtures/articles';
import { saveArticle } from '../../utils/library/save';
import { exportLibrary, importLibrary, type BackupFile } from '../../utils/library/import/backup';
import { importPocketCsv } from '../../utils/library/import/pocket';
import { skipKind } from '../../utils/library/import/skip-kind';
import { sanitizeArticleHtml } from '../../utils/html/sanitize';

describe('skipKind on what imports really report', () => {
  it('names each way a backup entry is left out', async () => {
    const db = await freshLibrary();
    for (let i = 0; i < 3; i++) await saveArticle(db, numberedArticle(i));
    const file = JSON.parse(await exportLibrary(db)) as BackupFile;
    const [a, b, c] = file.articles as unknown as Record<string, unknown>[];
    // Every "&" becomes "&amp;" when sanitised: 1.1 MB of them grow past the 5 MB limit.
    const bloated = { ...a, html: `<p>${'&'.repeat(1_100_000)}</p>`, updatedAt: '2099-01-01T00:00:00.000Z' };
    const entries = [
      { ...a, updatedAt: '2000-01-01T00:00:00.000Z', title: 'Bản cũ hơn' }, // newer-copy
      b,
      b, // duplicate
      { ...c, title: 42 }, // damaged
      { ...c, id: 'khongkhop0001' }, // wrong-id
      bloated, // too-large once cleaned
    ];
    const report = await importLibrary(db, JSON.stringify({ ...file, articles: entries, damaged: [{ id: 'z', reason: 'x', record: { title: 'Hỏng' } }] }), {
      sanitizeHtml: (html: string) => sanitizeArticleHtml(html),
    });
    const kinds = report.skipped.map((s) => skipKind(s.reason));
    expect(kinds).toEqual(['newer-copy', 'duplicate', 'damaged', 'wrong-id', 'too-large', 'damaged-at-source']);
    // Without a sanitiser at hand (Node), active markup is caught by the tripwire instead.
    const raw = await importLibrary(db, JSON.stringify({ ...file, articles: [{ ...c, html: '<p onclick="x()">a</p>' }] }));
    expect(raw.skipped.map((s) => skipKind(s.reason))).toEqual(['unsafe']);
  });

  it('names the ways a Pocket row is left out', async () => {
    const db = await freshLibrary();
    const csv = 'title,url,time_added,tags,status\r\nA,https://a.vn/1,1681786500,,unread\r\nB,https://a.vn/1,1681786500,,unread\r\nC,ftp://a.vn/x,1681786500,,unread\r\nD,,1681786500,,unread\r\n';
    const report = await importPocketCsv(db, csv);
    expect(report.skipped.map((s) => skipKind(s.reason))).toEqual(['duplicate', 'no-url', 'no-url']);
  });
});
