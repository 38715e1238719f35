import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { freshLibrary, snapshot, uniqueName } from './helpers';
import { fakeImage, makeArticle, numberedArticle } from './fixtures/articles';
import { DB_VERSION } from '../../utils/library/schema';
import { openLibrary } from '../../utils/library/db';
import { saveArticle } from '../../utils/library/save';
import { getArticle, getImages, listArticles } from '../../utils/library/read';
import { searchLibrary } from '../../utils/library/search';
import { listQuarantine } from '../../utils/library/quarantine';
import { articleId } from '../../utils/library/id';
import { LibraryError } from '../../utils/library/errors';

/** Makes the Nth put on `store` (and every later one) throw `error`, as a full disk or a crash would. */
function failPutOn(store: string, error: () => Error, afterCalls = 0) {
  const original = FakeObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === store && calls++ >= afterCalls) throw error();
    return original.apply(this, args as Parameters<typeof original>);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('transactions are all or nothing', () => {
  it('an aborted transaction leaves no partial article (no row, no images, no search entry)', async () => {
    const db = await freshLibrary();
    await saveArticle(db, numberedArticle(1));
    const before = await snapshot(db);
    // The article and its list row are written, then the search index write blows up.
    failPutOn('searchDocs', () => new Error('simulated crash'));
    const article = makeArticle({ images: [{ src: 'https://x.gov.vn/a.jpg', alt: '', caption: '' }] });
    const err = await saveArticle(db, article, { fetchImage: async (u) => fakeImage(u) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as LibraryError).code).toBe('aborted');
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
    expect(await getArticle(db, articleId(article.canonicalUrl))).toBeUndefined();
    expect((await getImages(db, articleId(article.canonicalUrl))).size).toBe(0);
    expect(await searchLibrary(db, 'tuyen van')).toEqual([]);
    // And the library still works afterwards.
    await saveArticle(db, article);
    expect((await searchLibrary(db, 'tuyen van')).length).toBe(1);
  });

  it('QuotaExceededError → LibraryError quota, and the library is exactly as before (update case too)', async () => {
    const db = await freshLibrary();
    const { id } = await saveArticle(db, makeArticle(), { fetchImage: async (u) => fakeImage(u) });
    const before = await snapshot(db);
    failPutOn('images', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const bigger = makeArticle({ title: 'Bản cập nhật', images: [{ src: 'https://x.gov.vn/big.jpg', alt: '', caption: '' }] });
    const err = await saveArticle(db, bigger, { fetchImage: async (u) => fakeImage(u) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as LibraryError).code).toBe('quota');
    expect((err as LibraryError).messageFor('vi')).toMatch(/Bộ nhớ/);
    expect((err as LibraryError).messageFor('en')).toMatch(/storage is full/);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
    expect((await getArticle(db, id))!.title).toBe(makeArticle().title);
  });
});

describe('openLibrary', () => {
  it('reports a blocked upgrade: onBlocked is called, then LibraryError blocked after the bound', async () => {
    const name = uniqueName('blocked');
    // The "other tab": an old build holding version 1 open and ignoring versionchange.
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('articles', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
        db.createObjectStore('images', { keyPath: ['articleId', 'url'] }).createIndex('articleId', 'articleId');
      },
    });
    const onBlocked = vi.fn();
    const err = await openLibrary({ name, onBlocked, blockedTimeoutMs: 50 }).catch((e: unknown) => e);
    expect(onBlocked).toHaveBeenCalled();
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as LibraryError).code).toBe('blocked');
    expect((err as LibraryError).messageFor('vi')).toMatch(/thẻ khác/);
    // Once the other tab goes away, the library opens (the late connection from the timed-out attempt was closed).
    old.close();
    const db = await openLibrary({ name });
    expect([...db.objectStoreNames]).toContain('quarantine');
    db.close();
  });

  it('a connection that blocks a newer version closes itself (no onBlocking handler)', async () => {
    const name = uniqueName('blocking');
    const db = await openLibrary({ name });
    // Simulate a future build asking for version 99.
    const newer = await openDB(name, 99, { blocked: () => undefined });
    expect(newer.version).toBe(99);
    newer.close();
    expect(() => db.transaction('articles')).toThrow();
  });

  it('opens a v1 database with every record intact, listed and searchable', async () => {
    const name = uniqueName('v1');
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('articles', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
        db.createObjectStore('images', { keyPath: ['articleId', 'url'] }).createIndex('articleId', 'articleId');
      },
    });
    // v1 records had no tags and no missingImages.
    const a = makeArticle();
    const id = articleId(a.canonicalUrl);
    const v1Record = { ...a, id, savedAt: '2023-05-01T00:00:00.000Z', updatedAt: '2023-05-01T00:00:00.000Z', readAt: null, progress: 0.5 };
    const b = numberedArticle(3);
    const idB = articleId(b.canonicalUrl);
    await v1.put('articles', v1Record);
    await v1.put('articles', { ...b, id: idB, savedAt: '2023-05-02T00:00:00.000Z', updatedAt: '2023-05-02T00:00:00.000Z', readAt: '2023-05-03T00:00:00.000Z', progress: 1 });
    const bytes = new Uint8Array([0xff, 0xd8, 1, 2, 3]);
    await v1.put('images', { articleId: id, url: a.images[0]!.src, type: 'image/jpeg', data: bytes.buffer });
    v1.close();

    const db = await openLibrary({ name });
    expect(db.version).toBe(DB_VERSION);
    const got = await getArticle(db, id);
    expect(got).toEqual({ ...v1Record, tags: [], missingImages: [] });
    const images = await getImages(db, id);
    expect(new Uint8Array(await images.get(a.images[0]!.src)!.arrayBuffer())).toEqual(bytes);
    const list = await listArticles(db);
    expect(list.items.map((x) => x.id)).toEqual([idB, id]);
    expect(list.items[0]!.readAt).toBe('2023-05-03T00:00:00.000Z');
    expect((await searchLibrary(db, 'tuyen van')).map((h) => h.id)).toEqual([id]);
    expect((await searchLibrary(db, 'ban tin so 3')).map((h) => h.id)).toEqual([idB]);
  });
});

describe('corrupt records', () => {
  it('are quarantined on read and reported; the rest of the library keeps working', async () => {
    const db = await freshLibrary();
    const good = await saveArticle(db, numberedArticle(1));
    const bad = await saveArticle(db, makeArticle());
    // Damage the stored record behind the library's back.
    const raw = await db.get('articles', bad.id);
    await db.put('articles', { ...raw!, title: 42 as unknown as string, text: undefined as unknown as string });

    const err = await getArticle(db, bad.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as LibraryError).code).toBe('corrupt');
    expect((err as LibraryError).articleId).toBe(bad.id);
    const q = await listQuarantine(db);
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ id: bad.id, store: 'articles' });
    expect((q[0]!.record as { title: unknown }).title).toBe(42);

    expect(await getArticle(db, bad.id)).toBeUndefined();
    expect((await getArticle(db, good.id))!.title).toBe(numberedArticle(1).title);
    expect((await listArticles(db)).items.map((x) => x.id)).toEqual([good.id]);
    expect(await searchLibrary(db, 'tuyen van')).toEqual([]);
    expect((await searchLibrary(db, 'ban tin')).map((h) => h.id)).toEqual([good.id]);
    // Saving the page again brings it back.
    await saveArticle(db, makeArticle());
    expect((await getArticle(db, bad.id))!.title).toBe(makeArticle().title);
  });
});
