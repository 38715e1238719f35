import { describe, expect, it } from 'vitest';
import { freshLibrary } from './helpers';
import { makeArticle } from './fixtures/articles';
import { saveArticle } from '../../utils/library/save';
import { searchLibrary } from '../../utils/library/search';
import { relevanceFactor } from '../../utils/library/rerank';

const page = (n: number, title: string, text: string, publishedAt = '2026-03-07T08:00:00+07:00') =>
  makeArticle({ url: `https://x.gov.vn/${n}`, canonicalUrl: `https://x.gov.vn/${n}`, title, lead: '', text, publishedAt, images: [], figures: [] });

describe('search ranks the phrase the reader meant', () => {
  it('"bao hiem y te" puts the articles with "bảo hiểm y tế" above one with "hiếm" and "tế" apart', async () => {
    const db = await freshLibrary();
    // The words of the query, scattered: "hiếm" and "tế" several times, in the title too.
    await saveArticle(db, page(1, 'Giá hoa tăng, hàng hiếm, bảo quản khó vì thời tiết',
      'Giá hoa hồng nhập khẩu tăng mạnh vì hàng hiếm. Tiểu thương phải bảo quản hoa trong kho lạnh. ' +
      'Thị trường quốc tế biến động, hoa Đà Lạt cũng hiếm. Ông Y, một chủ vựa, cho biết kinh tế khó khăn. ' +
      'Hoa hiếm nên giá cao; bảo đảm nguồn hàng là thách thức, y như năm trước, kinh tế thế giới chưa hồi phục.'));
    await saveArticle(db, page(2, 'Người dân dùng ứng dụng VssID thay thẻ khi đi khám',
      'Từ tháng 6, người dân có thể dùng ứng dụng VssID thay cho thẻ bảo hiểm y tế giấy khi đi khám chữa bệnh.'));
    await saveArticle(db, page(3, 'Huyện đạt chỉ tiêu năm 2024',
      'Năm 2024, tỷ lệ bao phủ bảo hiểm y tế của huyện đạt 95%. Thu ngân sách vượt dự toán.'));
    for (const q of ['bao hiem y te', 'bảo hiểm y tế', 'bao hiem y t']) {
      const titles = (await searchLibrary(db, q)).map((h) => h.title);
      expect(titles.indexOf('Giá hoa tăng, hàng hiếm, bảo quản khó vì thời tiết'), q).toBeGreaterThan(1);
    }
  });

  it('finds a document number as written ("17-NQ/HU") above articles that only share its parts', async () => {
    const db = await freshLibrary();
    await saveArticle(db, page(1, 'Kết quả thực hiện nghị quyết năm 2023',
      'Góp phần thực hiện có hiệu quả Nghị quyết số 17-NQ/HU, ngày 13 tháng 12 năm 2023 của Ban Chấp hành Đảng bộ huyện.'));
    await saveArticle(db, page(2, 'Hội nghị HU lần thứ 17: triển khai NQ mới',
      'Hội nghị lần thứ 17 Ban Chấp hành (HU) bàn các NQ về kinh tế. Nghị quyết 12-NQ/HU được sơ kết.'));
    const hits = await searchLibrary(db, '17-NQ/HU');
    expect(hits[0]!.title).toBe('Kết quả thực hiện nghị quyết năm 2023');
  });

  it('ranks the reader\'s own diacritics above words that only fold to them', async () => {
    const db = await freshLibrary();
    await saveArticle(db, page(1, 'Đang viên chức sự nghiệp', 'Đang viên chức của trung tâm y tế tham gia tập huấn.'));
    await saveArticle(db, page(2, 'Đảng viên 40 năm tuổi Đảng', 'Ông Bình là đảng viên có 40 năm tuổi Đảng, tham gia tập huấn.'));
    expect((await searchLibrary(db, 'đảng viên'))[0]!.title).toBe('Đảng viên 40 năm tuổi Đảng');
    // Unaccented: both spellings are what the reader may mean; no diacritics boost either way.
    expect(relevanceFactor('dang vien', false, { title: 'Đang viên', siteName: null, lead: '', text: '' })).toBe(
      relevanceFactor('dang vien', false, { title: 'Đảng viên', siteName: null, lead: '', text: '' }),
    );
  });

  it('breaks a tie with the newer article', async () => {
    const db = await freshLibrary();
    await saveArticle(db, page(1, 'Lịch tiếp công dân', 'Lịch tiếp công dân của Chủ tịch UBND xã.', '2024-01-05T08:00:00+07:00'));
    await saveArticle(db, page(2, 'Lịch tiếp công dân', 'Lịch tiếp công dân của Chủ tịch UBND xã.', '2026-02-05T08:00:00+07:00'));
    const hits = await searchLibrary(db, 'lich tiep cong dan');
    expect(hits.map((h) => h.publishedAt)).toEqual(['2026-02-05T08:00:00+07:00', '2024-01-05T08:00:00+07:00']);
  });
});
