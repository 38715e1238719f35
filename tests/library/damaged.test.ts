// Damaged records: reading the library never throws on one bad record. A damaged list row shows as a damaged row
// (the others list, count and search normally), can be set aside into the quarantine and exported as it is;
// a quarantined record is restored only once it passes the import's checks, often by rebuilding its row.
import { describe, expect, it } from 'vitest';
import { freshLibrary } from './helpers';
import { fakeImage, makeArticle, numberedArticle } from './fixtures/articles';
import { saveArticle } from '../../utils/library/save';
import { getArticle, listArticles, listSites, listTags } from '../../utils/library/read';
import { listSiteOptions } from '../../utils/library/site-filter';
import { searchLibrary } from '../../utils/library/search';
import { checkListRow } from '../../utils/library/check-list-row';
import { toListRow } from '../../utils/library/list-row';
import { exportLibraryWithReport } from '../../utils/library/import/backup';
import { listTrash } from '../../utils/library/trash';
import { markRead } from '../../utils/library/update';
import type { LibraryDb } from '../../utils/library/schema';
import type { SavedArticle } from '../../utils/model/saved-article';
import { articleId } from '../../utils/library/id';
import { getImages } from '../../utils/library/read';
import {
  damagedRecordJson, deleteQuarantined, listQuarantineItems, normaliseArticleFields, quarantineListRow, restoreQuarantined,
} from '../../utils/library/repair';

/** Three sound articles, then the list row of the second one damaged as in the report (title 42, tags null). */
async function libraryWithDamagedRow(damage: Record<string, unknown> = { title: 42, tags: null }) {
  const db = await freshLibrary();
  const ids: string[] = [];
  for (const n of [1, 2, 3]) ids.push((await saveArticle(db, numberedArticle(n))).id);
  const bad = ids[1]!;
  const row = { ...(await db.get('summaries', bad))!, ...damage } as Record<string, unknown>;
  for (const [k, v] of Object.entries(damage)) if (v === undefined) delete row[k];
  await db.put('summaries', row as never);
  return { db, ids, bad };
}

async function damageArticle(db: LibraryDb, id: string, change: Record<string, unknown>) {
  const article = (await db.get('articles', id)) as unknown as Record<string, unknown>;
  await db.put('articles', { ...article, ...change } as never);
}

describe('checkListRow', () => {
  it('accepts the row writeArticles builds and names the first damaged field', () => {
    const row = toListRow({ ...numberedArticle(4), id: 'a1', savedAt: '2024-05-01T00:00:00Z', updatedAt: '2024-05-01T00:00:00Z', readAt: null, progress: 0, tags: ['dân vận'], missingImages: [] }, 0);
    expect(checkListRow(row)).toBeNull();
    expect(checkListRow({ ...row, title: 42 })).toBe('bad or missing "title"');
    expect(checkListRow({ ...row, tags: null })).toBe('bad or missing "tags"');
    expect(checkListRow({ ...row, tags: ['a', 7] })).toBe('bad or missing "tags"');
    const { savedAt: _s, ...noDate } = row;
    expect(checkListRow(noDate)).toBe('bad or missing "savedAt"');
    expect(checkListRow({ ...row, missingImages: -1 })).toBe('bad "missingImages"');
    expect(checkListRow(null)).toBe('not an object');
  });
});

describe('a damaged list row', () => {
  it('shows as one damaged row; the others list, count and search normally', async () => {
    const { db, ids, bad } = await libraryWithDamagedRow();
    const page = await listArticles(db);
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.id)).toEqual([...ids].reverse());
    const damaged = page.items.find((i) => i.id === bad)!;
    expect(damaged.damaged).toBe('bad or missing "title"');
    expect(damaged.url).toBe('https://xa2.laocai.gov.vn/tin-tuc/bai-viet-2');
    expect(damaged.title).toBe('');
    expect(page.items.filter((i) => i.damaged === undefined).map((i) => i.title)).toEqual(['Bản tin số 3 của huyện Bảo Thắng', 'Bản tin số 1 của huyện Bát Xát']);
    expect((await searchLibrary(db, 'ban tin so')).map((h) => h.id).sort()).toEqual([ids[0], ids[2]].sort());
    expect(await listTags(db)).toEqual([]);
    expect((await listSites(db)).length).toBe(3);
    expect((await listSiteOptions(db)).length).toBeGreaterThan(0);
  });

  it('a row without savedAt (so absent from the sort index) is still listed and counted', async () => {
    const { db, bad } = await libraryWithDamagedRow({ savedAt: undefined, siteKey: 42, tags: [7] });
    const page = await listArticles(db);
    expect(page.total).toBe(3);
    expect(page.items.at(-1)).toMatchObject({ id: bad, damaged: 'bad or missing "savedAt"', title: 'Bản tin số 2 của thị xã Sa Pa' });
    // A number in the site or tag index is not offered as a site or a tag, and does not throw.
    expect(await listTags(db)).toEqual([]);
    expect((await listSites(db)).every((s) => typeof s === 'string')).toBe(true);
    // Filtered lists read only their index: the damaged row is simply not among them.
    expect((await listArticles(db, { unreadOnly: true })).total).toBe(2);
  });

  it('"Xuất nguyên trạng" gives both raw records; "Gỡ bỏ" sets them aside, then restore rebuilds the row', async () => {
    const { db, ids, bad } = await libraryWithDamagedRow();
    const before = await getArticle(db, bad);
    const raw = JSON.parse(await damagedRecordJson(db, bad, new Date('2024-06-01T00:00:00Z')));
    expect(raw).toMatchObject({ format: 'tin-sach-damaged-record', id: bad, reason: 'bad or missing "title"', summary: { title: 42, tags: null }, article: { id: bad, title: 'Bản tin số 2 của thị xã Sa Pa' } });

    expect(await quarantineListRow(db, bad, new Date('2024-06-01T00:00:00Z'))).toBe(true);
    expect((await listArticles(db)).items.map((i) => i.id)).toEqual([ids[2], ids[0]]);
    expect(await searchLibrary(db, 'thi xa sa pa ')).toEqual([]);
    const [q] = await listQuarantineItems(db);
    expect(q).toMatchObject({ id: bad, store: 'summaries', reason: 'bad or missing "title"', quarantinedAt: '2024-06-01T00:00:00.000Z', title: 'Bản tin số 2 của thị xã Sa Pa' });
    expect(JSON.parse(q!.json).summary.title).toBe(42);
    // The export keeps it (as damaged), so a backup taken now loses nothing.
    const exported = await exportLibraryWithReport(db);
    expect(exported.damaged.map((d) => d.id)).toEqual([bad]);

    expect(await restoreQuarantined(db, q!.key)).toEqual({ ok: true, id: bad, title: 'Bản tin số 2 của thị xã Sa Pa' });
    expect(await getArticle(db, bad)).toEqual(before);
    const page = await listArticles(db);
    expect(page.items.every((i) => i.damaged === undefined)).toBe(true);
    expect(page.total).toBe(3);
    expect((await searchLibrary(db, 'thi xa sa pa ')).map((h) => h.id)).toEqual([bad]);
    expect(await listQuarantineItems(db)).toEqual([]);
  });

  it('any later write of the article (here: marking it read) rebuilds a sound row from the article', async () => {
    const { db, bad } = await libraryWithDamagedRow({ title: 42, tags: null, imageBytes: 'nhiều' });
    await markRead(db, bad);
    const row = await db.get('summaries', bad);
    expect(checkListRow(row)).toBeNull();
    expect(row).toMatchObject({ title: 'Bản tin số 2 của thị xã Sa Pa', tags: [], imageBytes: 0, unread: 0 });
    expect(typeof row!.bytes).toBe('number');
  });
});

describe('quarantined article records', () => {
  async function quarantined(change: Record<string, unknown>) {
    const db = await freshLibrary();
    const { id } = await saveArticle(db, numberedArticle(5));
    await damageArticle(db, id, change);
    await expect(getArticle(db, id)).rejects.toMatchObject({ code: 'corrupt' });
    const [q] = await listQuarantineItems(db);
    return { db, id, q: q! };
  }

  it('says why a record that is still damaged cannot be restored, and keeps it', async () => {
    const { db, q } = await quarantined({ title: 42 });
    expect(q.reason).toBe('bad or missing "title"');
    expect(q.title).toBeNull();
    expect(await restoreQuarantined(db, q.key)).toEqual({ ok: false, reason: 'invalid', detail: 'bad or missing "title"' });
    expect(await restoreQuarantined(db, q.key, { edited: '{"title": ' })).toMatchObject({ ok: false, reason: 'not-json' });
    expect(await restoreQuarantined(db, q.key, { edited: '[' .repeat(40) + ']'.repeat(40) })).toMatchObject({ ok: false, reason: 'not-json' });
    expect(await restoreQuarantined(db, q.key, { edited: '"just text"' })).toEqual({ ok: false, reason: 'no-article' });
    expect(await restoreQuarantined(db, 9999)).toEqual({ ok: false, reason: 'gone' });
    expect(await listQuarantineItems(db)).toHaveLength(1);
  });

  it('restores after the reader fixes the JSON, validated like an import (active markup refused)', async () => {
    const { db, id, q } = await quarantined({ title: 42 });
    const fixed = { ...JSON.parse(q.json), title: 'Bản tin số 5 đã sửa' };
    const withScript = { ...fixed, html: '<p>a</p><script>alert(1)</script>' };
    expect(await restoreQuarantined(db, q.key, { edited: JSON.stringify(withScript) })).toMatchObject({ ok: false, reason: 'invalid', detail: expect.stringContaining('active content') });
    // The page passes the sanitiser: what is stored is the cleaned html.
    const sanitizeHtml = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');
    expect(await restoreQuarantined(db, q.key, { edited: JSON.stringify(withScript), sanitizeHtml })).toEqual({ ok: true, id, title: 'Bản tin số 5 đã sửa' });
    expect((await getArticle(db, id))!.html).toBe('<p>a</p>');
    expect((await searchLibrary(db, 'da sua')).map((h) => h.id)).toEqual([id]);
  });

  it('repairs missing reader-state fields (tags, progress, dates) without inventing content', async () => {
    const { db, id, q } = await quarantined({ tags: null, progress: 'half', readAt: 'hôm qua', updatedAt: undefined, missingImages: undefined });
    const repaired = normaliseArticleFields(JSON.parse(q.json)) as SavedArticle;
    expect(repaired).toMatchObject({ tags: [], progress: 0, readAt: null, missingImages: [] });
    expect(repaired.updatedAt).toBe(repaired.savedAt);
    expect(await restoreQuarantined(db, q.key)).toMatchObject({ ok: true, id });
    expect((await listArticles(db)).items.map((i) => i.id)).toEqual([id]);
    expect(normaliseArticleFields({ url: 'https://x.gov.vn/a' })).toMatchObject({ tags: [], lead: '', progress: 0 });
    expect(normaliseArticleFields(null)).toBeNull();
  });

  it('does not write a damaged copy over an article saved again since; delete for good removes it', async () => {
    const { db, id, q } = await quarantined({ tags: null });
    await saveArticle(db, numberedArticle(5, { title: 'Bản tin số 5, bản lưu lại' }));
    expect(await restoreQuarantined(db, q.key)).toEqual({ ok: false, reason: 'exists' });
    expect((await getArticle(db, id))!.title).toBe('Bản tin số 5, bản lưu lại');
    await deleteQuarantined(db, q.key);
    expect(await listQuarantineItems(db)).toEqual([]);
  });

  it('a damaged trash row still lists instead of throwing', async () => {
    const db = await freshLibrary();
    await db.put('trash', { id: 'x1', deletedAt: '2024-06-01T00:00:00Z', article: null, images: [] } as never);
    expect(await listTrash(db)).toEqual([{ id: 'x1', title: '', url: '', deletedAt: '2024-06-01T00:00:00Z', keptUntil: '2024-07-01T00:00:00.000Z' }]);
  });

  it('a record keyed by another site\'s canonical address (before DB v4) is restored under its own key with its photos', async () => {
    const db = await freshLibrary();
    const { id: ownId } = await saveArticle(db, makeArticle(), { fetchImage: async (u) => fakeImage(u) });
    const saved = (await db.get('articles', ownId))!;
    const images = await db.getAllFromIndex('images', 'articleId', ownId);
    expect(images.length).toBeGreaterThan(0);
    // As an old library held it: keyed by a cross-site canonical address, photos under that key, then set aside.
    const foreign = 'https://bao-khac.example.vn/bai-goc.html';
    const oldId = articleId(foreign);
    await db.delete('articles', ownId);
    await db.delete('summaries', ownId);
    for (const im of images) {
      await db.delete('images', [im.articleId, im.url]);
      await db.put('images', { ...im, articleId: oldId });
    }
    await db.add('quarantine', { id: oldId, store: 'articles', reason: 'test', quarantinedAt: '2024-06-01T00:00:00.000Z', record: { ...saved, id: oldId, canonicalUrl: foreign } } as never);
    const [q] = await listQuarantineItems(db);
    expect(await restoreQuarantined(db, q!.key)).toMatchObject({ ok: true, id: ownId });
    expect([...(await getImages(db, ownId)).keys()]).toEqual(images.map((im) => im.url));
    expect((await getImages(db, oldId)).size).toBe(0);
  });
});
