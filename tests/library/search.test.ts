import { describe, expect, it } from 'vitest';
import { freshLibrary } from './helpers';
import { makeArticle, numberedArticle } from './fixtures/articles';
import { saveArticle } from '../../utils/library/save';
import { searchLibrary } from '../../utils/library/search';
import { removeArticle, setTags } from '../../utils/library/update';
import { compactSearchIndex } from '../../utils/library/compact';
import type { LibraryDb } from '../../utils/library/schema';
import type { Segment } from '../../utils/library/snippet';

const hitsOf = (segs: Segment[]) => segs.filter((s) => s.hit).map((s) => s.text);
const textOf = (segs: Segment[]) => segs.map((s) => s.text).join('');

async function library(): Promise<LibraryDb> {
  const db = await freshLibrary();
  await saveArticle(db, makeArticle());
  for (let i = 0; i < 8; i++) await saveArticle(db, numberedArticle(i));
  await saveArticle(
    db,
    makeArticle({
      url: 'https://baochinhphu.vn/chinh-sach-dang-vien-1.htm',
      canonicalUrl: 'https://baochinhphu.vn/chinh-sach-dang-vien-1.htm',
      title: 'Chính sách mới cho đảng viên từ tháng 3',
      siteName: 'Báo Chính phủ',
      lead: 'Nghị định quy định chế độ hỗ trợ đối với đảng viên.',
      text: 'Nghị định quy định chế độ hỗ trợ đối với đảng viên.\n\nĐảng viên được hỗ trợ kinh phí học tập.',
      images: [],
    }),
  );
  return db;
}

describe('searchLibrary', () => {
  it('is case- and diacritics-insensitive: "tuyen van" finds "tuyên vận", "dang vien" finds "đảng viên"', async () => {
    const db = await library();
    const plain = await searchLibrary(db, 'tuyen van');
    expect(plain[0]!.title).toBe('Duy trì nâng cao chất lượng công tác tuyên vận');
    const accented = await searchLibrary(db, 'TUYÊN VẬN');
    expect(accented.map((h) => h.id)).toEqual(plain.map((h) => h.id));
    const dang = await searchLibrary(db, 'dang vien ');
    expect(dang.map((h) => h.title)).toEqual(['Chính sách mới cho đảng viên từ tháng 3']);
    expect(hitsOf(dang[0]!.titleSegments)).toEqual(['đảng viên']);
  });

  it('matches the last word as a prefix while typing, and requires every word (AND)', async () => {
    const db = await library();
    expect((await searchLibrary(db, 'tuyen v')).map((h) => h.title)).toContain('Duy trì nâng cao chất lượng công tác tuyên vận');
    expect(await searchLibrary(db, 'tuyen v ')).toEqual([]); // "v" finished as a word: no such word
    expect(await searchLibrary(db, 'tuyen khongcotu')).toEqual([]);
    expect(await searchLibrary(db, '   ')).toEqual([]);
  });

  it('ranks a title match above a lead match above a text match', async () => {
    const db = await freshLibrary();
    const mk = (n: number, title: string, lead: string, body: string) =>
      makeArticle({
        url: `https://x.gov.vn/${n}`,
        canonicalUrl: `https://x.gov.vn/${n}`,
        title,
        lead,
        text: `${lead}\n\n${body}`,
        images: [],
      });
    await saveArticle(db, mk(1, 'Họp giao ban quý II', 'Ủy ban nhân dân huyện tổ chức họp.', 'Bàn về xây dựng cầu Phố Lu.'));
    await saveArticle(db, mk(2, 'Họp giao ban quý III', 'Khởi công cầu Phố Lu mới.', 'Nội dung khác.'));
    await saveArticle(db, mk(3, 'Khởi công cầu Phố Lu', 'Lễ khởi công được tổ chức.', 'Nội dung khác.'));
    const hits = await searchLibrary(db, 'cau pho lu');
    expect(hits.map((h) => h.title)).toEqual(['Khởi công cầu Phố Lu', 'Họp giao ban quý III', 'Họp giao ban quý II']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[1]!.score).toBeGreaterThan(hits[2]!.score);
  });

  it('returns snippets and titles as text segments around the matches, never HTML', async () => {
    const db = await freshLibrary();
    const long = 'Mở đầu. '.repeat(60) + 'Xã Phú Nhuận hoàn thành 8/19 tiêu chí xã nông thôn mới nâng cao. ' + 'Kết thúc. '.repeat(60);
    await saveArticle(
      db,
      makeArticle({ title: '<img src=x onerror=alert(1)> Nông thôn mới', lead: '', text: long, html: '<p>x</p>', images: [] }),
    );
    const [hit] = await searchLibrary(db, 'nong thon moi');
    expect(hit).toBeDefined();
    expect(hitsOf(hit!.snippet)).toEqual(['nông thôn mới']);
    const snippet = textOf(hit!.snippet);
    expect(snippet).toContain('Xã Phú Nhuận hoàn thành 8/19 tiêu chí xã nông thôn mới nâng cao');
    expect(snippet.length).toBeLessThan(260);
    expect(snippet.startsWith('…')).toBe(true);
    // The title stays literal text: the UI puts segments into text nodes and <mark>s.
    expect(textOf(hit!.titleSegments)).toBe('<img src=x onerror=alert(1)> Nông thôn mới');
    expect(hitsOf(hit!.titleSegments)).toEqual(['Nông thôn mới']);
  });

  it('searches site names and tags, and forgets removed articles — before and after the tail is merged', async () => {
    const db = await library();
    const target = (await searchLibrary(db, 'tuyen van'))[0]!.id;
    await setTags(db, target, ['Đáng chú ý']);
    for (const merged of [false, true]) {
      if (merged) await compactSearchIndex(db);
      expect((await searchLibrary(db, 'dang chu y')).map((h) => h.id)).toEqual([target]);
      expect((await searchLibrary(db, 'bao chinh phu')).map((h) => h.title)).toEqual(['Chính sách mới cho đảng viên từ tháng 3']);
    }
    await removeArticle(db, target);
    expect(await searchLibrary(db, 'tuyen van')).toEqual([]);
    await compactSearchIndex(db);
    expect(await searchLibrary(db, 'tuyen van')).toEqual([]);
    expect((await searchLibrary(db, 'ban tin')).length).toBe(8);
  });

  it('respects the limit', async () => {
    const db = await library();
    expect((await searchLibrary(db, 'ban tin', { limit: 3 })).length).toBe(3);
  });
});
