import { describe, expect, it } from 'vitest';
import { freshLibrary, snapshot } from './helpers';
import { fakeImage, makeArticle, numberedArticle } from './fixtures/articles';
import { saveArticle } from '../../utils/library/save';
import { getArticle, getImages, listArticles } from '../../utils/library/read';
import { setTags, markRead } from '../../utils/library/update';
import { exportLibrary, importLibrary, type BackupFile } from '../../utils/library/import/backup';
import { importPocketCsv } from '../../utils/library/import/pocket';
import { listTrash } from '../../utils/library/trash';
import { searchLibrary } from '../../utils/library/search';
import { LibraryError } from '../../utils/library/errors';
import type { LibraryDb } from '../../utils/library/schema';

async function sample(): Promise<LibraryDb> {
  const db = await freshLibrary();
  const { id } = await saveArticle(db, makeArticle(), { fetchImage: async (u) => fakeImage(u) });
  await setTags(db, id, ['tuyên vận', 'Lào Cai']);
  await markRead(db, id);
  for (let i = 0; i < 3; i++) await saveArticle(db, numberedArticle(i));
  return db;
}

async function importError(db: LibraryDb, file: string | Blob, opts?: { maxBytes?: number }): Promise<LibraryError> {
  const err = await importLibrary(db, file, opts).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(LibraryError);
  expect((err as LibraryError).code).toBe('invalid-file');
  return err as LibraryError;
}

describe('exportLibrary / importLibrary', () => {
  it('round trip into an empty library is identical (records and image bytes), and importing twice adds nothing', async () => {
    const src = await sample();
    const json = await exportLibrary(src, { images: true, now: () => new Date('2024-07-01T00:00:00Z') });
    const file = JSON.parse(json) as BackupFile;
    expect(file).toMatchObject({ format: 'tin-sach-library', version: 1, exportedAt: '2024-07-01T00:00:00.000Z' });
    expect(file.articles).toHaveLength(4);
    expect(file.images).toHaveLength(1);
    expect(file.images![0]!.dataUrl).toMatch(/^data:image\/jpeg;base64,/);

    const dst = await freshLibrary();
    const report = await importLibrary(dst, new Blob([json], { type: 'application/json' }));
    expect(report).toEqual({ added: 4, updated: 0, unchanged: 0, skipped: [] });
    const a = await snapshot(src);
    const b = await snapshot(dst);
    const byId = (rows: unknown[]) => [...(rows as { id: string }[])].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(b.articles!)).toEqual(byId(a.articles!));
    expect(b.images).toEqual(a.images);
    expect(byId(b.summaries!)).toEqual(byId(a.summaries!));
    expect((await searchLibrary(dst, 'lao cai')).length).toBe(1);

    const again = await importLibrary(dst, json);
    expect(again).toEqual({ added: 0, updated: 0, unchanged: 4, skipped: [] });
    expect((await listArticles(dst)).total).toBe(4);
  });

  it('updates changed records, keeps a newer library copy, and skips duplicates inside the file', async () => {
    const db = await sample();
    const file = JSON.parse(await exportLibrary(db)) as BackupFile;
    const [first, second] = file.articles;
    const changed = { ...first!, title: 'Tiêu đề đã sửa', updatedAt: '2099-01-01T00:00:00.000Z' };
    const stale = { ...second!, title: 'Bản cũ', updatedAt: '2000-01-01T00:00:00.000Z' };
    const report = await importLibrary(db, JSON.stringify({ ...file, articles: [changed, stale, changed] }));
    expect(report).toEqual({
      added: 0,
      updated: 1,
      unchanged: 0,
      skipped: [
        { index: 1, reason: 'the library has a newer copy' },
        { index: 2, title: 'Tiêu đề đã sửa', reason: 'duplicate of article 1' },
      ],
    });
    expect((await getArticle(db, first!.id))!.title).toBe('Tiêu đề đã sửa');
    expect((await getArticle(db, second!.id))!.title).toBe(second!.title);
    // The copy the file replaced is in the trash, not gone.
    expect(await listTrash(db)).toMatchObject([{ id: first!.id, title: first!.title }]);
  });

  it('refuses files that are not backups, and skips (by title, with the reason) only the bad articles of one that is', async () => {
    const db = await sample();
    const before = await snapshot(db);
    const good = JSON.parse(await exportLibrary(db, { images: true })) as BackupFile;
    const art = good.articles[0]!;
    const withArticle = (a: unknown) => JSON.stringify({ ...good, articles: [good.articles[1], a] });

    const cases: [string, string | Blob, RegExp][] = [
      ['truncated', (await exportLibrary(db)).slice(0, 500), /not JSON, or cut short/],
      ['empty', '', /empty/],
      ['other JSON', JSON.stringify({ hello: 'world' }), /format/],
      ['newer version', JSON.stringify({ ...good, version: 2 }), /newer/],
      ['deep nesting', `{"format":"tin-sach-library","version":1,"articles":[${'['.repeat(10_000)}${']'.repeat(10_000)}]}`, /nesting/],
      ['huge file', new Blob([JSON.stringify(good)]), /more than the 100 allowed/],
    ];
    for (const [label, file, message] of cases) {
      const err = await importError(db, file, label === 'huge file' ? { maxBytes: 100 } : undefined);
      expect(err.message, label).toMatch(message);
    }
    const articleCases: [string, string, RegExp][] = [
      ['prototype pollution', withArticle(JSON.parse(JSON.stringify(art).replace('{', '{"__proto__":{"polluted":true},'))), /forbidden key "__proto__"/],
      ['wrong types', withArticle({ ...art, wordCount: 'many' }), /bad or missing "wordCount"/],
      ['javascript: URL', withArticle({ ...art, url: 'javascript:alert(1)' }), /bad or missing "url"/],
      ['javascript: image', withArticle({ ...art, images: [{ src: 'javascript:alert(1)', alt: '', caption: '' }] }), /images\[0\]/],
      ['script in html', withArticle({ ...art, html: '<p>x</p><img src=x onerror="alert(1)">' }), /active content/],
      ['id not matching URL', withArticle({ ...art, id: 'aaaaaaaaaaaa' }), /id does not match/],
    ];
    for (const [label, file, reason] of articleCases) {
      const report = await importLibrary(db, file);
      expect(report.skipped, label).toEqual([{ index: 1, title: art.title, reason: expect.stringMatching(reason) }]);
      expect(report.unchanged, label).toBe(1);
    }
    // A bad image costs only itself.
    const badImage = await importLibrary(db, JSON.stringify({ ...good, images: [{ ...good.images![0]!, dataUrl: 'data:text/html;base64,PHNjcmlwdD4=' }] }));
    expect(badImage).toMatchObject({ added: 0, skipped: [] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('importPocketCsv', () => {
  it('creates pending "to read" stubs with tags and read state, skips bad rows, and is idempotent', async () => {
    const db = await freshLibrary();
    const existing = await saveArticle(db, makeArticle());
    const csv = [
      'title,url,time_added,tags,status',
      '"Hội nghị ""tuyên vận"", năm 2023",https://laocai.gov.vn/tin/hoi-nghi-1,1681786500,chính trị|Lào Cai,unread',
      'Đường mới về xã,https://batxat.laocai.gov.vn/tin/duong-moi,1681872900,,archive',
      'Bad,javascript:alert(1),1681872900,,unread',
      `Đã lưu rồi,${makeArticle().url},1681872900,,unread`,
      ',,,,',
    ].join('\r\n');
    const report = await importPocketCsv(db, csv);
    expect(report).toEqual({ added: 2, updated: 0, unchanged: 1, skipped: [{ index: 2, reason: 'not an http(s) URL' }] });
    const list = await listArticles(db, { sort: 'saved-asc' });
    expect(list.total).toBe(3);
    const stub = list.items.find((x) => x.url === 'https://laocai.gov.vn/tin/hoi-nghi-1')!;
    expect(stub).toMatchObject({
      title: 'Hội nghị "tuyên vận", năm 2023',
      pending: true,
      tags: ['chính trị', 'Lào Cai'],
      readAt: null,
      savedAt: new Date(1681786500 * 1000).toISOString(),
    });
    const archived = list.items.find((x) => x.url.includes('duong-moi'))!;
    expect(archived.readAt).toBe(archived.savedAt);
    expect((await getArticle(db, existing.id))!.pending).toBeUndefined();
    expect((await searchLibrary(db, 'hoi nghi tuyen van')).map((h) => h.url)).toEqual(['https://laocai.gov.vn/tin/hoi-nghi-1']);

    expect(await importPocketCsv(db, csv)).toMatchObject({ added: 0, unchanged: 3 });
    // Saving the real page replaces the stub.
    const real = makeArticle({ url: 'https://laocai.gov.vn/tin/hoi-nghi-1', canonicalUrl: 'https://laocai.gov.vn/tin/hoi-nghi-1' });
    const saved = await saveArticle(db, real);
    expect(saved.created).toBe(false);
    const full = (await getArticle(db, saved.id))!;
    expect(full.pending).toBeUndefined();
    expect(full.tags).toEqual(['chính trị', 'Lào Cai']);
    expect(full.text).toBe(real.text);
  });

  it('refuses a CSV that is not a Pocket export', async () => {
    const db = await freshLibrary();
    const err = await importPocketCsv(db, 'a,b\n1,2').catch((e: unknown) => e);
    expect((err as LibraryError).code).toBe('invalid-file');
  });
});

describe('image round trip keeps exact bytes', () => {
  it('binary bytes 0..255 survive base64', async () => {
    const db = await freshLibrary();
    // A PNG signature, then every byte value.
    const all = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(256).map((_, i) => i)]);
    const { id } = await saveArticle(db, makeArticle(), { fetchImage: async () => new Blob([all], { type: 'image/png' }) });
    const json = await exportLibrary(db, { images: true });
    const dst = await freshLibrary();
    await importLibrary(dst, json);
    const img = (await getImages(dst, id)).get(makeArticle().images[0]!.src)!;
    expect(img.type).toBe('image/png');
    expect(new Uint8Array(await img.arrayBuffer())).toEqual(all);
  });
});
