// Every delete is undoable — deleted articles stay, with their images, in a trash for 30 days.
import { describe, expect, it } from 'vitest';
import { freshLibrary } from '../library/helpers';
import { fakeImage, numberedArticle } from '../library/fixtures/articles';
import { saveArticle } from '../../utils/library/save';
import { getArticle, getImages, listArticles } from '../../utils/library/read';
import { removeArticle } from '../../utils/library/update';
import { deleteForever, listTrash, purgeTrash, restoreFromTrash } from '../../utils/library/trash';
import { searchLibrary } from '../../utils/library/search';

describe('trash', () => {
  it('two deletes in a row are both restorable, exactly, with images and search', async () => {
    const db = await freshLibrary();
    const withImage = numberedArticle(1, { images: [{ src: 'https://xa1.laocai.gov.vn/anh/1.jpg', alt: 'ảnh', caption: '' }] });
    const a = await saveArticle(db, withImage, { fetchImage: async (u) => fakeImage(u) });
    const b = await saveArticle(db, numberedArticle(2));
    const before = [await getArticle(db, a.id), await getArticle(db, b.id)];
    await removeArticle(db, a.id, { now: () => new Date('2024-06-01T10:00:00Z') });
    await removeArticle(db, b.id, { now: () => new Date('2024-06-01T10:00:03Z') });
    expect((await listArticles(db)).total).toBe(0);
    expect((await listTrash(db)).map((t) => t.id)).toEqual([b.id, a.id]);
    expect(await restoreFromTrash(db, a.id)).toBe(true);
    expect(await restoreFromTrash(db, b.id)).toBe(true);
    expect([await getArticle(db, a.id), await getArticle(db, b.id)]).toEqual(before);
    expect((await getImages(db, a.id)).size).toBe(1);
    expect((await searchLibrary(db, 'ban tin so 1')).map((h) => h.id)).toContain(a.id);
    expect(await listTrash(db)).toEqual([]);
    expect(await restoreFromTrash(db, a.id)).toBe(false);
  });

  it('keeps 30 days, then purges; "delete forever" removes at once', async () => {
    const db = await freshLibrary();
    const old = await saveArticle(db, numberedArticle(3));
    const recent = await saveArticle(db, numberedArticle(4));
    const gone = await saveArticle(db, numberedArticle(5));
    await removeArticle(db, old.id, { now: () => new Date('2024-05-01T00:00:00Z') });
    await removeArticle(db, recent.id, { now: () => new Date('2024-05-20T00:00:00Z') });
    await removeArticle(db, gone.id, { now: () => new Date('2024-05-25T00:00:00Z') });
    await deleteForever(db, gone.id);
    expect(await purgeTrash(db, new Date('2024-06-05T00:00:00Z'))).toBe(1);
    expect((await listTrash(db)).map((t) => t.id)).toEqual([recent.id]);
  });
});
