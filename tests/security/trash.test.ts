// Every delete is undoable — deleted articles stay, with their images, in a trash for 30 days.
import { describe, expect, it } from 'vitest';
import { freshLibrary } from '../library/helpers';
import { fakeImage, numberedArticle } from '../library/fixtures/articles';
import { saveArticle } from '../../utils/library/save';
import { getArticle, getImages, listArticles } from '../../utils/library/read';
import { markRead, removeArticle, restoreArticle } from '../../utils/library/update';
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
    expect(await restoreFromTrash(db, a.id)).toEqual({ kind: 'restored', id: a.id });
    expect(await restoreFromTrash(db, b.id)).toEqual({ kind: 'restored', id: b.id });
    expect([await getArticle(db, a.id), await getArticle(db, b.id)]).toEqual(before);
    expect((await getImages(db, a.id)).size).toBe(1);
    expect((await searchLibrary(db, 'ban tin so 1')).map((h) => h.id)).toContain(a.id);
    expect(await listTrash(db)).toEqual([]);
    expect(await restoreFromTrash(db, a.id)).toEqual({ kind: 'gone' });
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

  // Second security round: delete, save the same page again (new text, read to the end), then "Khôi phục"
  // on the old entry used to overwrite the newer copy with nothing left of it.
  describe('restoring over a copy saved since', () => {
    async function deletedThenSavedAgain() {
      const db = await freshLibrary();
      const page = numberedArticle(8, { images: [{ src: 'https://xa1.laocai.gov.vn/anh/cu.jpg', alt: 'ảnh cũ', caption: '' }] });
      const { id } = await saveArticle(db, page, { fetchImage: async (u) => fakeImage(u), now: () => new Date('2024-06-01T08:00:00Z') });
      await removeArticle(db, id, { now: () => new Date('2024-06-01T09:00:00Z') });
      const updated = { ...page, text: `${page.text}\n\nĐoạn mới: UBND xã bổ sung 2 tỷ đồng.`, images: [{ src: 'https://xa1.laocai.gov.vn/anh/moi.jpg', alt: 'ảnh mới', caption: '' }] };
      await saveArticle(db, updated, { fetchImage: async (u) => fakeImage(u), now: () => new Date('2024-06-02T08:00:00Z') });
      await markRead(db, id, true);
      return { db, id, newer: (await getArticle(db, id))! };
    }

    it('asks first, and changes nothing while it asks', async () => {
      const { db, id, newer } = await deletedThenSavedAgain();
      expect(await restoreFromTrash(db, id)).toEqual({ kind: 'ask', trashedOlder: true, current: { title: newer.title, updatedAt: newer.updatedAt } });
      expect(await getArticle(db, id)).toEqual(newer);
      expect([...(await getImages(db, id)).keys()]).toEqual(['https://xa1.laocai.gov.vn/anh/moi.jpg']);
      expect((await listTrash(db)).map((t) => t.id)).toEqual([id]);
    });

    it('"Thay bằng bản cũ" puts the newer copy in the trash, with its photos and read mark', async () => {
      const { db, id, newer } = await deletedThenSavedAgain();
      expect(await restoreFromTrash(db, id, 'replace', new Date('2024-06-03T00:00:00Z'))).toEqual({ kind: 'restored', id });
      const restored = (await getArticle(db, id))!;
      expect(restored.text).not.toContain('Đoạn mới');
      expect([...(await getImages(db, id)).keys()]).toEqual(['https://xa1.laocai.gov.vn/anh/cu.jpg']);
      expect(await listTrash(db)).toMatchObject([{ id, deletedAt: '2024-06-03T00:00:00.000Z' }]);
      // …and the newer copy comes back from there exactly (the old one is now the one asked about).
      expect(await restoreFromTrash(db, id)).toMatchObject({ kind: 'ask', trashedOlder: false });
      await restoreFromTrash(db, id, 'replace');
      expect(await getArticle(db, id)).toEqual(newer);
      expect((await getArticle(db, id))!.readAt).not.toBeNull();
      expect([...(await getImages(db, id)).keys()]).toEqual(['https://xa1.laocai.gov.vn/anh/moi.jpg']);
    });

    it('"Giữ cả hai" keeps both, each with its own photos, and the trash entry is used up', async () => {
      const { db, id, newer } = await deletedThenSavedAgain();
      const outcome = await restoreFromTrash(db, id, 'both');
      expect(outcome.kind).toBe('restored');
      const copyId = (outcome as { id: string }).id;
      expect(copyId).not.toBe(id);
      expect(await getArticle(db, id)).toEqual(newer);
      expect((await getArticle(db, copyId))!.text).not.toContain('Đoạn mới');
      expect([...(await getImages(db, copyId)).keys()]).toEqual(['https://xa1.laocai.gov.vn/anh/cu.jpg']);
      expect((await listArticles(db)).total).toBe(2);
      expect(await listTrash(db)).toEqual([]);
    });

    it('the undo of a delete does not overwrite a copy saved since either', async () => {
      const db = await freshLibrary();
      const page = numberedArticle(9);
      const { id } = await saveArticle(db, page);
      const token = (await removeArticle(db, id))!;
      await saveArticle(db, { ...page, text: `${page.text} Bổ sung.` });
      await expect(restoreArticle(db, token)).rejects.toMatchObject({ code: 'conflict' });
      expect((await getArticle(db, id))!.text).toContain('Bổ sung.');
      expect((await listTrash(db)).map((t) => t.id)).toEqual([id]);
    });
  });
});
