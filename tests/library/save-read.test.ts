import { describe, expect, it } from 'vitest';
import { freshLibrary } from './helpers';
import { fakeImage, makeArticle, numberedArticle } from './fixtures/articles';
import { saveArticle } from '../../utils/library/save';
import { getArticle, getImages, listArticles, listSites, listTags } from '../../utils/library/read';
import { markRead, removeArticle, restoreArticle, setProgress, setTags } from '../../utils/library/update';
import { libraryStats, requestPersistence } from '../../utils/library/stats';
import { articleId } from '../../utils/library/id';
import { LibraryError } from '../../utils/library/errors';

const at = (iso: string) => () => new Date(iso);

describe('saveArticle / getArticle / getImages', () => {
  it('stores the article with its images keyed by original URL and records the ones that failed', async () => {
    const db = await freshLibrary();
    const article = makeArticle({
      images: [
        { src: 'https://baothang.laocai.gov.vn/images/a.jpg', alt: 'a', caption: '' },
        { src: 'https://baothang.laocai.gov.vn/images/404.jpg', alt: 'b', caption: '' },
        { src: 'https://baothang.laocai.gov.vn/images/page.html', alt: 'c', caption: '' },
        { src: 'https://baothang.laocai.gov.vn/images/huge.png', alt: 'd', caption: '' },
      ],
    });
    const fetchImage = async (url: string): Promise<Blob | null> => {
      if (url.endsWith('404.jpg')) throw new Error('HTTP 404');
      if (url.endsWith('page.html')) return new Blob(['<html>'], { type: 'text/html' });
      if (url.endsWith('huge.png')) return new Blob([new Uint8Array(5000)], { type: 'image/png' });
      return fakeImage(url);
    };
    const res = await saveArticle(db, article, { fetchImage, maxImageBytes: 4000, now: at('2024-05-01T10:00:00Z') });
    expect(res.created).toBe(true);
    expect(res.id).toBe(articleId(article.canonicalUrl));
    expect(res.missingImages).toEqual([
      'https://baothang.laocai.gov.vn/images/404.jpg',
      'https://baothang.laocai.gov.vn/images/page.html',
      'https://baothang.laocai.gov.vn/images/huge.png',
    ]);
    const saved = await getArticle(db, res.id);
    expect(saved).toMatchObject({
      id: res.id,
      title: article.title,
      text: article.text,
      savedAt: '2024-05-01T10:00:00.000Z',
      readAt: null,
      progress: 0,
      tags: [],
      missingImages: res.missingImages,
    });
    const images = await getImages(db, res.id);
    expect([...images.keys()]).toEqual(['https://baothang.laocai.gov.vn/images/a.jpg']);
    const blob = images.get('https://baothang.laocai.gov.vn/images/a.jpg')!;
    expect(blob.type).toBe('image/jpeg');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(
      new Uint8Array(await fakeImage('https://baothang.laocai.gov.vn/images/a.jpg').arrayBuffer()),
    );
  });

  it('caps the number of images fetched and counts the rest as missing', async () => {
    const db = await freshLibrary();
    const images = Array.from({ length: 5 }, (_, i) => ({ src: `https://x.gov.vn/${i}.jpg`, alt: '', caption: '' }));
    const fetched: string[] = [];
    const res = await saveArticle(db, makeArticle({ images }), {
      maxImages: 2,
      fetchImage: async (u) => (fetched.push(u), fakeImage(u)),
    });
    expect(fetched.sort()).toEqual(['https://x.gov.vn/0.jpg', 'https://x.gov.vn/1.jpg']);
    expect(res.missingImages).toEqual(['https://x.gov.vn/2.jpg', 'https://x.gov.vn/3.jpg', 'https://x.gov.vn/4.jpg']);
    expect((await getImages(db, res.id)).size).toBe(2);
  });

  it('saving the same URL again updates the text but keeps savedAt, tags, readAt and progress', async () => {
    const db = await freshLibrary();
    const first = await saveArticle(db, makeArticle(), { now: at('2024-01-01T00:00:00Z') });
    await setTags(db, first.id, ['tuyên vận']);
    await markRead(db, first.id, true, { now: at('2024-01-02T00:00:00Z') });
    await setProgress(db, first.id, 0.4);
    // Same article reached through a tracking link with a hash: same id.
    const again = makeArticle({
      url: 'https://BAOTHANG.laocai.gov.vn/tin-tuc/duy-tri-nang-cao-chat-luong-cong-tac-tuyen-van-123.html?utm_source=fb&fbclid=x#top',
      canonicalUrl:
        'https://BAOTHANG.laocai.gov.vn/tin-tuc/duy-tri-nang-cao-chat-luong-cong-tac-tuyen-van-123.html?utm_source=fb&fbclid=x#top',
      title: 'Duy trì nâng cao chất lượng công tác tuyên vận (cập nhật)',
    });
    const second = await saveArticle(db, again, { now: at('2024-02-01T00:00:00Z') });
    expect(second).toMatchObject({ id: first.id, created: false });
    const saved = (await getArticle(db, first.id))!;
    expect(saved.title).toBe('Duy trì nâng cao chất lượng công tác tuyên vận (cập nhật)');
    expect(saved.savedAt).toBe('2024-01-01T00:00:00.000Z');
    expect(saved.updatedAt).toBe('2024-02-01T00:00:00.000Z');
    expect(saved.readAt).toBe('2024-01-02T00:00:00.000Z');
    expect(saved.progress).toBe(0.4);
    expect(saved.tags).toEqual(['tuyên vận']);
    expect((await listArticles(db)).total).toBe(1);
  });

  it('two concurrent saves of the same URL leave one consistent record', async () => {
    const db = await freshLibrary();
    const a = makeArticle({ title: 'Bản A' });
    const b = makeArticle({ title: 'Bản B' });
    const slowImage = (u: string) => new Promise<Blob>((r) => setTimeout(() => r(fakeImage(u)), 5));
    const [ra, rb] = await Promise.all([
      saveArticle(db, a, { fetchImage: slowImage }),
      saveArticle(db, b, { fetchImage: slowImage }),
    ]);
    expect(ra.id).toBe(rb.id);
    expect([ra.created, rb.created].sort()).toEqual([false, true]);
    const list = await listArticles(db);
    expect(list.total).toBe(1);
    const saved = (await getArticle(db, ra.id))!;
    // The list row, the article and the images all come from the same (last) write.
    expect(list.items[0]!.title).toBe(saved.title);
    expect((await getImages(db, ra.id)).size).toBe(1);
  });

  it('returns undefined for an unknown id and refuses a malformed article', async () => {
    const db = await freshLibrary();
    expect(await getArticle(db, 'a000000000000')).toBeUndefined();
    await expect(saveArticle(db, makeArticle({ url: 'javascript:alert(1)', canonicalUrl: 'javascript:alert(1)' }))).rejects.toThrow(
      /not a valid article/,
    );
    expect((await listArticles(db)).total).toBe(0);
  });
});

describe('listArticles / listSites / listTags', () => {
  it('sorts, filters and pages without loading full articles', async () => {
    const db = await freshLibrary();
    for (let i = 0; i < 12; i++) {
      await saveArticle(db, numberedArticle(i), { now: at(`2024-03-${String(10 + i).padStart(2, '0')}T08:00:00Z`) });
    }
    const ids = (await listArticles(db, { limit: 100 })).items.map((x) => x.id);
    await setTags(db, ids[0]!, ['Nông thôn mới', ' nông thôn  mới ', 'Giao thông']);
    await markRead(db, ids[1]!);

    const page = await listArticles(db, { limit: 5 });
    expect(page.total).toBe(12);
    expect(page.items.map((x) => x.title)).toEqual([11, 10, 9, 8, 7].map((n) => numberedArticle(n).title));
    const item = page.items[0]!;
    expect(Object.keys(item).sort()).toEqual(
      ['id', 'lead', 'missingImages', 'pending', 'publishedAt', 'readAt', 'readingMinutes', 'savedAt', 'siteName', 'tags', 'title', 'url'].sort(),
    );
    expect(item.lead.length).toBeLessThanOrEqual(200);

    const second = await listArticles(db, { limit: 5, offset: 5 });
    expect(second.items.map((x) => x.title)).toEqual([6, 5, 4, 3, 2].map((n) => numberedArticle(n).title));
    const asc = await listArticles(db, { sort: 'saved-asc', limit: 2 });
    expect(asc.items.map((x) => x.title)).toEqual([0, 1].map((n) => numberedArticle(n).title));

    const byTitle = (await listArticles(db, { sort: 'title', limit: 100 })).items.map((x) => x.title);
    expect(byTitle).toEqual([...byTitle].sort((a, b) => (a.normalize('NFD') < b.normalize('NFD') ? -1 : 1)));

    const published = (await listArticles(db, { sort: 'published-desc', limit: 100 })).items.map((x) => x.publishedAt!);
    expect(published).toEqual([...published].sort().reverse());

    const site = await listArticles(db, { site: 'UBND huyện Bát Xát', limit: 100 });
    expect(site.total).toBe(4);
    expect(site.items.every((x) => x.siteName === 'UBND huyện Bát Xát')).toBe(true);

    const tagged = await listArticles(db, { tag: 'Nông thôn mới' });
    expect(tagged.items.map((x) => x.id)).toEqual([ids[0]]);
    expect(tagged.items[0]!.tags).toEqual(['Nông thôn mới', 'Giao thông']);

    const unread = await listArticles(db, { unreadOnly: true, limit: 100 });
    expect(unread.total).toBe(11);
    expect(unread.items.some((x) => x.id === ids[1])).toBe(false);

    expect(await listSites(db)).toEqual(['Cổng TTĐT huyện Bảo Thắng', 'Cổng TTĐT thị xã Sa Pa', 'UBND huyện Bát Xát']);
    expect(await listTags(db)).toEqual(['Giao thông', 'Nông thôn mới']);
  });
});

describe('updates', () => {
  it('remove → restore brings back the same record, images and search entry', async () => {
    const db = await freshLibrary();
    const { id } = await saveArticle(db, makeArticle(), { fetchImage: async (u) => fakeImage(u) });
    await setTags(db, id, ['lưu trữ']);
    const before = await getArticle(db, id);
    const removed = await removeArticle(db, id);
    expect(removed).not.toBeNull();
    expect(await getArticle(db, id)).toBeUndefined();
    expect((await getImages(db, id)).size).toBe(0);
    expect((await listArticles(db)).total).toBe(0);
    expect(await removeArticle(db, id)).toBeNull();
    await restoreArticle(db, removed!);
    expect(await getArticle(db, id)).toEqual(before);
    expect((await getImages(db, id)).size).toBe(1);
    expect((await listArticles(db)).items[0]!.tags).toEqual(['lưu trữ']);
  });

  it('markRead, setProgress and setTags update the article and its list row; unknown ids are not-found', async () => {
    const db = await freshLibrary();
    const { id } = await saveArticle(db, makeArticle());
    await markRead(db, id, true, { now: at('2024-06-01T00:00:00Z') });
    await markRead(db, id, true, { now: at('2024-06-05T00:00:00Z') });
    expect((await getArticle(db, id))!.readAt).toBe('2024-06-01T00:00:00.000Z');
    expect((await listArticles(db)).items[0]!.readAt).toBe('2024-06-01T00:00:00.000Z');
    await markRead(db, id, false);
    expect((await getArticle(db, id))!.readAt).toBeNull();
    await setProgress(db, id, 1.7);
    expect((await getArticle(db, id))!.progress).toBe(1);
    await expect(setProgress(db, id, Number.NaN)).rejects.toThrow(RangeError);
    const err = await markRead(db, 'a0000missing', true).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as LibraryError).code).toBe('not-found');
    expect((err as LibraryError).messageFor('vi')).toMatch(/Không tìm thấy/);
  });
});

describe('libraryStats / requestPersistence', () => {
  it('counts articles and bytes and reports the storage manager answers', async () => {
    const db = await freshLibrary();
    const empty = await libraryStats(db, {});
    expect(empty).toEqual({ count: 0, bytes: 0, quota: null, usage: null, persisted: null });
    await saveArticle(db, makeArticle(), { fetchImage: async (u) => fakeImage(u) });
    await saveArticle(db, numberedArticle(1));
    const storage = {
      estimate: async () => ({ quota: 1_000_000, usage: 12_345 }),
      persisted: async () => false,
      persist: async () => true,
    };
    const stats = await libraryStats(db, storage);
    expect(stats.count).toBe(2);
    expect(stats.bytes).toBeGreaterThan(makeArticle().text.length);
    expect(stats).toMatchObject({ quota: 1_000_000, usage: 12_345, persisted: false });
    expect(await requestPersistence(storage)).toBe(true);
    expect(await requestPersistence({})).toBeNull();
    expect(await requestPersistence({ persist: async () => Promise.reject(new Error('denied')) })).toBeNull();
  });
});
