// @vitest-environment jsdom
// A page cannot forge which saved article it is. The attack: a page sets rel=canonical (or og:url)
// to the address of an article already in the library; the popup showed "Saved ✓", Save replaced that article's
// title and text, and the "Saved" toggle deleted it for good.
import { listTrash } from '../../utils/library/trash';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { freshLibrary, uniqueName } from '../library/helpers';
import { makeArticle, numberedArticle } from '../library/fixtures/articles';
import { identityUrl, isSameSite, registrableDomain } from '../../utils/sites/same-site';
import { readCanonicalUrl } from '../../utils/extract/metadata';
import { saveArticle } from '../../utils/library/save';
import { getArticle, listArticles } from '../../utils/library/read';
import { articleId, isRecordOfPage } from '../../utils/library/id';
import { LibraryError } from '../../utils/library/errors';
import { DB_VERSION } from '../../utils/library/schema';
import { openLibrary } from '../../utils/library/db';
import { searchLibrary } from '../../utils/library/search';

const SAVED = 'https://baothang.laocai.gov.vn/tin-tuc/duy-tri-nang-cao-chat-luong-cong-tac-tuyen-van-123.html';

function pageWith(head: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`, 'text/html');
}

describe('registrable domain and same site', () => {
  it.each([
    ['baothang.laocai.gov.vn', 'laocai.gov.vn'],
    ['laocai.gov.vn', 'laocai.gov.vn'],
    ['www.vnexpress.net', 'vnexpress.net'],
    ['cdn.tuoitre.vn', 'tuoitre.vn'],
    ['baochinhphu.vn', 'baochinhphu.vn'],
    ['tin.doanhnghiep.com.vn', 'doanhnghiep.com.vn'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('%s → %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });

  it('a district portal and its province are one site; two provinces, two papers, or gov.vn itself are not', () => {
    expect(isSameSite('https://baothang.laocai.gov.vn/a', 'https://laocai.gov.vn/b')).toBe(true);
    expect(isSameSite('https://m.vnexpress.net/a', 'https://vnexpress.net/a')).toBe(true);
    expect(isSameSite('https://laocai.gov.vn/a', 'https://yenbai.gov.vn/a')).toBe(false);
    expect(isSameSite('https://vnexpress.net/a', 'https://tuoitre.vn/a')).toBe(false);
    expect(isSameSite('https://a.com.vn/x', 'https://b.com.vn/x')).toBe(false);
    expect(isSameSite('javascript:alert(1)', 'https://laocai.gov.vn/a')).toBe(false);
  });

  it('identityUrl keeps a same-site canonical address and ignores another site’s', () => {
    expect(identityUrl({ url: 'https://m.vnexpress.net/a-1.html?utm_source=fb', canonicalUrl: 'https://vnexpress.net/a-1.html' })).toBe('https://vnexpress.net/a-1.html');
    expect(identityUrl({ url: 'https://evil.example/p', canonicalUrl: SAVED })).toBe('https://evil.example/p');
  });
});

describe('readCanonicalUrl', () => {
  const page = 'https://tintuc.example.vn/bai-1.html';
  it('ignores a canonical link or og:url on another site', () => {
    expect(readCanonicalUrl(pageWith(`<link rel="canonical" href="${SAVED}">`), page)).toBe(page);
    expect(readCanonicalUrl(pageWith(`<meta property="og:url" content="${SAVED}">`), page)).toBe(page);
    expect(readCanonicalUrl(pageWith('<link rel="canonical" href="javascript:alert(1)">'), page)).toBe(page);
  });
  it('keeps one on the same site, relative ones included', () => {
    expect(readCanonicalUrl(pageWith('<link rel="canonical" href="/bai-1.html">'), page + '?fbclid=1')).toBe(page);
    expect(readCanonicalUrl(pageWith('<link rel="canonical" href="https://www.example.vn/b.html">'), page)).toBe('https://www.example.vn/b.html');
  });
});

describe('saving cannot reach another page’s record', () => {
  it('a page on another site claiming a saved article’s address is saved as itself; the saved one is untouched', async () => {
    const db = await freshLibrary();
    const real = await saveArticle(db, makeArticle());
    const forged = makeArticle({ url: 'https://evil.example/trap.html', canonicalUrl: SAVED, title: 'Tin giả', text: 'Nội dung giả mạo.' });
    const res = await saveArticle(db, forged);
    expect(res.id).not.toBe(real.id);
    expect(res.id).toBe(articleId('https://evil.example/trap.html'));
    expect((await getArticle(db, real.id))!.title).toBe(makeArticle().title);
    expect((await listArticles(db)).total).toBe(2);
  });

  it('a page of the same site naming another page as canonical is refused with "conflict" until the reader agrees', async () => {
    const db = await freshLibrary();
    const real = await saveArticle(db, makeArticle(), { now: () => new Date('2024-01-01T00:00:00Z') });
    const other = makeArticle({ url: 'https://baothang.laocai.gov.vn/tin-tuc/khac-9.html', canonicalUrl: SAVED, title: 'Bài khác', text: 'Một bài khác hẳn.' });
    const err = await saveArticle(db, other).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as LibraryError).code).toBe('conflict');
    expect((err as LibraryError).messageFor('vi')).toMatch(/chưa bị thay/);
    expect((await getArticle(db, real.id))!.title).toBe(makeArticle().title);
    await saveArticle(db, other, { replace: true });
    const replaced = (await getArticle(db, real.id))!;
    expect(replaced.title).toBe('Bài khác');
    expect(replaced.savedAt).toBe('2024-01-01T00:00:00.000Z');
    // What the reader chose to replace is in the trash, restorable.
    const trashed = await listTrash(db);
    expect(trashed).toMatchObject([{ id: real.id, title: makeArticle().title }]);
  });

  it('the same page saved again after the site edited it updates without asking', async () => {
    const db = await freshLibrary();
    const { id } = await saveArticle(db, makeArticle());
    await saveArticle(db, makeArticle({ url: SAVED + '?utm_source=zalo', title: 'Tiêu đề đã sửa' }));
    expect((await getArticle(db, id))!.title).toBe('Tiêu đề đã sửa');
  });

  it('replacing an earlier version of the same page (the reader agreed in the popup) keeps the earlier one in the trash', async () => {
    const db = await freshLibrary();
    const { id } = await saveArticle(db, makeArticle());
    await saveArticle(db, makeArticle({ title: 'Tiêu đề đã sửa', text: 'Nội dung trang bây giờ.' }), { replace: true });
    expect((await getArticle(db, id))!.title).toBe('Tiêu đề đã sửa');
    expect(await listTrash(db)).toMatchObject([{ id, title: makeArticle().title }]);
  });

  it('isRecordOfPage: the page’s own address, or the record’s canonical address — not a claim', () => {
    const record = { url: 'https://m.vnexpress.net/a-1.html', canonicalUrl: 'https://vnexpress.net/a-1.html' };
    expect(isRecordOfPage(record, 'https://vnexpress.net/a-1.html?utm_source=x#top')).toBe(true);
    expect(isRecordOfPage(record, 'https://m.vnexpress.net/a-1.html/')).toBe(true);
    expect(isRecordOfPage(record, 'https://vnexpress.net/b-2.html')).toBe(false);
  });
});

describe('upgrade to v4: records keyed by another site’s address move to their own key', () => {
  it('re-keys a v1 record saved under a forged canonical address, keeps a sound one, and all stay searchable', async () => {
    const name = uniqueName('v1-forged');
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('articles', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
        db.createObjectStore('images', { keyPath: ['articleId', 'url'] }).createIndex('articleId', 'articleId');
      },
    });
    const forged = makeArticle({ url: 'https://evil.example/trap.html', canonicalUrl: SAVED, title: 'Tin giả tuyên vận' });
    const forgedOldId = articleId(SAVED);
    const sound = numberedArticle(4);
    const dates = { savedAt: '2023-05-01T00:00:00.000Z', updatedAt: '2023-05-01T00:00:00.000Z', readAt: null, progress: 0.25 };
    await v1.put('articles', { ...forged, id: forgedOldId, ...dates });
    await v1.put('articles', { ...sound, id: articleId(sound.url), ...dates });
    await v1.put('images', { articleId: forgedOldId, url: forged.images[0]!.src, type: 'image/jpeg', data: new Uint8Array([0xff, 0xd8, 0xff, 1]).buffer });
    v1.close();

    const db = await openLibrary({ name });
    expect(db.version).toBe(DB_VERSION);
    const newId = articleId('https://evil.example/trap.html');
    expect(await getArticle(db, forgedOldId)).toBeUndefined();
    expect(await getArticle(db, newId)).toMatchObject({ id: newId, title: 'Tin giả tuyên vận', progress: 0.25 });
    expect(await db.getAllFromIndex('images', 'articleId', newId)).toHaveLength(1);
    expect((await getArticle(db, articleId(sound.url)))!.title).toBe(sound.title);
    expect((await listArticles(db)).items.map((i) => i.id).sort()).toEqual([newId, articleId(sound.url)].sort());
    expect((await searchLibrary(db, 'tin gia')).map((h) => h.id)).toEqual([newId]);
    db.close();
  });
});
